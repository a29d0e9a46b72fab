package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * A forest plot in RevMan's layout: per study its label, each arm's data, its weight and its effect with the interval
 * in numbers, and a square sized by weight with its interval line (an arrow where it runs off the axis); the pooled
 * diamond with the totals, the prediction interval, the heterogeneity (tau², Q or chi², df, p, I²) and the test for
 * the overall effect (under the axis, with the studies left out); an axis on a log scale for ratios, with the line of no effect and "Favours ..." on each side.
 * With subgroups, each has its heading, its studies, its subtotal diamond with its heterogeneity and test, and the test
 * for subgroup differences is written under the plot; with a risk-of-bias tool, each study's judgements per domain and
 * overall are discs with robvis' symbols on the right, the domains and the tool named under the plot.
 * Columns are as wide as their widest text, so nothing is cut off or overlaps.
 */
public final class ForestPlot {

    /**
     * The words of the plot: the two groups' names, what each side of the line of no effect favours, the measure's
     * name when it says more than the measure (a generic ratio that is a hazard ratio; null for the measure's own), and
     * the studies left out before pooling with the reason (written under the plot).
     */
    public record Labels(String experimental, String control, String favoursLeft, String favoursRight, String measureName, List<String> leftOut) {

        public Labels(String experimental, String control, String favoursLeft, String favoursRight) {
            this(experimental, control, favoursLeft, favoursRight, null, List.of());
        }

        /**
         * RevMan's words for two groups, on the side the analysis says: an effect below the line of no effect favours
         * EXPERIMENTAL ("Favours [experimental]" on the left) or CONTROL ("Favours [control]" on the left, as for a
         * response); when that is not stated (null), no side is said to favour anything: "Lower with [experimental]" and
         * "Higher with [experimental]", true of every measure.
         */
        public static Labels of(String experimental, String control, String lowerFavours) {
            String e = "[" + experimental.toLowerCase(java.util.Locale.ROOT) + "]";
            String c = "[" + control.toLowerCase(java.util.Locale.ROOT) + "]";
            if ("EXPERIMENTAL".equals(lowerFavours)) {
                return new Labels(experimental, control, "Favours " + e, "Favours " + c);
            }
            if ("CONTROL".equals(lowerFavours)) {
                return new Labels(experimental, control, "Favours " + c, "Favours " + e);
            }
            return new Labels(experimental, control, "Lower with " + e, "Higher with " + e);
        }

        /**
         * The words of a saved analysis' plot: its groups' names (else "Experimental" and "Control"), its side of the
         * line of no effect, "Hazard ratio" for its ratios, and the studies left out with the reasons.
         */
        public static Labels of(org.appraise.model.Analysis saved, org.appraise.synthesis.review.SavedAnalysis.Run run) {
            List<String> leftOut = new java.util.ArrayList<>();
            run.read().leftOut().forEach((study, why) -> leftOut.add(study + " left out: " + why));
            run.leftOutByReviewers().forEach((study, why) -> leftOut.add(study + " left out by the reviewers: " + why));
            return of(named(saved.getExperimentalName(), "Experimental"), named(saved.getControlName(), "Control"), saved.getLowerFavours())
                    .with(run.settings().measure() == org.appraise.synthesis.EffectMeasure.GIV_RATIO ? "Hazard ratio" : null, leftOut);
        }

        private static String named(String given, String otherwise) {
            return given == null || given.isBlank() ? otherwise : given;
        }

        public Labels {
            leftOut = List.copyOf(leftOut);
        }

        public Labels with(String name, List<String> left) {
            return new Labels(experimental, control, favoursLeft, favoursRight, name, left);
        }
    }

    private static final double MARGIN = 14;
    static final double TEXT = 8.5;
    static final double ROW = 14;
    private static final double GAP = 10;
    private static final double PLOT = 190;
    static final double SQUARE = 10;
    private static final double SLACK = 1.08;
    static final String INK = "#000000";
    static final String SQUARE_FILL = "#1F4E9A";

    private final FigureFont font;

    public ForestPlot(FigureFont font) {
        this.font = font;
    }

    /** The studies of each subgroup (by label, in the order drawn) and the subgroups' analyses with the test for their differences. */
    public record Subgroups(Map<String, List<String>> members, Sensitivity.Subgroups result) {
    }

    public Drawing draw(MetaAnalysis analysis, Labels labels) {
        return draw(analysis, labels, Optional.empty(), Optional.empty());
    }

