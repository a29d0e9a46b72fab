package org.appraise.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ExclusionReason;
import org.appraise.model.ImportBatch;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reviewers screen ten database records and two from citation searching, with conflicts, resolutions
 * kept apart and full-text reasons; the PRISMA counts, the conflicts and kappa follow, checked by hand.
 */
final class ScreeningTest {

    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;
    private static final ScreeningStage TA = ScreeningStage.TITLE_ABSTRACT;
    private static final ScreeningStage FT = ScreeningStage.FULL_TEXT;
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void decisionsConflictsResolutionsAndPrismaCountsFollowFromTheRecords() throws IOException {
        Editing editing = editing("review");
        Review review = editing.folder().review();
        BasicCommandStack stack = editing.stack();
        ReviewFolder folder = editing.folder();
        ScreeningEdits edits = editing.edits();
        Reviewer ab = review.getReviewers().get(0);
        Reviewer cd = review.getReviewers().get(1);
        Reviewer ef = review.getReviewers().get(2);
        ExclusionReason notComparative = review.getExclusionReasons().get(0);
        ExclusionReason population = review.getExclusionReasons().get(1);
        String[] ids = { "p1", "p2", "p3", "p4", "p5", "p6", "e3", "e4" };
        String abVerdicts = "IIEEMEIE";
        String cdVerdicts = "IEEEIIIE";
        for (int i = 0; i < ids.length; i++) {
            stack.execute(edits.decide(ab, ref(review, ids[i]), TA, verdict(abVerdicts.charAt(i)), null, null, AT));
            stack.execute(edits.decide(cd, ref(review, ids[i]), TA, verdict(cdVerdicts.charAt(i)), null, null, AT));
        }
        ScreeningState before = ScreeningState.of(review);
        assertEquals(List.of("p2", "p5", "p6"), before.conflicts(TA).stream().map(s -> s.reference().getId()).toList());
        stack.execute(edits.resolve(ef, ref(review, "p2"), TA, Verdict.INCLUDE, null, "Comparative cohort per abstract", AT));
        stack.execute(edits.resolve(ef, ref(review, "p6"), TA, Verdict.EXCLUDE, null, null, AT));
        assertThrows(IllegalArgumentException.class, () -> edits.decide(ab, ref(review(), "p1"), FT, Verdict.EXCLUDE, null, null, AT));
        for (Reviewer reviewer : List.of(ab, cd)) {
            stack.execute(edits.decide(reviewer, ref(review, "p1"), FT, Verdict.INCLUDE, null, null, AT));
            stack.execute(edits.decide(reviewer, ref(review, "p2"), FT, Verdict.EXCLUDE, notComparative, null, AT));
            stack.execute(edits.decide(reviewer, ref(review, "e3"), FT, Verdict.NOT_RETRIEVED, null, "Library has no access", AT));
            stack.execute(edits.decide(reviewer, ref(review, "c1"), FT, Verdict.INCLUDE, null, null, AT));
            stack.execute(edits.decide(reviewer, ref(review, "c2"), FT, Verdict.EXCLUDE, population, null, AT));
        }
        assertEquals(3, review.getScreening().size(), "a log per reviewer and one for the resolutions");

        ScreeningState state = ScreeningState.of(review);
        assertEquals(List.of("p5"), state.conflicts(TA).stream().map(s -> s.reference().getId()).toList());
        assertEquals(Optional.of(Verdict.INCLUDE), state.verdict(ref(review, "p2"), TA));
        assertEquals(Verdict.EXCLUDE, state.at(ref(review, "p2"), TA).orElseThrow().decisions().get(cd).getVerdict(),
                "the reviewer's own decision is kept under the resolution");
        // ab: I I E E M E I E; cd: I E E E I I I E -> 5 of 8 agree; chance 3/8*4/8 + 4/8*4/8 = 28/64; kappa = (40/64 - 28/64) / (36/64) = 1/3
        Agreement agreement = state.agreement(TA, ab, cd);
        assertEquals(8, agreement.items());
        assertEquals(0.625, agreement.percent(), 1e-12);
        assertEquals(1.0 / 3, agreement.kappa().orElseThrow(), 1e-12);

        PrismaCounts prisma = PrismaCounts.of(review);
        assertEquals(Map.of("Embase", 4, "PubMed", 6), prisma.databases());
        assertEquals(Map.of("ClinicalTrials.gov", 1), prisma.registers());
        assertEquals(2, prisma.duplicates());
        assertEquals(9, prisma.screened(), "8 database records without duplicates and 1 register record");
        assertEquals(4, prisma.excluded());
        assertEquals(3, prisma.sought());
        assertEquals(1, prisma.notRetrieved());
        assertEquals(2, prisma.assessed());
        assertEquals(Map.of("Not a comparative study", 1), prisma.excludedReports());
        assertEquals(Map.of("Citation searching", 2), prisma.otherSources());
        assertEquals(2, prisma.otherSought());
        assertEquals(2, prisma.otherAssessed());
        assertEquals(Map.of("Wrong population", 1), prisma.otherExcludedReports());
        assertEquals(2, prisma.studiesIncluded());
        assertEquals(2, prisma.reportsIncluded());
        assertEquals(List.of("p5", "r1"), prisma.findings().get(0).references(), prisma.findings().toString());
        assertTrue(prisma.findings().stream().noneMatch(PrismaCounts.Finding::error), prisma.findings().toString());

        folder.save();
        PrismaCounts reopened = PrismaCounts.of(ReviewFolder.open(folder.root()).review());
        assertEquals(prisma.toString(), reopened.toString(), "the counts come from the saved files alone");
    }

