package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.ExtractionEdits.RowType;
import org.appraise.core.ReviewChecks;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExtractionEditsTest {

    @TempDir
    Path temp;

    @Test
    void aQuotesCommentIsOneUndoableCommandAndABlankOneRemovesIt() throws IOException {
        Review review = ReviewFolder.open(ReviewChecksTest.SAMPLE).review();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(review.eResource());
        ExtractionEdits edits = new ExtractionEdits(domain, review);
        org.appraise.model.Annotation quote = review.getStudies().get(0).getExtractions().get(0).getAnnotations().get(0);
        String before = quote.getComment();
        stack.execute(edits.comment(quote, "  PD row of the RECIST 1.1 block "));
        assertEquals("PD row of the RECIST 1.1 block", quote.getComment());
        stack.execute(edits.comment(quote, "   "));
        assertNull(quote.getComment(), "a blank comment removes it");
        stack.undo();
        stack.undo();
        assertEquals(before, quote.getComment());
    }

    @Test
    void codingANewStudyFromScratchIsASeriesOfUndoableCommandsThatSaveAsFiles() throws IOException {
        ReviewFolder folder = ReviewFolder.create(temp.resolve("review"), ReviewFolder.open(ReviewChecksTest.SAMPLE).review());
        Review review = folder.review();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(review.eResource());
        ExtractionEdits edits = new ExtractionEdits(domain, review);

        stack.execute(edits.addStudy("Li 2022", "reports/002_2a574011e3c7481b.txt", "abc"));
        Study study = review.getStudies().get(3);
        assertEquals("li-2022-2", study.getId(), "li-2022 is taken");
        stack.execute(edits.startExtraction(study, review.getReviewers().get(1)));
        Extraction extraction = study.getExtractions().get(0);
        assertEquals("li-2022-2--cd", extraction.getId());
        stack.execute(edits.setDesign(extraction, org.appraise.model.StudyDesign.RETROSPECTIVE_COHORT));
        stack.execute(edits.addPico(extraction, org.appraise.model.PicoKind.POPULATION, "Advanced HCC, BCLC B-C"));
        stack.execute(edits.addCharacteristic(extraction, org.appraise.model.CharacteristicKind.COUNTRY, "China"));
        assertEquals("li-2022-2--cd-population", extraction.getPico().get(0).getId());
        assertEquals("li-2022-2--cd-country", extraction.getCharacteristics().get(0).getId());
        assertEquals(org.appraise.model.StudyDesign.RETROSPECTIVE_COHORT, extraction.getDesign());
        stack.execute(edits.addArm(extraction, "RT + anti-PD1", "radiotherapy plus anti-PD1", "all enrolled", new BigDecimal("37")));
        stack.execute(edits.addArm(extraction, "TACE + sorafenib", null, "all enrolled", new BigDecimal("41")));
        assertEquals(List.of("li-2022-2-rt-anti-pd1", "li-2022-2-tace-sorafenib"), extraction.getArms().stream().map(a -> a.getId()).toList());

        stack.execute(edits.addRow(extraction, review.getOutcomes().get(0), "RECIST 1.1", null, "all enrolled", RowType.DICHOTOMOUS, true));
        OutcomeMeasurement row = extraction.getMeasurements().get(0);
        assertEquals("li-2022-2-orr-recist-1.1-all-enrolled", row.getId());
        assertEquals(3, row.getResults().size(), "one result per arm and a hazard ratio of the first arm against the second");
        HazardRatio hr = (HazardRatio) row.getResults().get(2);
        assertEquals(extraction.getArms().get(0), hr.getExperimental());
        assertEquals(extraction.getArms().get(1), hr.getComparator());

        DichotomousResult first = (DichotomousResult) row.getResults().get(0);
        assertThrows(IllegalArgumentException.class, () -> edits.setValue(first, AppraisePackage.eINSTANCE.getDichotomousResult_Events(),
                new BigDecimal("11"), null, true, " "), "a derived value needs its arithmetic");
        stack.execute(edits.setValue(first, AppraisePackage.eINSTANCE.getDichotomousResult_Events(), new BigDecimal("11"), null, true,
                "29.7% x 37 = 10.99, rounded to 11"));
        assertTrue(first.getEvents().isDerived());
        stack.execute(edits.setValue(first, AppraisePackage.eINSTANCE.getDichotomousResult_Events(), new BigDecimal("12"), null, false, null));
        assertFalse(first.getEvents().isDerived());
        assertNull(first.getEvents().getDerivation());
        stack.undo();
        assertEquals(new BigDecimal("11"), first.getEvents().getNumber(), "undo restores the derived value with its arithmetic");
        assertEquals("29.7% x 37 = 10.99, rounded to 11", first.getEvents().getDerivation());

        stack.execute(edits.removeRow(row));
        assertTrue(extraction.getMeasurements().isEmpty());
        stack.undo();
        assertEquals(row, extraction.getMeasurements().get(0));

        ReviewFolder.SaveReport saved = folder.save();
        assertTrue(saved.written().containsAll(List.of("studies/li-2022-2/study.json", "studies/li-2022-2/li-2022-2--cd.json")), saved.toString());
        ReviewFolder reopened = ReviewFolder.open(temp.resolve("review"));
        assertEquals(List.of(), reopened.problems());
        List<String> findings = ReviewChecksTest.messages(new ReviewChecks(r -> java.util.Optional.empty()).check(reopened.review()));
        assertTrue(findings.stream().anyMatch(f -> f.contains("li-2022-2") && f.contains("reported value 37 has no quote")), findings.toString());
    }
}
