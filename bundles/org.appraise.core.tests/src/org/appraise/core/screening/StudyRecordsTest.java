package org.appraise.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.appraise.core.ExtractionEdits;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Study;
import org.appraise.model.Verdict;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * A study added with the record it was found in: the records waiting for a study are those included at full text,
 * the label comes from the record, a record is one study's, a duplicate is refused, and PRISMA's finding that an
 * included study has no record behind it goes away.
 */
final class StudyRecordsTest {

    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;
    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aStudyAddedWithItsRecordHasARecordBehindItInPrisma() {
        Review review = CREATE.createReview();
        review.setSingleScreening(true);
        Reviewer ab = CREATE.createReviewer();
        ab.setId("ab");
        review.getReviewers().add(ab);
        Reference liu = record(review, "r1", "Liu, Qinqin", 2021);
        Reference pubmed = record(review, "r2", "Li Y", 2022);
        Reference copy = record(review, "r3", "Liu, Qinqin", 2021);
        copy.setDuplicateOf(liu);
        record(review, "r4", "Qinqin Liu", null);
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        ScreeningEdits screening = new ScreeningEdits(domain, review);
        for (Reference r : List.of(liu, pubmed)) {
            stack.execute(screening.decide(ab, r, ScreeningStage.TITLE_ABSTRACT, Verdict.INCLUDE, null, null, AT));
            stack.execute(screening.decide(ab, r, ScreeningStage.FULL_TEXT, Verdict.INCLUDE, null, null, AT));
        }
        StudyRecords records = new StudyRecords(domain, review);
        assertEquals(List.of(liu, pubmed), records.waiting());
        assertEquals("full text: include", StudyRecords.screened(ScreeningState.of(review), liu));
        assertEquals("not screened", StudyRecords.screened(ScreeningState.of(review), review.getReferences().get(3)));
        assertEquals(Optional.of("Liu 2021"), StudyRecords.labelOf(liu));
        assertEquals(Optional.of("Li 2022"), StudyRecords.labelOf(pubmed), "surname before initials");
        assertEquals(Optional.of("Liu"), StudyRecords.labelOf(review.getReferences().get(3)), "given name first, no year");

        stack.execute(new ExtractionEdits(domain, review).addStudy("Liu 2021", "reports/liu.txt", "0", List.of(liu)));
        Study study = review.getStudies().get(0);
        assertEquals(List.of(liu), study.getReferences());
        assertEquals(List.of(pubmed), records.waiting(), "the linked record waits no more");
        assertTrue(PrismaCounts.of(review).findings().stream().noneMatch(f -> f.message().contains("no record behind")),
                PrismaCounts.of(review).findings().toString());
        assertThrows(IllegalArgumentException.class, () -> records.link(study, List.of(copy)), "a duplicate: link the record it duplicates");
        Study other = CREATE.createStudy();
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> records.link(other, List.of(liu)));
        assertTrue(taken.getMessage().contains("already the record of study Liu 2021"), taken.getMessage());

        org.eclipse.emf.common.command.Command relinked = records.relink(study, List.of(pubmed));
        assertEquals("Records of Liu 2021", relinked.getLabel());
        stack.execute(relinked);
        assertEquals(List.of(pubmed), study.getReferences(), "the record taken off, the other linked, in one command");
        assertEquals(List.of(liu), records.waiting(), "the record taken off waits for a study again");
        assertEquals(List.of(pubmed, liu, review.getReferences().get(3)), records.linkable(study),
                "its own, then the waiting, then the rest; never a duplicate");
        assertEquals(org.eclipse.emf.common.command.IdentityCommand.INSTANCE, records.relink(study, List.of(pubmed)), "nothing to change");
        stack.undo();
        assertEquals(List.of(liu), study.getReferences());

        stack.undo();
        assertTrue(review.getStudies().isEmpty() && records.waiting().contains(liu), "one command: study and link undone together");
    }

    private static Reference record(Review review, String id, String author, Integer year) {
        Reference r = CREATE.createReference();
        r.setId(id);
        r.setTitle("Record " + id);
        r.getAuthors().add(author);
        r.setYear(year);
        review.getReferences().add(r);
        return r;
    }
}