    @Test
    void withSingleScreeningOneDecisionCountsAndAMaybeOrADisagreementStillNeedsResolving() throws IOException {
        Editing editing = editing("single");
        Review review = editing.folder().review();
        BasicCommandStack stack = editing.stack();
        ReviewFolder folder = editing.folder();
        ScreeningEdits edits = editing.edits();
        Reviewer ab = review.getReviewers().get(0);
        Reviewer cd = review.getReviewers().get(1);
        // the records shared out: ab screens the PubMed ones, cd the Embase ones; p6 by both, who disagree
        String[] ids = { "p1", "p2", "p3", "p4", "p5", "p6", "e3", "e4" };
        String verdicts = "IEEEMIIE";
        for (int i = 0; i < ids.length; i++) {
            stack.execute(edits.decide(ids[i].startsWith("p") ? ab : cd, ref(review, ids[i]), TA, verdict(verdicts.charAt(i)), null, null, AT));
        }
        stack.execute(edits.decide(cd, ref(review, "p6"), TA, Verdict.EXCLUDE, null, null, AT));
        assertEquals(List.of("p6"), ScreeningState.of(review).conflicts(TA).stream().map(x -> x.reference().getId()).toList(),
                "dual screening: only p6 has two decisions, and they disagree");
        assertEquals(Optional.empty(), ScreeningState.of(review).verdict(ref(review, "p1"), TA), "dual screening: one decision is not a verdict");
        ScreeningState.Standing p1 = ScreeningState.of(review).at(ref(review, "p1"), TA).orElseThrow();
        assertTrue(p1.awaiting() && !p1.conflict(), "one of two decisions: waiting for the other reviewer, not a conflict");
        assertEquals("awaiting a second reviewer", p1.said());
        assertEquals("conflict", ScreeningState.of(review).at(ref(review, "p6"), TA).orElseThrow().said());

        stack.execute(edits.method(true));
        ScreeningState state = ScreeningState.of(review);
        assertEquals(Optional.of(Verdict.INCLUDE), state.verdict(ref(review, "p1"), TA));
        assertEquals("include", state.at(ref(review, "p1"), TA).orElseThrow().said(), "single screening: nobody else is awaited");
        assertEquals(Optional.of(Verdict.EXCLUDE), state.verdict(ref(review, "e4"), TA));
        assertEquals(List.of("p5", "p6"), state.conflicts(TA).stream().map(s -> s.reference().getId()).toList(),
                "a maybe and a disagreement still need resolving");
        PrismaCounts prisma = PrismaCounts.of(review);
        assertEquals(4, prisma.excluded(), "p2, p3, p4 and e4, each on one reviewer's word");
        assertEquals(2, prisma.sought(), "p1 and e3, each included by one reviewer");
        folder.save();
        assertTrue(ReviewFolder.open(folder.root()).review().isSingleScreening(), "the method is saved with the review");
        stack.undo();
        assertEquals(Optional.empty(), ScreeningState.of(review).verdict(ref(review, "p1"), TA), "undone: dual again");
    }

