package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.appraise.core.ReportText;
import org.appraise.core.ReviewChecks;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Study;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

final class ReviewChecksTest {

    static final Path SAMPLE = ReportTextTest.REPO.resolve("samples/hcc-pd1-combination");

    @Test
    void everyQuoteOfTheSampleIsExactlyItsPaperAtItsOffsets() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        int checked = 0;
        for (Study study : folder.review().getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                for (Annotation annotation : extraction.getAnnotations()) {
                    ReportText text = folder.readReport(annotation.getReport());
                    assertEquals(annotation.getQuote(), text.text().substring(annotation.getStart(), annotation.getEnd()),
                            annotation.getId());
                    assertEquals(annotation.getReport().getContentHash(), text.sha256());
                    checked++;
                }
            }
        }
        assertEquals(191, checked);
    }

    @Test
    void theSampleHasNoFindings() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Diagnostic result = new ReviewChecks(folder::reportText).check(folder.review());
        assertEquals(List.of(), messages(result));
    }

    /** Records lost from a batch (a save cut short between a batch's file and its parts) are a finding naming the batch. */
    @Test
    void aBatchHoldingFewerRecordsThanItReadIsAFinding() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        org.appraise.model.Review review = folder.review();
        org.appraise.model.ImportBatch embase = review.getImportBatches().stream().filter(b -> b.getId().equals("batch-embase-2021-06"))
                .findFirst().orElseThrow();
        review.getReferences().removeIf(r -> r.getBatch() == embase && r.getId().endsWith("18"));
        List<String> found = messages(new ReviewChecks(folder::reportText).check(review));
        assertEquals(List.of("warning: Import batch batch-embase-2021-06 (embase-2021-06.ris): 17 of its 18 records are in the review: a save was cut "
                + "short or a references part file is missing; import the file again"), found);
    }

    /** A study coded before its search records are linked is a warning naming the study and the way to link them. */
    @Test
    void aStudyWithoutSearchRecordsIsAWarningOnTheStudy() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Study li = study(folder, "li-2022");
        li.getReferences().clear();
        Diagnostic result = new ReviewChecks(folder::reportText).check(folder.review());
        assertEquals(List.of("warning: Study " + li.getLabel() + " (li-2022) has no search record linked, so the PRISMA diagram cannot count it: "
                + "link the records it was found in (Records... in the Study view, or appraise study-records --study li-2022 --link RECORD)"),
                messages(result));
        assertEquals(li, result.getChildren().get(0).getData().get(0));
        // a review of coded papers with no search at all is not warned
        folder.review().getReferences().clear();
        folder.review().getImportBatches().clear();
        assertEquals(List.of(), messages(new ReviewChecks(folder::reportText).check(folder.review())));
    }

    @Test
    void impossibleNumbersAreDiagnosticsNamingTheObject() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Extraction tvgh = study(folder, "tvgh-2016").getExtractions().get(0);
        DichotomousResult orr = (DichotomousResult) measurement(tvgh, "tvgh-2016-orr-pre").getResults().get(0);
        orr.getEvents().setNumber(new BigDecimal("61"));
        HazardRatio hr = (HazardRatio) measurement(tvgh, "tvgh-2016-os-psm").getResults().get(2);
        hr.getEstimate().setNumber(new BigDecimal("0.91"));
        DichotomousResult orrPsm = (DichotomousResult) measurement(tvgh, "tvgh-2016-orr-psm").getResults().get(1);
        orrPsm.getTotal().setNumber(new BigDecimal("41"));
        orrPsm.getEvents().setNumber(new BigDecimal("9.5"));

        List<String> found = messages(new ReviewChecks(folder::reportText).check(folder.review()));
        String where = "Study tvgh-2016 / Extraction tvgh-2016--ab / OutcomeMeasurement ";
        assertTrue(found.contains("error: " + where + "tvgh-2016-orr-pre / DichotomousResult " + orr.getId() + ": events 61 exceed total 58"), found.toString());
        assertTrue(found.contains("error: " + where + "tvgh-2016-os-psm / HazardRatio " + hr.getId()
                + ": the confidence interval 0.27 to 0.78 does not contain the estimate 0.91"), found.toString());
        assertTrue(found.contains("warning: " + where + "tvgh-2016-orr-psm / DichotomousResult " + orrPsm.getId()
                + ": total 41 differs from n 42 of arm tvgh-2016-mono in population 'after matching'"), found.toString());
        assertTrue(found.contains("error: " + where + "tvgh-2016-orr-psm / DichotomousResult " + orrPsm.getId() + " / events: 9.5 is not a whole number"), found.toString());
        for (String typed : List.of("events: reported value 61 ", "estimate: reported value 0.91 ", "total: reported value 41 ", "events: reported value 9.5 ")) {
            assertTrue(found.stream().anyMatch(f -> f.startsWith("warning: ") && f.contains(typed) && f.contains("does not appear in its quote")),
                    "a number typed by hand that is not in its quote is flagged: " + typed + found);
        }
        assertEquals(8, found.size(), found.toString());
    }

    @Test
    void aQuoteThatNoLongerMatchesIsFlaggedForReanchoringNotMoved() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Annotation a = study(folder, "liu-2021").getExtractions().get(0).getAnnotations().get(0);
        int start = a.getStart();
        a.setStart(start + 1);
        a.setEnd(a.getEnd() + 1);
        List<String> found = messages(new ReviewChecks(folder::reportText).check(folder.review()));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("the quote does not match report liu-2021-report at " + (start + 1)), found.get(0));
        assertTrue(found.get(0).endsWith("needs re-anchoring"), found.get(0));
        assertEquals(start + 1, a.getStart(), "checking never moves an annotation");
    }

    static List<String> messages(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream()
                .map(d -> (d.getSeverity() == Diagnostic.ERROR ? "error: " : "warning: ") + d.getMessage()).toList();
    }

    static Study study(ReviewFolder folder, String id) {
        return folder.review().getStudies().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    static OutcomeMeasurement measurement(Extraction extraction, String id) {
        return extraction.getMeasurements().stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow();
    }
}
