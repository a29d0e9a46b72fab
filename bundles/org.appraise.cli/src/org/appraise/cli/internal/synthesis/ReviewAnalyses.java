package org.appraise.cli.internal.synthesis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.synthesis.AnalysisEdits;
import org.appraise.core.synthesis.Comparisons;
import org.appraise.model.Analysis;
import org.appraise.model.Arm;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.I2Rule;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.StudyTableFile;
import org.appraise.synthesis.ZeroCellRule;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The review side of {@code appraise meta <review>}: a saved analysis run (a study left out of it, or its arms stated,
 * first, when asked), or an outcome pooled with the options given (saved as an analysis, when asked), each change one
 * command of the review's session, saved at once. Both run as {@link SavedAnalysis} runs a saved one. Each study's
 * source goes to stderr; studies left out become the run's problems.
 */
final class ReviewAnalyses {

    /** What the command line asked of the review. */
    record Request(String analysis, String outcome, String criteria, String population, String timepoint, EffectMeasure measure, PoolingMethod method,
            boolean knha, ZeroCellRule zeroCells, I2Rule i2, String subgroupBy, String robTool, double level, String saveAs, String name, String exclude,
            String compare, String reason, String experimental, String control, String lowerFavours) {
    }

    /**
     * The run, the studies to pool as a table, the groups' names for the figures, which group an effect below the line of
     * no effect favours (null: not stated), and the studies left out (for under the plot).
     */
    record Prepared(SavedAnalysis.Run run, StudyTableFile.Read read, String experimental, String control, String lowerFavours, List<String> leftOut) {
    }

    private final Terminal terminal;

    ReviewAnalyses(Terminal terminal) {
        this.terminal = terminal;
    }