    /**
     * A saved analysis' forest plot: its subgroups with their diamonds when it has some, and the risk-of-bias columns of
     * the tool that judged its studies (in the palette's colours) when there is one.
     */
    public Drawing draw(SavedAnalysis.Run run, Labels labels, Palette palette) {
        Optional<Subgroups> subgroups = run.subgroups().map(g -> new Subgroups(labelsOf(g.studies()), g.result()));
        return draw(run.analysis(), labels, subgroups, run.riskOfBias().riskOfBias().map(r -> RiskOfBiasColumns.of(r, palette)));
    }

    public Drawing draw(MetaAnalysis analysis, Labels labels, Optional<Subgroups> subgroups, Optional<RiskOfBiasColumns> riskOfBias) {
        ForestTable table = ForestTable.of(analysis, labels, subgroups);
        List<ForestTable.Line> rows = table.lines().stream().filter(l -> l.kind() != ForestTable.Kind.HEADING && l.kind() != ForestTable.Kind.NOTE).toList();
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            double w = width(table.headers().get(c), true);
            for (ForestTable.Line row : rows) {
                w = Math.max(w, width(row.cells().get(c), c == 0 && row.kind() != ForestTable.Kind.STUDY));
            }
            widths.add(w);
        }
        double x = MARGIN;
        List<Double> starts = new ArrayList<>();
        for (double w : widths) {
            starts.add(x);
            x += w + GAP;
        }
        double notesWidth = table.lines().stream().filter(l -> l.kind() == ForestTable.Kind.NOTE).mapToDouble(l -> width(l.cells().get(0), false))
                .max().orElse(0);
        double plotLeft = Math.max(x + 4, MARGIN + notesWidth + GAP); // a subgroup's heterogeneity line ends before the plot
        // the plot is as wide as its titles ("IV, random effects (Paule-Mandel), HKSJ, 95% CI"), at least PLOT
        double plot = Math.max(PLOT, Math.max(width(table.methodTitle(), true), width(table.measureTitle(), true)) + GAP);
        double right = plotLeft + plot;
        Drawing.Builder marks = new Drawing.Builder();
        double y = MARGIN + TEXT;
        for (ForestTable.Group group : table.groups()) {
            double from = starts.get(group.first());
            double to = starts.get(group.last()) + widths.get(group.last());
            marks.add(new Drawing.Label((from + to) / 2, y, group.name(), TEXT, true, "middle", INK));
            marks.add(new Drawing.Rule(from, y + 3, to, y + 3, INK, 0.5));
        }
        marks.add(new Drawing.Label(plotLeft + plot / 2, y, table.measureTitle(), TEXT, true, "middle", INK));
        double robLeft = right + 2 * GAP;
        double robRight = riskOfBias.map(r -> r.heading(marks, font, robLeft, MARGIN + TEXT, MARGIN + TEXT + ROW)).orElse(right);
        y += ROW;
        for (int c = 0; c < table.headers().size(); c++) {
            cell(marks, table.headers().get(c), c, starts, widths, y, true);
        }
        marks.add(new Drawing.Label(plotLeft + plot / 2, y, table.methodTitle(), TEXT, true, "middle", INK));
        marks.add(new Drawing.Rule(MARGIN, y + 4, robRight, y + 4, INK, 0.6));
        double top = y + 4;
        ForestScale scale = new ForestScale(analysis.settings().measure().ratio(), extent(analysis), plotLeft, plot);
        double maxWeight = analysis.studies().stream().mapToDouble(StudyEffect::weight).max().orElse(1);
        List<Drawing.Mark> fixed = new ArrayList<>();
        ForestTable.Kind previous = null;
        for (ForestTable.Line line : table.lines()) {
            switch (line.kind()) {
            case HEADING -> {
                y += previous == null ? ROW : ROW * 1.5;
                marks.add(new Drawing.Label(MARGIN, y, line.cells().get(0), TEXT, true, "start", INK));
            }
            case NOTE -> {
                y += TEXT + 4;
                marks.add(new Drawing.Label(MARGIN, y, line.cells().get(0), TEXT, false, "start", INK));
            }
            case STUDY -> {
                y += ROW;
                for (int c = 0; c < line.cells().size(); c++) {
                    cell(marks, line.cells().get(c), c, starts, widths, y, false);
                }
                ForestMarks.square(marks, scale, line.study().orElseThrow(), maxWeight, y);
                double rowY = y;
                riskOfBias.ifPresent(r -> r.row(marks, font, line.study().get().label(), robLeft, rowY - TEXT / 3));
            }
            case SUBTOTAL, TOTAL -> {
                y += line.kind() == ForestTable.Kind.TOTAL ? ROW * 1.5 : ROW;
                for (int c = 0; c < line.cells().size(); c++) {
                    cell(marks, line.cells().get(c), c, starts, widths, y, true);
                }
                double pooledY = y - TEXT / 3;
                line.pooled().ifPresent(p -> fixed.add(new Drawing.Diamond(scale.x(p.lower()), scale.x(p.estimate()), scale.x(p.upper()), pooledY,
                        4.5, INK, INK)));
            }
            default -> throw new IllegalStateException(line.kind().name());
            }
            previous = line.kind();
        }
        List<String> notes = new ArrayList<>(table.notes());
        riskOfBias.ifPresent(r -> notes.addAll(r.legend()));
        y = footer(marks, analysis, table, scale, y);
        double bottom = y;
        marks.add(new Drawing.Rule(scale.centre(), top, scale.centre(), bottom, INK, 0.5));
        y = ForestMarks.axis(marks, scale, labels.favoursLeft(), labels.favoursRight(), bottom) + 6;
        fixed.forEach(marks::add);
        for (String note : notes) { // under the axis: a note of any length crosses no line of the plot
            y += TEXT + 4;
            marks.add(new Drawing.Label(MARGIN, y, note, TEXT, false, "start", INK));
        }
        double width = Math.max(robRight, MARGIN + notes.stream().mapToDouble(n -> width(n, false)).max().orElse(0)) + MARGIN;
        return marks.build(width, y + MARGIN, "Forest plot: " + analysis.settings().measure().label() + ", "
                + analysis.settings().method().label());
    }

    private static Map<String, List<String>> labelsOf(Map<String, List<StudyData>> groups) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        groups.forEach((name, studies) -> labels.put(name, studies.stream().map(StudyData::label).toList()));
        return labels;
    }

    /** The prediction interval: returns the y below it. */
    private double footer(Drawing.Builder marks, MetaAnalysis analysis, ForestTable table, ForestScale scale, double y) {
        if (analysis.pooled().isPresent() && analysis.pooled().get().prediction().isPresent()) {
            Pooled p = analysis.pooled().get();
            y += ROW;
            marks.add(new Drawing.Label(MARGIN, y, "Prediction interval", TEXT, false, "start", INK));
            marks.add(new Drawing.Label(scale.x(Double.NEGATIVE_INFINITY) - GAP - 4, y, table.predictionText(), TEXT, false, "end", INK));
            ForestMarks.interval(marks, scale, p.prediction().get().lower(), p.prediction().get().upper(), y - TEXT / 3);
            marks.add(new Drawing.Rule(scale.x(p.prediction().get().lower()), y - TEXT / 3 - 3, scale.x(p.prediction().get().lower()), y - TEXT / 3 + 3, INK, 0.8));
            marks.add(new Drawing.Rule(scale.x(p.prediction().get().upper()), y - TEXT / 3 - 3, scale.x(p.prediction().get().upper()), y - TEXT / 3 + 3, INK, 0.8));
        }
        return y + 6;
    }

    private void cell(Drawing.Builder marks, String text, int column, List<Double> starts, List<Double> widths, double y, boolean bold) {
        if (column == 0) {
            marks.add(new Drawing.Label(starts.get(0), y, text, TEXT, bold, "start", INK));
        } else {
            marks.add(new Drawing.Label(starts.get(column) + widths.get(column), y, text, TEXT, bold, "end", INK));
        }
    }

    /** The largest distance from no effect of any interval, pooled included. */
    private static double extent(MetaAnalysis analysis) {
        double extent = 0;
        for (StudyEffect s : analysis.studies()) {
            if (Double.isFinite(s.lower()) && Double.isFinite(s.upper())) {
                extent = Math.max(extent, Math.max(Math.abs(s.lower()), Math.abs(s.upper())));
            }
        }
        if (analysis.pooled().isPresent()) {
            Pooled p = analysis.pooled().get();
            extent = Math.max(extent, Math.max(Math.abs(p.lower()), Math.abs(p.upper())));
        }
        return extent;
    }

    private double width(String text, boolean bold) {
        return font.width(text, TEXT, bold) * SLACK;
    }

}
