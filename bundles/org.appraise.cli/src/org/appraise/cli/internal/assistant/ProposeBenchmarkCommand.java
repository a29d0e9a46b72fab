package org.appraise.cli.internal.assistant;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.ReportText;
import org.appraise.core.assistant.AssistantAccuracy;
import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise propose-benchmark}: the assistant's recall and precision on every study a reviewer hand-coded,
 * and the time to read each paper (the median of five reads after one to warm up).
 */
@Command(name = "propose-benchmark", description = { "Recall and precision of the extraction assistant against a reviewer's hand-coded extractions,",
        "per study, and the time it takes to read each paper. --verbose lists the values missed and the proposals not matched." })
public final class ProposeBenchmarkCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--by", paramLabel = "REVIEWER", description = "Whose extractions are the reference (default: ab).")
    private String by = "ab";

    @Option(names = "--verbose", description = "List what was missed and what was proposed but not coded.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        ReviewSession session = terminal.openWhole("measure");
        Review review = session.folder().review();
        terminal.out().println(String.format(java.util.Locale.ROOT, "%-14s %6s %6s %7s %9s %8s %9s %7s %8s", "study", "coded", "found", "recall",
                "proposed", "correct", "precision", "outside", "read ms"));
        int studies = 0;
        for (Study study : review.getStudies()) {
            Extraction coded = study.getExtractions().stream().filter(e -> !e.isConsensus() && e.getReviewer() != null && by.equals(e.getReviewer().getId()))
                    .findFirst().orElse(null);
            if (coded == null || study.getReports().isEmpty()) {
                continue;
            }
            studies++;
            ReportText text = session.folder().readReport(study.getReports().get(0));
            ExtractionAssistant.read(text);
            long[] times = new long[5];
            ExtractionAssistant.PaperResults read = null;
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                read = ExtractionAssistant.read(text);
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            AssistantAccuracy.Figures f = AssistantAccuracy.compare(review, coded, read);
            terminal.out().println(String.format(java.util.Locale.ROOT, "%-14s %6d %6d %7.3f %9d %8d %9.3f %7d %8.0f", study.getId(), f.handValues(), f.found(),
                    f.recall(), f.proposals(), f.accepted(), f.precision(), f.outside(), times[2] / 1e6));
            if (verbose) {
                f.missed().forEach(m -> terminal.out().println("    missed: " + m));
                f.wrong().forEach(w -> terminal.out().println("    not coded: " + w));
            }
        }
        if (studies == 0) {
            throw new UsageException("no study has an extraction by '" + by + "' to compare with");
        }
        return Terminal.OK;
    }
}
