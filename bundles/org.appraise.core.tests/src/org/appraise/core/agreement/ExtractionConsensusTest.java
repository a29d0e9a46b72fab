package org.appraise.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ef settles ab's and cd's independent extractions of Li 2022 (the sample's real disagreements: cd coded
 * RECIST 1.1 only and the PFS hazard ratio without criteria): started from ab's, one value taken from cd with
 * cd's quote, one entered with a note; saved, the reviewers' files are unchanged and the consensus is its own.
 */
final class ExtractionConsensusTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");
    private static final RiskOfBiasTools TOOLS = RiskOfBiasTools.builtIn();

    @TempDir
    Path temp;

    @Test
    void settleEveryDisagreementWithoutTouchingTheReviewersFiles() throws IOException {
        Path dir = copy(SAMPLE, temp.resolve("review"));
        ReviewFolder folder = ReviewFolder.open(dir);
        assertEquals(List.of(), folder.problems());
        Review review = folder.review();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(review.eResource());
        Study li = review.getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst().orElseThrow();
        Extraction ab = extraction(li, "li-2022--ab");
        Extraction cd = extraction(li, "li-2022--cd");
        Reviewer ef = review.getReviewers().stream().filter(r -> r.getId().equals("ef")).findFirst().orElseThrow();
        byte[] abBefore = Files.readAllBytes(dir.resolve("studies/li-2022/li-2022--ab.json"));
        byte[] cdBefore = Files.readAllBytes(dir.resolve("studies/li-2022/li-2022--cd.json"));

        List<ExtractionComparison.Field> fields = new ExtractionComparison(TOOLS).compare(ab, cd);
        List<ExtractionComparison.Field> disagreements = fields.stream().filter(f -> !f.agree()).toList();
        assertTrue(disagreements.size() > 10, "the sample's real disagreements: " + disagreements.size());
        ExtractionConsensus consensus = new ExtractionConsensus(domain, review, TOOLS);
        Extraction settled = ExtractionConsensus.of(li).orElseThrow();
        assertFalse(ExtractionConsensus.started(settled), "the sample's consensus holds only ROBINS-I so far");

        stack.execute(consensus.start(li, ab, ef));
        assertTrue(ExtractionConsensus.started(settled));
        assertThrows(IllegalArgumentException.class, () -> consensus.start(li, cd, ef), "started once");
        for (ExtractionComparison.Field field : fields) {
            if (!field.group().equals(ExtractionComparison.RISK_OF_BIAS)) {
                assertTrue(ExtractionComparison.same(field.group(), consensus.value(settled, field), field.first())
                        || consensus.value(settled, field).equals(field.first()), field.key() + ": the consensus starts as ab's");
            }
        }

        // a value only cd recorded (the PFS hazard ratio on a row without criteria), with its quote: take cd's
        ExtractionComparison.Field taken = disagreements.stream().filter(f -> f.group().equals(ExtractionComparison.RESULTS)
                && f.first().equals(ExtractionComparison.MISSING) && !f.second().equals(ExtractionComparison.MISSING) && !f.quotes(false).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no result value only cd coded: " + disagreements));
        int rows = settled.getMeasurements().size();
        assertFalse(ExtractionConsensus.settles(settled, taken), "starting from ab's settles nothing");
        stack.execute(consensus.take(settled, taken, cd, false));
        assertTrue(ExtractionConsensus.settles(settled, taken));
        assertEquals(cd, ExtractionConsensus.decision(settled, taken).orElseThrow().getTaken());
        assertTrue(ExtractionComparison.same(taken.group(), consensus.value(settled, taken), taken.second()), taken.key());
        Value value = (Value) new ExtractionComparison(TOOLS).entries(settled).get(taken.group()).get(taken.key()).elements().get(0);
        assertEquals(taken.quotes(false).stream().map(Annotation::getQuote).toList(), value.getSources().stream().map(Annotation::getQuote).toList(),
                "cd's quote comes with cd's value");
        assertTrue(value.getSources().stream().allMatch(q -> q.eContainer() == settled), "copied into the consensus, which stands on its own");
        assertTrue(settled.getMeasurements().size() >= rows, "a row only cd had is added, with its arms mapped to the consensus' arms");
        settled.getMeasurements().forEach(m -> m.getResults().forEach(r -> r.eCrossReferences().stream()
                .filter(org.appraise.model.Arm.class::isInstance).forEach(arm -> assertTrue(((org.appraise.model.Arm) arm).eContainer() == settled,
                        "results of the consensus point at its own arms: " + ExtractionComparison.rowKey(m)))));

        // a number neither gave, with a note; refused without one
        ExtractionComparison.Field entered = disagreements.stream()
                .filter(f -> f != taken && f.group().equals(ExtractionComparison.RESULTS) && !f.first().equals(ExtractionComparison.MISSING))
                .findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> consensus.enter(settled, entered, "12", " "));
        assertThrows(IllegalArgumentException.class, () -> consensus.enter(settled, entered, "twelve", "typo"));
        stack.execute(consensus.enter(settled, entered, "12", "Recounted from Table 2 by ef"));
        assertEquals("12", consensus.value(settled, entered));
        assertEquals("Recounted from Table 2 by ef", ExtractionConsensus.decision(settled, entered).orElseThrow().getNote());
        assertEquals(null, ExtractionConsensus.decision(settled, entered).orElseThrow().getTaken(), "entered, not taken");
        assertThrows(IllegalArgumentException.class, () -> consensus.take(settled, disagreements.stream()
                .filter(f -> f.group().equals(ExtractionComparison.RISK_OF_BIAS)).findFirst().orElseThrow(), ab, true));

        // the checks hold the consensus to what it says it took
        org.appraise.core.ReviewChecks checks = new org.appraise.core.ReviewChecks(folder::reportText);
        java.util.function.Supplier<List<String>> consensusFindings = () -> checks.check(review).getChildren().stream()
                .map(org.eclipse.emf.common.util.Diagnostic::getMessage).filter(m -> m.startsWith(settled.getId() + " [")).toList();
        assertEquals(List.of(), consensusFindings.get());
        org.appraise.model.Value cdsValue = (org.appraise.model.Value) taken.secondElements().get(0);
        java.math.BigDecimal was = cdsValue.getNumber();
        cdsValue.setNumber(new java.math.BigDecimal("0.52"));
        assertEquals(1, consensusFindings.get().size(), "cd changed the value the consensus took: " + consensusFindings.get());
        assertTrue(consensusFindings.get().get(0).contains("which now says 0.52; settle it again"), consensusFindings.get().toString());
        cdsValue.setNumber(was);

        ReviewFolder.SaveReport saved = folder.save();
        assertFalse(saved.written().isEmpty());
        assertEquals(new String(abBefore), Files.readString(dir.resolve("studies/li-2022/li-2022--ab.json")), "ab's file is never changed");
        assertEquals(new String(cdBefore), Files.readString(dir.resolve("studies/li-2022/li-2022--cd.json")), "cd's file is never changed");
        ReviewFolder reopened = ReviewFolder.open(dir);
        assertEquals(List.of(), reopened.problems());
        Extraction again = extraction(reopened.review().getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst().orElseThrow(),
                settled.getId());
        assertEquals(settled.getMeasurements().size(), again.getMeasurements().size());
        assertEquals("12", new ExtractionConsensus(null, reopened.review(), TOOLS).value(again, entered));
        assertEquals(2, again.getDecisions().size(), "the decisions are saved with the consensus");
        assertEquals("li-2022--cd", again.getDecisions().get(0).getTaken().getId());

        while (stack.canUndo()) {
            stack.undo();
        }
        assertFalse(ExtractionConsensus.started(settled), "undo takes it all back");
        assertEquals(1, settled.getAssessments().size());
    }

    private static Extraction extraction(Study study, String id) {
        return study.getExtractions().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
