package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.QuoteAssignment;
import org.appraise.core.ReportText;
import org.appraise.core.ReviewChecks;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuoteAssignmentTest {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void assigningASelectedSpanToAResultFieldIsOneUndoableCommandThatSurvivesSaving() throws IOException {
        Path copy = temp.resolve("review");
        ReviewFolder.create(copy, ReviewFolder.open(ReviewChecksTest.SAMPLE).review());
        java.nio.file.Files.createDirectories(copy.resolve("reports"));
        java.nio.file.Files.copy(ReviewChecksTest.SAMPLE.resolve("reports/002_2a574011e3c7481b.txt"),
                copy.resolve("reports/002_2a574011e3c7481b.txt"));
        ReviewFolder folder = ReviewFolder.open(copy);
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(folder.review().eResource());

        Extraction li = ReviewChecksTest.study(folder, "li-2022").getExtractions().get(0);
        Report report = li.eContainer() instanceof org.appraise.model.Study s ? s.getReports().get(0) : null;
        ReportText text = folder.readReport(report);

        // the reviewer adds a row for progressive disease (RECIST 1.1) in the RT + PD1 arm ...
        OutcomeMeasurement pd = AppraiseFactory.eINSTANCE.createOutcomeMeasurement();
        pd.setId("li-2022-pd-recist");
        pd.setCriteria("RECIST 1.1");
        pd.setPopulation("all enrolled");
        DichotomousResult rtPd1 = AppraiseFactory.eINSTANCE.createDichotomousResult();
        rtPd1.setId("li-2022-pd-recist-rt");
        rtPd1.setArm(li.getArms().get(0));
        pd.getResults().add(rtPd1);
        stack.execute(AddCommand.create(domain, li, MODEL.getExtraction_Measurements(), pd));

        // ... selects the cell "11(29.73%)" in the RECIST 1.1 block of Table 2, and assigns it to events
        int row = text.text().indexOf("  PD 11(29.73%)", text.text().indexOf("According to RECIST 1.1"));
        int start = text.text().indexOf("11(29.73%)", row);
        int end = start + "11(29.73%)".length();
        Reading proposal = NumberReader.read(text.between(start, end).orElseThrow()).get(0);
        assertEquals(new BigDecimal("11"), proposal.get("count"));
        QuoteAssignment assignment = new QuoteAssignment(domain, li, li.getReviewer());
        Annotation annotation = assignment.annotation(report, text, start, end, "PD RT + PD1, RECIST 1.1");
        Command assign = assignment.assignToValue(annotation, rtPd1, MODEL.getDichotomousResult_Events(), proposal.get("count"));
        assertTrue(assign.canExecute());
        int annotationsBefore = li.getAnnotations().size();
        stack.execute(assign);

        assertEquals(annotationsBefore + 1, li.getAnnotations().size());
        assertEquals("11(29.73%)", annotation.getQuote());
        assertEquals(new BigDecimal("11"), rtPd1.getEvents().getNumber());
        assertEquals(List.of(annotation), rtPd1.getEvents().getSources());
        assertTrue(stack.isSaveNeeded());

        stack.undo();
        assertNull(rtPd1.getEvents(), "one undo takes the value back ...");
        assertEquals(annotationsBefore, li.getAnnotations().size(), "... and the annotation");
        stack.redo();
        assertEquals(new BigDecimal("11"), rtPd1.getEvents().getNumber());
        assertTrue(li.getAnnotations().contains(annotation));

        // the total is assigned from the arm's n in the table header: a second quote for another field
        int n = text.text().indexOf("N = 37", text.text().indexOf("Table 2 Summary of efficacy outcomes"));
        Annotation total = assignment.annotation(report, text, n, n + "N = 37".length(), "n RT + PD1");
        stack.execute(assignment.assignToValue(total, rtPd1, MODEL.getDichotomousResult_Total(), new BigDecimal("37")));

        folder.save();
        stack.saveIsDone();
        assertFalse(stack.isSaveNeeded());
        ReviewFolder reopened = ReviewFolder.open(copy);
        assertEquals(List.of(), reopened.problems());
        DichotomousResult saved = (DichotomousResult) ReviewChecksTest.measurement(
                ReviewChecksTest.study(reopened, "li-2022").getExtractions().get(0), "li-2022-pd-recist").getResults().get(0);
        assertEquals("11(29.73%)", saved.getEvents().getSources().get(0).getQuote());
        assertEquals(start, saved.getEvents().getSources().get(0).getStart());
        assertEquals(new BigDecimal("37"), saved.getTotal().getNumber());
        List<String> findings = ReviewChecksTest.messages(new ReviewChecks(reopened::reportText).check(reopened.review()));
        assertTrue(findings.stream().noneMatch(f -> f.contains("li-2022-pd-recist")),
                "the new quotes anchor exactly and 11 of 37 is consistent: " + findings);
    }
}
