package org.appraise.cli.internal.synthesis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.synthesis.AnalysisEdits;
import org.appraise.model.Analysis;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyTableFile;
import org.appraise.synthesis.ZeroCellRule;
import org.appraise.synthesis.review.ReviewStudies;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The review side of {@code appraise meta <review>}: a saved analysis run (a study left out of it first, when asked),
 * or an outcome pooled with the options given (and saved as an analysis, when asked), each change one command of the
 * review's session, saved at once. Each study's source goes to stderr; studies left out become the run's problems.
 */
final class ReviewAnalyses {

    /** What the command line asked of the review. */
    record Request(String analysis, String outcome, String criteria, String population, String timepoint, EffectMeasure measure, PoolingMethod method,
            boolean knha, ZeroCellRule zeroCells, String saveAs, String name, String exclude, String reason, String experimental, String control) {
    }

    /** The settings and studies to pool, the groups' names for the figures, and the studies left out (for under the plot). */
    record Prepared(Settings settings, StudyTableFile.Read read, String experimental, String control, List<String> leftOut) {
    }

    private final Terminal terminal;

    ReviewAnalyses(Terminal terminal) {
        this.terminal = terminal;
    }

    Prepared prepare(Path folder, Request request) throws java.io.IOException {
        ReviewSession session = terminal.openWhole(folder, "pool");
        Review review = session.folder().review();
        AnalysisEdits edits = new AnalysisEdits(session.domain(), review);
        Settings settings;
        ReviewStudies.Read read;
        List<String> byReviewers = new ArrayList<>();
        String experimental = request.experimental();
        String control = request.control();
        if (request.analysis() != null) {
            Analysis saved = AnalysisEdits.find(review, request.analysis()).orElseThrow(() -> new UsageException("no analysis '" + request.analysis()
                    + "' in the review (" + String.join(", ", review.getAnalyses().stream().map(Analysis::getId).toList()) + ")"));
            if (request.exclude() != null) {
                exclude(session, edits, saved, request);
            }
            try {
                SavedAnalysis.Run run = SavedAnalysis.run(review, saved);
                settings = run.settings();
                read = run.read();
                run.leftOutByReviewers().forEach((study, why) -> byReviewers.add(study + " left out by the reviewers: " + why));
                byReviewers.forEach(terminal.err()::println);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            experimental = saved.getExperimentalName() == null ? experimental : saved.getExperimentalName();
            control = saved.getControlName() == null ? control : saved.getControlName();
        } else {
            if (request.outcome() == null || request.measure() == null) {
                throw new UsageException("name the outcome and the measure (--outcome ID --measure M), or a saved analysis (--analysis ID)");
            }
            OutcomeDefinition outcome = review.getOutcomes().stream().filter(o -> request.outcome().equals(o.getId())).findFirst()
                    .orElseThrow(() -> new UsageException("no outcome '" + request.outcome() + "' in the review (" + (review.getOutcomes().isEmpty()
                            ? "it has none yet: define them in the workbench's Review view" : String.join(", ",
                                    review.getOutcomes().stream().map(OutcomeDefinition::getId).toList())) + ")"));
            try {
                settings = new Settings(request.measure(), request.method(), request.knha(), request.zeroCells(), 0.95);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            read = ReviewStudies.read(review, request.measure(), new ReviewStudies.Choice(request.outcome(), request.criteria(), request.population(),
                    request.timepoint()));
            if (request.saveAs() != null) {
                save(session, edits, outcome, request);
            }
        }
        read.provenance().forEach((study, from) -> terminal.err().println(study + ": " + from));
        List<String> problems = new ArrayList<>();
        read.leftOut().forEach((study, why) -> problems.add(study + " left out: " + why));
        List<String> leftOut = new ArrayList<>(problems);
        leftOut.addAll(byReviewers);
        return new Prepared(settings, new StudyTableFile.Read(read.studies(), problems, read.studies().size() + read.leftOut().size(), Map.of()),
                experimental, control, leftOut);
    }

    private void save(ReviewSession session, AnalysisEdits edits, OutcomeDefinition outcome, Request r) throws java.io.IOException {
        try {
            session.domain().getCommandStack().execute(edits.save(r.saveAs(), new AnalysisEdits.Definition(r.name() == null ? outcome.getName() : r.name(),
                    outcome, r.criteria(), r.population(), r.timepoint(), r.measure().name(), r.method().name(), r.knha(), r.zeroCells().name(),
                    r.experimental(), r.control())));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        session.save();
        terminal.err().println("Saved analysis " + r.saveAs() + " in review.json");
    }

    private void exclude(ReviewSession session, AnalysisEdits edits, Analysis saved, Request r) throws java.io.IOException {
        Study study = session.folder().review().getStudies().stream().filter(s -> s.getId().equals(r.exclude())).findFirst()
                .orElseThrow(() -> new UsageException("no study '" + r.exclude() + "' in the review"));
        if (r.reason() == null || r.reason().isBlank()) {
            throw new UsageException("--exclude needs --reason TEXT (it is shown with the analysis and under its forest plot)");
        }
        session.domain().getCommandStack().execute(edits.exclude(saved, study, r.reason()));
        session.save();
        terminal.err().println("Left " + study.getId() + " out of analysis " + saved.getId() + ": " + r.reason());
    }
}
