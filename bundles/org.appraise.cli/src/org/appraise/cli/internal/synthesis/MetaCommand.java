package org.appraise.cli.internal.synthesis;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.I2Rule;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyTableFile;
import org.appraise.synthesis.Synthesis;
import org.appraise.synthesis.ZeroCellRule;
import org.appraise.synthesis.review.SavedAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appraise meta --data studies.csv}: a meta-analysis of a table of study data, pooled exactly as metafor 3.8
 * does, or the studies of a review for one outcome (analyses saved in the review: not yet).
 */
@Command(name = "meta", description = { "Pool a table of study data exactly as metafor 3.8 does (escalc, rma.uni, rma.mh, rma.peto).",
        "The CSV has metafor's column names: study, ai, n1i, ci, n2i (OR, RR, RD); study, m1i, sd1i, n1i, m2i, sd2i, n2i (MD, SMD);",
        "study, yi, sei (GIV, GIV_RATIO: a log ratio and its SE). Ratios are pooled on the log scale and printed exponentiated.",
        "With a review folder: its studies' rows of --outcome (or of its saved --analysis), from each study's consensus extraction where one",
        "exists; --save-as saves the settings as an analysis of the review, --exclude leaves a study out of a saved analysis with --reason." })
public final class MetaCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<review-dir>", description = "A review folder: pool its studies' rows of --outcome.")
    private Path folder;

    @Option(names = "--outcome", paramLabel = "ID", description = "With a review: the outcome (its id in the review).")
    private String outcome;

    @Option(names = "--criteria", paramLabel = "WORDS", description = "With a review: only rows whose criteria hold these words (e.g. RECIST).")
    private String criteria;

    @Option(names = "--population", paramLabel = "WORDS", description = "With a review: only rows whose population holds these words.")
    private String population;

    @Option(names = "--timepoint", paramLabel = "WORDS", description = "With a review: only rows whose timepoint holds these words.")
    private String timepoint;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "The table of study data.")
    private Path data;

    @Option(names = "--analysis", paramLabel = "ID", description = "With a review: run its saved analysis ID.")
    private String analysisId;

    @Option(names = "--save-as", paramLabel = "ID", description = "With a review and --outcome: save these settings as the review's analysis ID.")
    private String saveAs;

    @Option(names = "--name", paramLabel = "TEXT", description = "With --save-as: the analysis' name (default: the outcome's).")
    private String name;

    @Option(names = "--exclude", paramLabel = "STUDY-ID", description = "With --analysis: leave this study out of it (saved), with --reason.")
    private String exclude;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the study is left out.")
    private String reason;

    @Option(names = "--measure", paramLabel = "MEASURE", description = "OR, RR, RD, MD, SMD, GIV or GIV_RATIO.")
    private EffectMeasure measure;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "REML", description = "MH, PETO, FE, DL, REML or PM (default: ${DEFAULT-VALUE}).")
    private PoolingMethod method;

    @Option(names = "--knha", description = "Hartung-Knapp-Sidik-Jonkman: t with k-1 df (random effects).")
    private boolean knha;

    @Option(names = "--zero-cells", paramLabel = "metafor|revman", defaultValue = "METAFOR", description = "The zero-cell rule (default: metafor's).")
    private ZeroCellRule zeroCells;

    @Option(names = "--i2", paramLabel = "metafor|revman", defaultValue = "METAFOR", description = "I\u00B2 of a random-effects model from tau\u00B2 "
            + "(metafor's, the default) or from Q (RevMan 5's).")
    private I2Rule i2;

    @Option(names = "--subgroup-by", paramLabel = "KEY", description = "With a review: subgroups by RISK_OF_BIAS (overall judgement), DESIGN or a "
            + "characteristic (COUNTRY, SETTING...), saved with --save-as.")
    private String subgroupBy;

    @Option(names = "--rob-tool", paramLabel = "TOOL", description = "With a review: the risk-of-bias tool whose judgements the forest plot shows "
            + "(default: the one the studies were assessed with).")
    private String robTool;

    @Option(names = "--compare", paramLabel = "STUDY:EXP:CTRL", description = "With --analysis: compare these two arms of the study (by id or label), "
            + "saved, with --reason.")
    private String compare;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95", description = "The level of every interval (default: ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--json", description = "Print the analysis as JSON (keys documented in the README).")
    private boolean json;

    @Option(names = "--leave-one-out", description = "Pool again without each study in turn.")
    private boolean leaveOneOut;

    @Option(names = "--subgroups", description = "With --data: pool each subgroup apart (the CSV's subgroup column) and test their differences.")
    private boolean subgroups;

    @Option(names = "--funnel", paramLabel = "FILE", description = "Draw the funnel plot (Egger's test in its caption from 10 studies on).")
    private Path funnel;

    @Option(names = "--forest", paramLabel = "FILE", description = "Draw the forest plot to FILE.svg, FILE.png (600 dpi) or FILE.pdf.")
    private Path forest;

    @Option(names = "--experimental", paramLabel = "NAME", defaultValue = "Experimental", description = "The experimental group's name in the plot.")
    private String experimental;

    @Option(names = "--control", paramLabel = "NAME", defaultValue = "Control", description = "The control group's name in the plot.")
    private String control;

    @Option(names = "--lower-favours", paramLabel = "experimental|control", description = "Which group an effect below the line of no effect "
            + "favours: experimental when the event is harmful (death, progression), control when it is wanted (response); saved with --save-as. "
            + "Unstated, the plot says 'Lower with' and 'Higher with' the experimental group instead of 'Favours'.")
    private String lowerFavours;

    @Option(names = "--favours", paramLabel = "LEFT,RIGHT", split = ",", description = "Words of your own under each side of the axis "
            + "(default: from --lower-favours or the saved analysis).")
    private java.util.List<String> favours;

    /** Set while a review is read: the studies it left out, and the measure's name, for under and above the forest plot. */
    private java.util.List<String> leftOutNotes = java.util.List.of();
    private String measureName;
    private java.util.Optional<SavedAnalysis.Run> run = java.util.Optional.empty();

    public MetaCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if ((data == null) == (folder == null)) {
            throw new UsageException("meta pools a review's studies (<review-dir> --outcome ID, or --analysis ID) or a table (--data FILE.csv): name one");
        }
        Settings settings;
        StudyTableFile.Read read;
        if (folder != null) {
            if (subgroups) {
                throw new UsageException("--subgroups reads a CSV's subgroup column; a review's studies are grouped with --subgroup-by KEY");
            }
            ReviewAnalyses.Prepared prepared = new ReviewAnalyses(terminal).prepare(folder, new ReviewAnalyses.Request(analysisId, outcome, criteria,
                    population, timepoint, measure, method, knha, zeroCells, i2, subgroupBy, robTool, level, saveAs, name, exclude, compare, reason,
                    experimental, control, favoured()));
            run = java.util.Optional.of(prepared.run());
            lowerFavours = prepared.lowerFavours();
            settings = prepared.run().settings();
            read = prepared.read();
            experimental = prepared.experimental();
            control = prepared.control();
            leftOutNotes = prepared.leftOut();
            measureName = settings.measure() == EffectMeasure.GIV_RATIO ? "Hazard ratio" : null; // a review's ratios are its hazard ratios
        } else {
            if (measure == null) {
                throw new UsageException("--data needs --measure (OR, RR, RD, MD, SMD, GIV or GIV_RATIO)");
            }
            if (subgroupBy != null || robTool != null || compare != null) {
                throw new UsageException("--subgroup-by, --rob-tool and --compare read a review; a table's subgroups are its subgroup column (--subgroups)");
            }
            try {
                settings = new Settings(measure, method, knha, zeroCells, level, i2);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            read = StudyTableFile.read(data, measure);
            leftOutNotes = read.problems(); // rows of the table that were not read are said under the forest plot too
        }
        read.problems().forEach(p -> terminal.err().println("problem: " + p));
        if (data != null && read.studies().size() < read.rows()) {
            terminal.err().println("Read " + read.studies().size() + " of the " + read.rows() + " rows of " + data.getFileName());
        }
        MetaAnalysis analysis = run.map(SavedAnalysis.Run::analysis).orElseGet(() -> Synthesis.pool(read.studies(), settings));
        analysis.excluded().forEach(e -> terminal.err().println("left out: " + e.label() + ": " + e.reason()));
        com.fasterxml.jackson.databind.node.ObjectNode root = json ? AnalysisJson.of(analysis) : null;
        if (!json) {
            new AnalysisText(terminal.out()).print(analysis);
        }
        SensitivityReport report = new SensitivityReport(terminal.out(), settings);
        report.egger(analysis, root);
        if (leaveOneOut) {
            report.leaveOneOut(org.appraise.synthesis.Sensitivity.leaveOneOut(read.studies(), settings), root);
        }
        if (run.isPresent()) {
            run.get().subgroups().ifPresent(g -> report.subgroups(g.result(), root));
            run.get().withoutHighRisk().ifPresent(w -> report.withoutHighRisk(w, root));
        }
        if (subgroups) {
            if (read.subgroups().isEmpty()) {
                throw new UsageException("--subgroups needs a subgroup column in " + data.getFileName());
            }
            report.subgroups(org.appraise.synthesis.Sensitivity.subgroups(read.bySubgroup(), settings), root);
        }
        if (json) {
            terminal.printJson(root);
        }
        if (forest != null) {
            drawForest(analysis);
        }
        if (funnel != null) {
            org.appraise.export.figures.FigureFont font = new org.appraise.export.figures.FigureFont();
            write(funnel, new org.appraise.export.figures.FunnelPlot(font).draw(analysis), font);
        }
        if (analysis.pooled().isEmpty()) {
            terminal.err().println("Nothing pooled: " + analysis.notPooled());
            return Terminal.FINDINGS;
        }
        return read.problems().isEmpty() && analysis.excluded().isEmpty() ? Terminal.OK : Terminal.FINDINGS;
    }

    private void drawForest(MetaAnalysis analysis) throws java.io.IOException {
        if (favours != null && favours.size() != 2) {
            throw new UsageException("--favours takes two texts: LEFT,RIGHT");
        }
        org.appraise.export.figures.FigureFont font = new org.appraise.export.figures.FigureFont();
        org.appraise.export.figures.ForestPlot.Labels labels = (favours == null ? org.appraise.export.figures.ForestPlot.Labels.of(experimental, control,
                folder == null ? favoured() : lowerFavours)
                : new org.appraise.export.figures.ForestPlot.Labels(experimental, control, favours.get(0), favours.get(1))).with(measureName, leftOutNotes);
        org.appraise.export.figures.ForestPlot plot = new org.appraise.export.figures.ForestPlot(font);
        org.appraise.export.figures.Drawing drawing = run.isPresent() ? plot.draw(run.get(), labels, org.appraise.export.figures.Palette.robvis())
                : plot.draw(analysis, labels);
        write(forest, drawing, font);
    }

    /** --lower-favours as the model says it (EXPERIMENTAL, CONTROL), or null when not given. */
    private String favoured() {
        if (lowerFavours == null) {
            return null;
        }
        String side = lowerFavours.strip().toUpperCase(java.util.Locale.ROOT);
        if (!side.equals(org.appraise.core.synthesis.AnalysisEdits.EXPERIMENTAL) && !side.equals(org.appraise.core.synthesis.AnalysisEdits.CONTROL)) {
            throw new UsageException("--lower-favours takes experimental or control, not " + lowerFavours);
        }
        return side;
    }

    private void write(Path target, org.appraise.export.figures.Drawing drawing, org.appraise.export.figures.FigureFont font) throws java.io.IOException {
        org.appraise.export.figures.FigureFormat format = org.appraise.export.figures.FigureFormat.ofFileName(target.getFileName().toString())
                .orElseThrow(() -> new UsageException("a figure is an .svg, .png or .pdf file, not " + target.getFileName()));
        org.appraise.core.WholeFile.write(target, stream -> format.write(drawing, font, 600, stream));
        terminal.err().println("Wrote " + target + (format == org.appraise.export.figures.FigureFormat.PNG ? " at 600 dpi" : ""));
    }
}
