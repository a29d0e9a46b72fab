package org.appraise.core.rob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.appraise.core.ReviewChecks;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DomainJudgement;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessing a study of the sample review with RoB 2 and Newcastle-Ottawa, as commands, saved and reopened. */
final class AssessmentEditsTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");
    private static final RiskOfBiasTools TOOLS = RiskOfBiasTools.builtIn();

    @TempDir
    Path temp;

    @Test
    void answersDriveTheProposalsAndTheJudgementsFollowUntilTheAssessorOverridesWithARationale() throws IOException {
        Session session = session();
        ReviewFolder folder = session.folder();
        Review review = folder.review();
        BasicCommandStack stack = session.stack();
        AdapterFactoryEditingDomain domain = session.domain();
        AssessmentEdits edits = session.edits();
        Extraction extraction = review.getStudies().get(0).getExtractions().get(0);
        RiskOfBiasTool rob2 = TOOLS.find("rob2").orElseThrow();
        int before = extraction.getAssessments().size();

        stack.execute(edits.start(extraction, rob2, extraction.getMeasurements().get(0)));
        RiskOfBiasAssessment assessment = extraction.getAssessments().get(before);
        assertEquals("rob2", assessment.getTool());
        assertEquals("2019-08-22", assessment.getToolVersion());
        assertEquals(6, assessment.getDomains().size());

        for (String[] answer : new String[][] { { "effect", "assignment" }, { "1.1", "Y" }, { "1.2", "Y" }, { "1.3", "N" } }) {
            stack.execute(edits.answer(assessment, answer[0], answer[1]));
        }
        DomainJudgement d1 = domainOf(assessment, "D1");
        assertEquals("low", d1.getProposed());
        assertEquals("low", d1.getJudgement(), "the judgement follows the proposal");
        stack.execute(edits.answer(assessment, "1.2", "NI"));
        assertEquals("some", d1.getProposed());
        assertEquals("some", d1.getJudgement());
        stack.undo();
        assertEquals("low", d1.getJudgement(), "undo restores proposal and judgement together");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> edits.judge(assessment, "D1", "high", " "));
        assertEquals("Judging D1 High risk against the proposal Low risk needs a rationale", refused.getMessage());
        stack.execute(edits.judge(assessment, "D1", "high", "Allocation by envelopes that were not opaque (methods, p. 3)."));
        assertEquals("high", d1.getJudgement());
        stack.execute(edits.answer(assessment, "1.3", "NI"));
        assertEquals("low", d1.getProposed());
        assertEquals("high", d1.getJudgement(), "an overridden judgement does not follow the proposal any more");
        assertThrows(IllegalArgumentException.class, () -> edits.answer(assessment, "1.1", "maybe"));

        for (String[] answer : new String[][] { { "2.1", "Y" }, { "2.2", "Y" }, { "2.3", "N" }, { "2.6", "Y" }, { "3.1", "Y" },
                { "4.1", "N" }, { "4.2", "N" }, { "4.3", "Y" }, { "4.4", "N" }, { "5.1", "NI" }, { "5.2", "N" }, { "5.3", "N" } }) {
            stack.execute(edits.answer(assessment, answer[0], answer[1]));
        }
        assertEquals("high", assessment.getProposedOverall(), "the overall uses the assessor's D1");
        assertEquals("high", assessment.getOverall());
        assertEquals("some", domainOf(assessment, "D5").getJudgement());
        stack.execute(edits.support(assessment, "5.1", "No protocol or statistical analysis plan is cited."));

        folder.save();
        ReviewFolder reopened = ReviewFolder.open(folder.root());
        RiskOfBiasAssessment read = reopened.review().getStudies().get(0).getExtractions().get(0).getAssessments().get(before);
        assertEquals(AssessmentEdits.answers(assessment), AssessmentEdits.answers(read));
        assertEquals("high", read.getOverall());
        assertEquals("Allocation by envelopes that were not opaque (methods, p. 3).", domainOf(read, "D1").getRationale());
        List<String> problems = messages(new ReviewChecks(r -> java.util.Optional.empty()).check(reopened.review()));
        assertTrue(problems.stream().noneMatch(m -> m.contains("rob2")), problems.toString());
    }

    @Test
    void aHandEditedAssessmentIsCheckedAgainstItsTool() throws IOException {
        Session session = session();
        ReviewFolder folder = session.folder();
        Review review = folder.review();
        BasicCommandStack stack = session.stack();
        AdapterFactoryEditingDomain domain = session.domain();
        AssessmentEdits edits = session.edits();
        Extraction extraction = review.getStudies().get(1).getExtractions().get(0);
        stack.execute(edits.start(extraction, TOOLS.find("nos-cohort").orElseThrow(), null));
        RiskOfBiasAssessment assessment = extraction.getAssessments().get(extraction.getAssessments().size() - 1);
        for (String[] answer : new String[][] { { "S1", "a" }, { "S2", "a" }, { "S3", "a" }, { "S4", "b" } }) {
            stack.execute(edits.answer(assessment, answer[0], answer[1]));
        }
        assertEquals(Integer.valueOf(3), domainOf(assessment, "S").getScore());
        assertEquals("good", domainOf(assessment, "S").getJudgement());
        assertNull(assessment.getProposedOverall(), "no overall until every domain is scored");
        // what a hand edit of the file could do
        assessment.getAnswers().get(3).setAnswer("z");
        domainOf(assessment, "S").setJudgement("poor");
        List<String> problems = messages(new ReviewChecks(r -> java.util.Optional.empty()).check(review));
        String where = assessment.getId();
        assertTrue(problems.stream().anyMatch(m -> m.contains(where) && m.contains("'z' is not an answer the tool allows")), problems.toString());
        assertTrue(problems.stream().anyMatch(m -> m.contains("judged 'poor' against the proposal 'good' without a rationale")),
                problems.toString());
        assertFalse(problems.isEmpty());
    }

    @Test
    void aSecondAssessorsDisagreementsShowAndTheConsensusIsRecordedApartFromBoth() throws IOException {
        Session session = session();
        ReviewFolder folder = session.folder();
        Review review = folder.review();
        BasicCommandStack stack = session.stack();
        AdapterFactoryEditingDomain domain = session.domain();
        AssessmentEdits edits = session.edits();
        RiskOfBiasTool robins = TOOLS.find("robins-i-2016").orElseThrow();
        org.appraise.model.Study liu = review.getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        Extraction ab = liu.getExtractions().get(0);
        RiskOfBiasAssessment abRobins = ab.getAssessments().get(0);
        stack.execute(new org.appraise.core.ExtractionEdits(domain, review).startExtraction(liu, review.getReviewers().get(1)));
        Extraction cd = liu.getExtractions().get(1);
        stack.execute(edits.start(cd, robins, abRobins.getMeasurement()));
        RiskOfBiasAssessment cdRobins = cd.getAssessments().get(0);
        for (String[] answer : new String[][] { { "effect", "assignment" }, { "1.1", "Y" } }) {
            stack.execute(edits.answer(cdRobins, answer[0], answer[1]));
        }
        for (String domainId : List.of("D1", "D3", "D4", "D5", "D6", "D7")) {
            stack.execute(edits.judge(cdRobins, domainId, AssessmentEdits.finals(abRobins).get(domainId), null));
        }
        stack.execute(edits.judge(cdRobins, "D2", "serious", "Excluding incomplete follow-up removes early deaths."));
        assertEquals("serious", cdRobins.getOverall());

        RiskOfBiasTable.Row row = RiskOfBiasTable.of(review, robins, null).rows().stream()
                .filter(r -> r.study() == liu).findFirst().orElseThrow();
        assertEquals("ab", row.reviewer());
        assertFalse(row.agreed());
        assertEquals(1, row.disagreeing().size());
        assertEquals("cd", row.disagreeing().get(0).reviewer());
        assertEquals(List.of("D2", "Overall"), row.disagreeing().get(0).differences());

        stack.execute(edits.recordConsensus(cdRobins, review.getReviewers().get(2)));
        Extraction consensus = liu.getExtractions().get(2);
        assertTrue(consensus.isConsensus());
        assertEquals("liu-2021--consensus", consensus.getId());
        assertEquals("ef", consensus.getReviewer().getId());
        RiskOfBiasTable.Row agreed = RiskOfBiasTable.of(review, robins, null).rows().stream()
                .filter(r -> r.study() == liu).findFirst().orElseThrow();
        assertTrue(agreed.agreed());
        assertEquals("serious", agreed.overall());
        assertEquals(List.of("D2", "Overall"), agreed.others().stream().filter(o -> o.reviewer().equals("ab")).findFirst()
                .orElseThrow().differences(), "the consensus sides with cd on D2");
        assertEquals("moderate", abRobins.getOverall(), "the assessors' own assessments are unchanged");
        assertThrows(IllegalArgumentException.class, () -> edits.recordConsensus(abRobins, review.getReviewers().get(2)));

        folder.save();
        ReviewFolder reopened = ReviewFolder.open(folder.root());
        assertEquals(List.of(), reopened.problems());
        RiskOfBiasAssessment saved = reopened.review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst()
                .orElseThrow().getExtractions().stream().filter(Extraction::isConsensus).findFirst().orElseThrow().getAssessments().get(0);
        assertEquals("liu-2021-os-psm", saved.getMeasurement().getId(), "the consensus names the result the assessors assessed");
        assertTrue(java.nio.file.Files.exists(folder.root().resolve("studies/liu-2021/liu-2021--consensus.json")));
    }

    /** A copy of the sample in a temporary folder, with an editing domain and the assessment edits on it. */
    private record Session(ReviewFolder folder, BasicCommandStack stack, AdapterFactoryEditingDomain domain, AssessmentEdits edits) {
    }

    private Session session() throws IOException {
        ReviewFolder folder = ReviewFolder.create(temp.resolve("review"), ReviewFolder.open(SAMPLE).review());
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(folder.review().eResource());
        return new Session(folder, stack, domain, new AssessmentEdits(domain, folder.review(), TOOLS));
    }

    private static DomainJudgement domainOf(RiskOfBiasAssessment assessment, String id) {
        return assessment.getDomains().stream().filter(d -> id.equals(d.getDomain())).findFirst().orElseThrow();
    }

    private static List<String> messages(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
    }
}
