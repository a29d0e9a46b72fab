package org.appraise.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cd, who has not coded TVGH 2016, accepts every proposal for it: one command records the arms, the rows and every
 * value with its quote (authored by cd, marked as proposed by the assistant), one undo takes it all back, and the
 * values survive saving and loading. Accepted into ab's hand-coded extraction, nothing is overwritten: a number ab
 * recorded differently is reported as a conflict and kept.
 */
final class ProposalAcceptanceTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");
    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void acceptAllIsOneCommandWithQuotesAndProvenance() throws IOException {
        Path dir = copy(temp.resolve("review"));
        ReviewFolder folder = ReviewFolder.open(dir);
        Review review = folder.review();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = domain(review, stack);
        Study tvgh = study(review, "tvgh-2016");
        Report report = tvgh.getReports().get(0);
        ReportText text = folder.readReport(report);
        Reviewer cd = reviewer(review, "cd");
        int before = tvgh.getExtractions().size();
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(text);

        Proposal first = read.proposals().stream().filter(p -> p.outcome() == OutcomeTerm.ORR && p.populationKind() == Population.AFTER_MATCHING
                && p.arm() == 1).findFirst().orElseThrow();
        ProposalAcceptance.Accepted one = new ProposalAcceptance(domain, review, tvgh, report, text, cd).accept(read.arms(), List.of(first));
        assertEquals(4, one.values(), "events, total and the new arm's two sizes");
        stack.execute(one.command());
        ProposalAcceptance.Accepted firstCheck = new ProposalAcceptance(domain, review, tvgh, report, text, cd).accept(read.arms(), read.proposals());
        assertTrue(firstCheck.each().get(read.proposals().indexOf(first)).recorded(), "accepted: the list shows it recorded");
        List<Proposal> otherOrr = read.proposals().stream().filter(p -> p.outcome() == OutcomeTerm.ORR && p != first).toList();
        stack.execute(new ProposalAcceptance(domain, review, tvgh, report, text, cd).accept(read.arms(), otherOrr).command());
        Extraction started = tvgh.getExtractions().stream().filter(e -> e.getReviewer() == cd).findFirst().orElseThrow();
        assertEquals(2, started.getMeasurements().stream().filter(m -> m.getOutcome().getId().equals("orr")).count(),
                "one row before and one after matching, each with both arms: " + started.getMeasurements());
        ProposalAcceptance.Accepted check = new ProposalAcceptance(domain, review, tvgh, report, text, cd).accept(read.arms(), read.proposals());
        assertTrue(otherOrr.stream().allMatch(p -> check.each().get(read.proposals().indexOf(p)).recorded()), "all four recorded");
        stack.undo();
        stack.undo();

        ProposalAcceptance.Accepted accepted = new ProposalAcceptance(domain, review, tvgh, report, text, cd).accept(read.arms(), read.proposals());
        assertEquals(List.of(), accepted.conflicts());
        stack.execute(accepted.command());
        Extraction coded = tvgh.getExtractions().stream().filter(e -> e.getReviewer() == cd).findFirst().orElseThrow();
        assertEquals(2, coded.getArms().size());
        DichotomousResult orr = (DichotomousResult) row(coded, "orr", "after matching").getResults().stream()
                .filter(r -> r instanceof DichotomousResult d && d.getArm().getLabel().equals("Anti-PD-1 alone")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("9").compareTo(orr.getEvents().getNumber()));
        assertEquals(0, new BigDecimal("42").compareTo(orr.getTotal().getNumber()));
        assertEquals(ExtractionAssistant.VERSION, orr.getEvents().getProposedBy());
        assertEquals(cd, orr.getEvents().getSources().get(0).getAuthor(), "accepted by cd");
        assertEquals("9 21.4%", orr.getEvents().getSources().get(0).getQuote());
        HazardRatio hr = (HazardRatio) row(coded, "os", "after matching").getResults().stream().filter(HazardRatio.class::isInstance).findFirst().orElseThrow();
        assertEquals("Anti-PD-1 plus Sorafenib", hr.getExperimental().getLabel());
        assertEquals(0, new BigDecimal("0.46").compareTo(hr.getEstimate().getNumber()));
        for (Value value : values(coded)) {
            String quote = value.getSources().get(0).getQuote();
            assertEquals(text.between(value.getSources().get(0).getStart(), value.getSources().get(0).getEnd()).orElseThrow(), quote);
            assertTrue(!value.isDerived() || value.getDerivation() != null, "a derived value says its arithmetic");
        }
        assertEquals(accepted.values(), values(coded).size());

        stack.undo();
        assertEquals(before, tvgh.getExtractions().size(), "one undo takes all of it back");
        stack.redo();
        folder.save();
        Review reloaded = ReviewFolder.open(dir).review();
        Extraction again = study(reloaded, "tvgh-2016").getExtractions().stream()
                .filter(e -> e.getReviewer() != null && e.getReviewer().getId().equals("cd")).findFirst().orElseThrow();
        assertEquals(accepted.values(), values(again).size());
        assertTrue(values(again).stream().allMatch(v -> ExtractionAssistant.VERSION.equals(v.getProposedBy())));
    }

    @Test
    void aValueRecordedDifferentlyIsAConflictAndIsKept() throws IOException {
        Path dir = copy(temp.resolve("review"));
        ReviewFolder folder = ReviewFolder.open(dir);
        Review review = folder.review();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = domain(review, stack);
        Study tvgh = study(review, "tvgh-2016");
        Extraction ab = tvgh.getExtractions().stream().filter(e -> e.getId().equals("tvgh-2016--ab")).findFirst().orElseThrow();
        DichotomousResult orr = (DichotomousResult) row(ab, "orr", "after matching").getResults().stream()
                .filter(r -> r instanceof DichotomousResult d && d.getArm().getId().equals("tvgh-2016-mono")).findFirst().orElseThrow();
        stack.execute(SetCommand.create(domain, orr.getEvents(), MODEL.getValue_Number(), new BigDecimal("10")));
        ReportText text = folder.readReport(tvgh.getReports().get(0));
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(text);

        ProposalAcceptance.Accepted accepted = new ProposalAcceptance(domain, review, tvgh, tvgh.getReports().get(0), text, reviewer(review, "ab"))
                .accept(read.arms(), read.proposals());
        assertEquals(1, accepted.conflicts().size(), accepted.conflicts().toString());
        assertTrue(accepted.conflicts().get(0).contains("recorded as 10, the paper gives 9"), accepted.conflicts().get(0));
        if (accepted.command() != null) {
            stack.execute(accepted.command());
        }
        assertEquals(0, BigDecimal.TEN.compareTo(orr.getEvents().getNumber()), "never overwritten");
        assertNull(orr.getEvents().getProposedBy());
        assertEquals(2, ab.getArms().size(), "ab's arms are the paper's, matched by their sizes");
    }

    /**
     * A median not reached is recorded as the flag with its lower limit, an interval's upper limit not reached is left
     * empty, and each result's notes give the paper's words for what no number stands for; a median recorded as a number
     * is a conflict for a proposal saying it was not reached, and is kept.
     */
    @Test
    void whatWasNotReachedIsRecordedAsSuchWithThePapersWords() throws IOException {
        Trial trial = trial("Methods", "Patients were randomly assigned to the combination (n = 58) or anti-PD-1 alone (n = 82).", "",
                "Results", "Median overall survival was not reached (95% CI, 14.2 to not reached) with the combination and 13.2 months"
                        + " (95% CI, 10.4 to not reached) with anti-PD-1 alone.", "");
        ProposalAcceptance.Accepted accepted = trial.acceptedByCd();
        assertEquals(List.of(), accepted.conflicts());
        trial.stack().execute(accepted.command());
        List<MedianTimeToEvent> medians = trial.mediansOfCd();
        AdapterFactoryEditingDomain domain = trial.domain();
        BasicCommandStack stack = trial.stack();
        MedianTimeToEvent combination = medians.stream().filter(m -> m.getArm().getLabel().contains("combination")).findFirst().orElseThrow();
        assertTrue(combination.isNotReached());
        assertNull(combination.getMedian());
        assertEquals(0, new BigDecimal("14.2").compareTo(combination.getLower().getNumber()));
        assertNull(combination.getUpper());
        assertEquals("Median not reached (the paper: \"not reached (95% CI, 14.2 to not reached)\"); nor the interval's upper limit.", combination.getNotes());
        MedianTimeToEvent alone = medians.stream().filter(m -> m.getArm().getLabel().equals("anti-PD-1 alone")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("13.2").compareTo(alone.getMedian().getNumber()));
        assertEquals("months", alone.getMedian().getUnit(), "a time keeps the unit the paper gives it");
        assertEquals("months", alone.getLower().getUnit());
        assertNull(alone.getUpper());
        assertEquals("The interval's upper limit was not reached (the paper: \"13.2 months (95% CI, 10.4 to not reached)\"): left empty.", alone.getNotes());

        stack.execute(SetCommand.create(domain, combination, MODEL.getMedianTimeToEvent_NotReached(), false));
        Value twenty = org.appraise.model.AppraiseFactory.eINSTANCE.createValue();
        twenty.setNumber(new BigDecimal("20.0"));
        stack.execute(SetCommand.create(domain, combination, MODEL.getMedianTimeToEvent_Median(), twenty));
        ProposalAcceptance.Accepted again = trial.acceptedByCd();
        assertEquals(1, again.conflicts().size(), again.conflicts().toString());
        assertTrue(again.conflicts().get(0).endsWith("median is recorded as 20.0, the paper says not reached"), again.conflicts().get(0));
    }

    /** A level derived from the other arm's interval is recorded with the result's notes saying so: the number alone keeps no derivation. */
    @Test
    void aDerivedLevelIsRecordedWithItsDerivationInTheNotes() throws IOException {
        Trial trial = trial("Findings: 140 patients received the combination (n = 58) or anti-PD-1 alone (n = 82). Median overall survival",
                "was 16.4 months (95% CI 13.9-18.4) with the combination and 14.7 months (11.9-17.2) with anti-PD-1 alone.", "");
        trial.stack().execute(trial.acceptedByCd().command());
        MedianTimeToEvent alone = trial.mediansOfCd().stream().filter(m -> m.getArm().getLabel().equals("anti-PD-1 alone")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.95").compareTo(alone.getCiLevel()));
        assertEquals("The interval's level 0.95 is derived: the level the sentence states for the other arm's interval (\"16.4 months (95% CI"
                + " 13.9-18.4)\").", alone.getNotes());
    }

    /** A trial's text read as TVGH 2016's report, in a copy of the sample, for cd to accept what the assistant proposes. */
    private record Trial(Review review, BasicCommandStack stack, AdapterFactoryEditingDomain domain, Study tvgh, ReportText text,
            ExtractionAssistant.PaperResults read) {

        ProposalAcceptance.Accepted acceptedByCd() {
            return new ProposalAcceptance(domain, review, tvgh, tvgh.getReports().get(0), text, reviewer(review, "cd")).accept(read.arms(), read.proposals());
        }

        List<MedianTimeToEvent> mediansOfCd() {
            Extraction coded = tvgh.getExtractions().stream().filter(e -> e.getReviewer().getId().equals("cd")).findFirst().orElseThrow();
            return coded.getMeasurements().stream().flatMap(m -> m.getResults().stream()).filter(MedianTimeToEvent.class::isInstance)
                    .map(MedianTimeToEvent.class::cast).toList();
        }
    }

    private Trial trial(String... lines) throws IOException {
        Review review = ReviewFolder.open(copy(temp.resolve("review"))).review();
        BasicCommandStack stack = new BasicCommandStack();
        ReportText text = ReportText.decode(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8), "trial.txt");
        return new Trial(review, stack, domain(review, stack), study(review, "tvgh-2016"), text, ExtractionAssistant.read(text));
    }

    private static OutcomeMeasurement row(Extraction extraction, String outcome, String population) {
        return extraction.getMeasurements().stream().filter(m -> m.getOutcome().getId().equals(outcome) && population.equals(m.getPopulation()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + outcome + " " + population));
    }

    private static List<Value> values(Extraction extraction) {
        List<Value> all = new java.util.ArrayList<>();
        extraction.eAllContents().forEachRemaining(o -> {
            if (o instanceof Value v) {
                all.add(v);
            }
        });
        return all;
    }

    private static AdapterFactoryEditingDomain domain(Review review, BasicCommandStack stack) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(review.eResource());
        return domain;
    }

    private static Study study(Review review, String id) {
        return review.getStudies().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Reviewer reviewer(Review review, String id) {
        return review.getReviewers().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Path copy(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

}
