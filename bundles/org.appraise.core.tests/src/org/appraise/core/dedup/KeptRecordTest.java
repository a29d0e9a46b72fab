package org.appraise.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.appraise.core.Progress;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Study;
import org.appraise.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Which record of a group is kept: never one a reviewer has not touched in place of one a reviewer has worked on,
 * and between records alike, the earlier import, whatever order the records were loaded in.
 */
final class KeptRecordTest {

    private static final AppraiseFactory MAKE = AppraiseFactory.eINSTANCE;

    private final Review review = MAKE.createReview();
    private final ImportBatch first = batch("batch-pubmed", "2026-11-02T09:00:00Z");
    private final ImportBatch again = batch("batch-pubmed-2", "2026-12-01T16:30:00Z");

    @Test
    void ofTwoEquallyCompleteRecordsTheEarlierImportIsKeptWhicheverLoadsFirst() {
        Reference rerun = record("r2", again, true);
        Reference original = record("r1", first, true);
        assertEquals(original, keptOf(rerun, original), "the search run again loads first (its file name sorts first) but was imported later");
        assertEquals(original, keptOf(original, rerun));
    }

    @Test
    void aScreenedRecordIsKeptOverAMoreCompleteOneNotYetScreened() {
        Reference screened = record("r1", first, false);
        Reference fuller = record("r2", again, true);
        assertEquals(fuller, keptOf(screened, fuller), "unscreened, the more complete record is kept");

        screen(screened);
        assertEquals(screened, keptOf(fuller, screened), "marking it a duplicate would hide the decision behind a record still to screen");
    }

    @Test
    void aRecordLinkedToAStudyOrKeptWithDuplicatesIsKept() {
        Reference linked = record("r1", again, false);
        Reference fuller = record("r2", first, true);
        Study study = MAKE.createStudy();
        study.getReferences().add(linked);
        review.getStudies().add(study);
        assertEquals(linked, keptOf(fuller, linked));

        Reference keptBefore = record("r3", again, false);
        Reference itsDuplicate = record("r4", again, false);
        itsDuplicate.setDuplicateOf(keptBefore);
        Reference fullest = record("r5", first, true);
        assertEquals(keptBefore, keptOf(fullest, keptBefore), "the group already gathered under it stays there");
    }

    @Test
    void aPairPutToTheReviewerNamesFirstTheRecordAConfirmationKeeps() {
        String title = "Contemporary features, risk factors, and prognosis of the post-pericardiotomy syndrome";
        Reference article = record("a", first, false);
        Reference meetingAbstract = record("b", again, false);
        for (Reference r : List.of(article, meetingAbstract)) {
            r.setTitle(title);
            r.setDoi(null);
            r.setYear(2011);
        }
        article.setJournal("American Journal of Cardiology");
        article.setVolume("108");
        article.setPages("1183-1187");
        meetingAbstract.setJournal("European Heart Journal");
        meetingAbstract.setVolume("32");
        meetingAbstract.setPages("597");
        screen(meetingAbstract);

        Deduplication.Finding finding = new Deduplication().search(List.of(article, meetingAbstract), Progress.NONE);
        assertEquals(List.of(), finding.groups());
        assertEquals(1, finding.toCheck().size(), finding.toCheck().toString());
        assertEquals(meetingAbstract, finding.toCheck().get(0).first(), "confirming the pair must not hide the screened record");
    }

    private void screen(Reference record) {
        ScreeningLog log = MAKE.createScreeningLog();
        ScreeningDecision decision = MAKE.createScreeningDecision();
        decision.setReference(record);
        decision.setStage(ScreeningStage.TITLE_ABSTRACT);
        decision.setVerdict(Verdict.INCLUDE);
        log.getDecisions().add(decision);
        review.getScreening().add(log);
    }

    private Reference keptOf(Reference... records) {
        List<Deduplication.Group> groups = new Deduplication().find(List.of(records), Progress.NONE);
        assertEquals(1, groups.size(), "one work: " + groups);
        return groups.get(0).kept();
    }

    private Reference record(String id, ImportBatch batch, boolean withAbstract) {
        Reference r = MAKE.createReference();
        r.setId(id);
        r.setBatch(batch);
        r.getAuthors().add("Finn, R. S.");
        r.setTitle("Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma");
        r.setJournal("N Engl J Med");
        r.setYear(2020);
        r.setVolume("382");
        r.setPages("1894-1905");
        r.setDoi("10.1056/NEJMoa1915745");
        if (withAbstract) {
            r.setAbstract("Background: The combination of atezolizumab and bevacizumab showed encouraging antitumor activity.");
        }
        review.getReferences().add(r);
        return r;
    }

    private ImportBatch batch(String id, String at) {
        ImportBatch batch = MAKE.createImportBatch();
        batch.setId(id);
        batch.setImportedAt(at);
        review.getImportBatches().add(batch);
        return batch;
    }
}
