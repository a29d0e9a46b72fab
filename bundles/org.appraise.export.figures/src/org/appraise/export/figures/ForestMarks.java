package org.appraise.export.figures;

import org.appraise.synthesis.StudyEffect;

/** The marks of a forest plot's effects on its scale: the studies' squares, the intervals (arrowed where they leave the scale) and the axis. */
final class ForestMarks {

    private ForestMarks() {
    }

    /** A study's square (its side by the square root of its weight) on its confidence interval. */
    static void square(Drawing.Builder marks, ForestScale scale, StudyEffect s, double maxWeight, double y) {
        if (Double.isNaN(s.yi())) {
            return;
        }
        interval(marks, scale, s.lower(), s.upper(), y - ForestPlot.TEXT / 3);
        double side = Math.max(3, ForestPlot.SQUARE * Math.sqrt(s.weight() / Math.max(maxWeight, 1e-12)));
        if (!scale.beyondLeft(s.yi()) && !scale.beyondRight(s.yi())) {
            marks.add(new Drawing.Box(scale.x(s.yi()) - side / 2, y - ForestPlot.TEXT / 3 - side / 2, side, side, ForestPlot.SQUARE_FILL, ForestPlot.SQUARE_FILL));
        }
    }

    /** The scale's axis with its ticks and their labels, and the favours labels under it; returns the y below them. */
    static double axis(Drawing.Builder marks, ForestScale scale, String favoursLeft, String favoursRight, double y) {
        double left = scale.x(Double.NEGATIVE_INFINITY);
        double right = scale.x(Double.POSITIVE_INFINITY);
        marks.add(new Drawing.Rule(left, y, right, y, ForestPlot.INK, 0.6));
        for (double tick : scale.ticks()) {
            double x = scale.x(tick);
            marks.add(new Drawing.Rule(x, y, x, y + 3, ForestPlot.INK, 0.6));
            marks.add(new Drawing.Label(x, y + 4 + ForestPlot.TEXT, scale.label(tick), ForestPlot.TEXT, false, "middle", ForestPlot.INK));
        }
        y += 4 + ForestPlot.TEXT + ForestPlot.ROW;
        marks.add(new Drawing.Label(scale.centre() - 6, y, favoursLeft, ForestPlot.TEXT, false, "end", ForestPlot.INK));
        marks.add(new Drawing.Label(scale.centre() + 6, y, favoursRight, ForestPlot.TEXT, false, "start", ForestPlot.INK));
        return y;
    }

    /** An interval as a line, with an arrow at an end beyond the scale. */
    static void interval(Drawing.Builder marks, ForestScale scale, double lower, double upper, double y) {
        marks.add(new Drawing.Rule(scale.x(lower), y, scale.x(upper), y, ForestPlot.INK, 0.8));
        if (scale.beyondLeft(lower)) {
            arrow(marks, scale.x(lower), y, 1);
        }
        if (scale.beyondRight(upper)) {
            arrow(marks, scale.x(upper), y, -1);
        }
    }

    private static void arrow(Drawing.Builder marks, double x, double y, double direction) {
        marks.add(new Drawing.Rule(x, y, x + 4 * direction, y - 2.5, ForestPlot.INK, 0.8));
        marks.add(new Drawing.Rule(x, y, x + 4 * direction, y + 2.5, ForestPlot.INK, 0.8));
    }
}