    Prepared prepare(Path folder, Request request) throws java.io.IOException {
        ReviewSession session = terminal.openWhole(folder, "pool");
        Review review = session.folder().review();
        AnalysisEdits edits = new AnalysisEdits(session.domain(), review);
        Analysis analysis;
        if (request.analysis() != null) {
            analysis = AnalysisEdits.find(review, request.analysis()).orElseThrow(() -> new UsageException("no analysis '" + request.analysis()
                    + "' in the review (" + String.join(", ", review.getAnalyses().stream().map(Analysis::getId).toList()) + ")"));
            if (request.exclude() != null) {
                exclude(session, edits, analysis, request);
            }
            if (request.compare() != null) {
                compare(session, edits, analysis, request);
            }
        } else {
            analysis = define(session, edits, review, request);
        }
        SavedAnalysis.Run run;
        try {
            run = SavedAnalysis.run(review, analysis, request.level());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> byReviewers = new ArrayList<>();
        run.leftOutByReviewers().forEach((study, why) -> byReviewers.add(study + " left out by the reviewers: " + why));
        byReviewers.forEach(terminal.err()::println);
        run.read().provenance().forEach((study, from) -> terminal.err().println(study + ": " + from));
        if (!run.riskOfBias().note().isEmpty()) {
            terminal.err().println("Risk of bias: " + run.riskOfBias().note());
        }
        List<String> problems = new ArrayList<>();
        run.read().leftOut().forEach((study, why) -> problems.add(study + " left out: " + why));
        List<String> leftOut = new ArrayList<>(problems);
        leftOut.addAll(byReviewers);
        String experimental = analysis.getExperimentalName() == null ? request.experimental() : analysis.getExperimentalName();
        String control = analysis.getControlName() == null ? request.control() : analysis.getControlName();
        return new Prepared(run, new StudyTableFile.Read(run.read().studies(), problems, run.read().studies().size() + run.read().leftOut().size(),
                Map.of()), experimental, control, analysis.getLowerFavours() == null ? request.lowerFavours() : analysis.getLowerFavours(), leftOut);
    }

    /** The analysis the options define: saved (one command) with --save-as, else run without being saved. */
    private Analysis define(ReviewSession session, AnalysisEdits edits, Review review, Request r) throws java.io.IOException {
        if (r.outcome() == null || r.measure() == null) {
            throw new UsageException("name the outcome and the measure (--outcome ID --measure M), or a saved analysis (--analysis ID)");
        }
        if (r.exclude() != null || r.compare() != null) {
            throw new UsageException((r.exclude() != null ? "--exclude" : "--compare") + " changes a saved analysis: name it with --analysis ID");
        }
        OutcomeDefinition outcome = review.getOutcomes().stream().filter(o -> r.outcome().equals(o.getId())).findFirst()
                .orElseThrow(() -> new UsageException("no outcome '" + r.outcome() + "' in the review (" + (review.getOutcomes().isEmpty()
                        ? "it has none yet: define them in the workbench's Review view" : String.join(", ",
                                review.getOutcomes().stream().map(OutcomeDefinition::getId).toList())) + ")"));
        AnalysisEdits.Definition definition = new AnalysisEdits.Definition(r.name() == null ? outcome.getName() : r.name(), outcome, r.criteria(),
                r.population(), r.timepoint(), r.measure().name(), r.method().name(), r.knha(), r.zeroCells().name(), r.experimental(), r.control(),
                r.subgroupBy(), r.robTool(), r.i2() == I2Rule.METAFOR ? null : r.i2().name(), r.lowerFavours());
        Analysis unsaved = AnalysisEdits.build(r.saveAs() == null ? "unsaved" : r.saveAs(), definition);
        try {
            SavedAnalysis.settings(unsaved);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (r.saveAs() == null) {
            return unsaved;
        }
        try {
            session.domain().getCommandStack().execute(edits.save(r.saveAs(), definition));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        session.save();
        terminal.err().println("Saved analysis " + r.saveAs() + " in analyses/" + r.saveAs() + ".json");
        return AnalysisEdits.find(review, r.saveAs()).orElseThrow();
    }

    private void exclude(ReviewSession session, AnalysisEdits edits, Analysis saved, Request r) throws java.io.IOException {
        Study study = study(session.folder().review(), r.exclude());
        if (r.reason() == null || r.reason().isBlank()) {
            throw new UsageException("--exclude needs --reason TEXT (it is shown with the analysis and under its forest plot)");
        }
        session.domain().getCommandStack().execute(edits.exclude(saved, study, r.reason()));
        session.save();
        terminal.err().println("Left " + study.getId() + " out of analysis " + saved.getId() + ": " + r.reason());
    }

    /** --compare STUDY:EXPERIMENTAL:CONTROL, arms by id or label in the extraction the study's numbers come from. */
    private void compare(ReviewSession session, AnalysisEdits edits, Analysis saved, Request r) throws java.io.IOException {
        String[] parts = r.compare().split(":", -1);
        if (parts.length != 3) {
            throw new UsageException("--compare takes STUDY-ID:EXPERIMENTAL-ARM:CONTROL-ARM (arms by id or label), not " + r.compare());
        }
        if (r.reason() == null || r.reason().isBlank()) {
            throw new UsageException("--compare needs --reason TEXT (why these arms: it is shown with the study's source)");
        }
        Study study = study(session.folder().review(), parts[0]);
        Arm experimental = arm(study, parts[1]);
        Arm control = arm(study, parts[2]);
        try {
            session.domain().getCommandStack().execute(edits.compare(saved, study, experimental, control, r.reason()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        session.save();
        terminal.err().println("Analysis " + saved.getId() + " compares " + Comparisons.label(experimental) + " with " + Comparisons.label(control)
                + " in " + study.getId() + ": " + r.reason());
    }

    private static Study study(Review review, String id) {
        return review.getStudies().stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("no study '" + id + "' in the review"));
    }

    private static Arm arm(Study study, String name) {
        List<Arm> arms = Comparisons.source(study).map(e -> e.getArms().stream().toList()).orElse(List.of());
        List<Arm> named = arms.stream().filter(a -> name.equals(a.getId()) || (a.getLabel() != null
                && a.getLabel().strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)))).toList();
        if (named.size() != 1) {
            throw new UsageException((named.isEmpty() ? "no arm '" : "several arms '") + name + "' in the extraction " + study.getId()
                    + "'s numbers come from (" + String.join(", ", arms.stream().map(a -> a.getId() + " \"" + a.getLabel() + "\"").toList()) + ")");
        }
        return named.get(0);
    }
}
