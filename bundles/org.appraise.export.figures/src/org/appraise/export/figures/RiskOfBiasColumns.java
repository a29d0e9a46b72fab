package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.synthesis.review.AnalysisRiskOfBias;

/**
 * The risk-of-bias columns on the right of a forest plot, as robvis adds them to metafor's: a column per domain of the
 * tool and one for the overall judgement, each study's judgement a disc in the palette's colour with robvis' symbol; a
 * study the tool did not judge (for this result) has empty rings, never another result's judgement. The legend names
 * the tool, each domain and each level.
 */
public final class RiskOfBiasColumns {

    private static final double TEXT = 8.5;
    private static final double RADIUS = 4.6;
    private static final double SLACK = 1.08;
    private static final String INK = "#000000";
    private static final String GRID = "#BBBBBB";

    private final AnalysisRiskOfBias riskOfBias;
    private final Palette palette;

    private RiskOfBiasColumns(AnalysisRiskOfBias riskOfBias, Palette palette) {
        this.riskOfBias = riskOfBias;
        this.palette = palette;
    }

    public static RiskOfBiasColumns of(AnalysisRiskOfBias riskOfBias, Palette palette) {
        return new RiskOfBiasColumns(riskOfBias, palette);
    }

    private List<String> captions() {
        List<String> captions = new ArrayList<>(riskOfBias.tool().captions());
        captions.add("Overall");
        return captions;
    }

    /** Each column's left edge from {@code left}, and the right edge last: as wide as its caption or its disc. */
    private double[] edges(FigureFont font, double left) {
        List<String> captions = captions();
        double[] edges = new double[captions.size() + 1];
        edges[0] = left;
        for (int c = 0; c < captions.size(); c++) {
            edges[c + 1] = edges[c] + Math.max(2 * RADIUS + 6, font.width(captions.get(c), TEXT, true) * SLACK + 6);
        }
        return edges;
    }

    /** The heading over the columns and their captions; returns the right edge of the columns. */
    double heading(Drawing.Builder marks, FigureFont font, double left, double groupY, double headerY) {
        double[] edges = edges(font, left);
        List<String> captions = captions();
        double right = edges[captions.size()];
        marks.add(new Drawing.Label((left + right) / 2, groupY, "Risk of bias", TEXT, true, "middle", INK));
        marks.add(new Drawing.Rule(left, groupY + 3, right, groupY + 3, INK, 0.5));
        for (int c = 0; c < captions.size(); c++) {
            marks.add(new Drawing.Label((edges[c] + edges[c + 1]) / 2, headerY, captions.get(c), TEXT, true, "middle", INK));
        }
        return right;
    }

    /** A study's discs, centred on cy. */
    void row(Drawing.Builder marks, FigureFont font, String study, double left, double cy) {
        double[] edges = edges(font, left);
        List<String> captions = captions();
        for (int c = 0; c < captions.size(); c++) {
            Optional<JudgementLevel> level = c == captions.size() - 1 ? riskOfBias.overall(study) : riskOfBias.judgement(study, captions.get(c));
            double cx = (edges[c] + edges[c + 1]) / 2;
            if (level.isEmpty()) {
                marks.add(new Drawing.Disc(cx, cy, RADIUS, null, GRID));
                continue;
            }
            String tone = level.get().tone();
            marks.add(new Drawing.Disc(cx, cy, RADIUS, palette.colour(tone), "#555555"));
            String symbol = level.get().symbol().equals("-") ? "\u2212" : level.get().symbol();
            marks.add(new Drawing.Label(cx, cy + 2.3, symbol, 6.5, true, "middle", palette.ink(tone)));
        }
    }

    /** The lines under the plot: the tool, its domains, its levels with their symbols. */
    List<String> legend() {
        List<String> lines = new ArrayList<>();
        lines.add("Risk of bias: " + riskOfBias.tool().title() + (riskOfBias.tool().assesses().equals("result") ? ", judged for this result" : "")
                + "; an empty ring: not assessed.");
        lines.addAll(TrafficLightPlot.domainLegend(riskOfBias.tool()));
        lines.add(String.join("  ", riskOfBias.tool().levels().stream().map(l -> "(" + (l.symbol().equals("-") ? "\u2212" : l.symbol()) + ") " + l.label())
                .toList()));
        return lines;
    }
}