    @Test
    void aStudyIncludedWithoutRecordsBehindItIsAFinding() {
        Review review = CREATE.createReview();
        Study study = CREATE.createStudy();
        study.setId("smith-2020");
        review.getStudies().add(study);
        PrismaCounts prisma = PrismaCounts.of(review);
        assertEquals(1, prisma.studiesIncluded());
        PrismaCounts.Finding finding = prisma.findings().stream().filter(PrismaCounts.Finding::error).findFirst().orElseThrow(() -> new AssertionError(
                "no finding for a study without records: " + prisma.findings()));
        assertTrue(finding.message().startsWith("1 included stud(ies) have no record behind them"), finding.message());
        assertEquals(List.of("smith-2020"), finding.references());
    }

    @Test
    void kappaIsOneForIdenticalRatingsUndefinedForOneCategoryAndWeightedForOrderedLevels() {
        assertEquals(1.0, Agreement.cohen(List.of("I", "E", "E"), List.of("I", "E", "E")).kappa().orElseThrow(), 1e-12);
        assertTrue(Agreement.cohen(List.of("E", "E"), List.of("E", "E")).kappa().isEmpty());
        // low/some/high with linear weights: observed 0.625, expected 0.625, so kappa 0 (see the comment in the class)
        List<String> order = List.of("low", "some", "high");
        assertEquals(0.0, Agreement.weighted(List.of("low", "low", "some", "high"), List.of("low", "some", "some", "low"), order)
                .kappa().orElseThrow(), 1e-12);
        // one step apart everywhere: weighted agreement credits half
        Agreement near = Agreement.weighted(List.of("low", "some", "high", "some"), List.of("some", "some", "high", "high"), order);
        assertEquals(0.5, near.percent(), 1e-12);
        assertTrue(near.kappa().orElseThrow() > Agreement.cohen(List.of("low", "some", "high", "some"),
                List.of("some", "some", "high", "high")).kappa().orElseThrow());
    }

    private static Verdict verdict(char c) {
        return c == 'I' ? Verdict.INCLUDE : c == 'E' ? Verdict.EXCLUDE : Verdict.MAYBE;
    }

    private static Reference ref(Review review, String id) {
        return review.getReferences().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Ten database records (two duplicates), one register record and two from citation searching; three reviewers. */
    private static Review review() {
        Review review = CREATE.createReview();
        review.setId("screening-test");
        review.setTitle("Screening test");
        for (String id : List.of("ab", "cd", "ef")) {
            Reviewer reviewer = CREATE.createReviewer();
            reviewer.setId(id);
            review.getReviewers().add(reviewer);
        }
        for (String[] reason : new String[][] { { "r-nc", "Not a comparative study" }, { "r-pop", "Wrong population" } }) {
            ExclusionReason r = CREATE.createExclusionReason();
            r.setId(reason[0]);
            r.setText(reason[1]);
            r.setStage(FT);
            review.getExclusionReasons().add(r);
        }
        batch(review, "pubmed", "PubMed", "p1", "p2", "p3", "p4", "p5", "p6");
        batch(review, "embase", "Embase", "e1", "e2", "e3", "e4");
        batch(review, "ctgov", "ClinicalTrials.gov", "r1");
        batch(review, "citations", "Citation searching", "c1", "c2");
        ref(review, "e1").setDuplicateOf(ref(review, "p1"));
        ref(review, "e2").setDuplicateOf(ref(review, "p2"));
        for (String[] link : new String[][] { { "s1", "p1" }, { "s2", "c1" } }) {
            Study study = CREATE.createStudy();
            study.setId(link[0]);
            study.getReferences().add(ref(review, link[1]));
            org.appraise.model.Report report = CREATE.createReport();
            report.setId(link[0] + "-report");
            study.getReports().add(report);
            review.getStudies().add(study);
        }
        return review;
    }

    /** A review saved in a folder of its own, its resource in an editing domain, and the screening edits on its stack. */
    private record Editing(ReviewFolder folder, BasicCommandStack stack, ScreeningEdits edits) {
    }

    private Editing editing(String name) throws IOException {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        ReviewFolder folder = ReviewFolder.create(temp.resolve(name), review());
        domain.getResourceSet().getResources().add(folder.review().eResource());
        return new Editing(folder, stack, new ScreeningEdits(domain, folder.review()));
    }

    private static void batch(Review review, String id, String source, String... references) {
        ImportBatch batch = CREATE.createImportBatch();
        batch.setId(id);
        batch.setSourceDatabase(source);
        batch.setRecordCount(references.length);
        review.getImportBatches().add(batch);
        for (String ref : references) {
            Reference reference = CREATE.createReference();
            reference.setId(ref);
            reference.setTitle("Record " + ref);
            reference.setBatch(batch);
            review.getReferences().add(reference);
        }
    }
}
