package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The horizontal axis of a forest plot: symmetric around the line of no effect (1 for ratios, on a log scale; 0 for
 * differences), wide enough for every interval up to a limit beyond which lines end in an arrow, with round ticks.
 */
final class ForestScale {

    private static final double[] RATIO_LIMITS = { 1.5, 2, 5, 10, 20, 50, 100, 1000 };
    private static final double[] STEPS = { 1, 2, 5 };

    private final boolean ratio;
    private final double half;
    private final double left;
    private final double width;

    /** @param extent the largest distance from no effect to show, on the pooling scale (log for ratios) */
    ForestScale(boolean ratio, double extent, double left, double width) {
        this.ratio = ratio;
        this.left = left;
        this.width = width;
        this.half = ratio ? ratioHalf(extent) : differenceHalf(extent);
    }

    private static double ratioHalf(double extent) {
        for (double limit : RATIO_LIMITS) {
            if (Math.log(limit) >= extent) {
                return Math.log(limit);
            }
        }
        return Math.log(RATIO_LIMITS[RATIO_LIMITS.length - 1]);
    }

    private static double differenceHalf(double extent) {
        double e = extent > 0 && Double.isFinite(extent) ? extent : 1;
        double power = Math.pow(10, Math.floor(Math.log10(e)));
        for (double step : STEPS) {
            if (step * power >= e) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** The x of a value on the pooling scale, clipped to the axis. */
    double x(double value) {
        double clipped = Math.max(-half, Math.min(half, value));
        return left + width / 2 + clipped / half * width / 2;
    }

    boolean beyondLeft(double value) {
        return value < -half;
    }

    boolean beyondRight(double value) {
        return value > half;
    }

    double centre() {
        return left + width / 2;
    }

    /**
     * The ticks, on the pooling scale: the two ends and no effect, and one round value between on each side (for ratios
     * the largest of 2, 5, 10, 50, 100 up to three quarters of the way on the log scale, as RevMan's 0.05 0.2 1 5 20).
     */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>(List.of(-half, 0.0, half));
        double between = ratio ? 0 : half / 2;
        if (ratio) {
            for (double t : new double[] { 2, 5, 10, 50, 100 }) {
                if (Math.log(t) <= 0.75 * half + 1e-12 && Math.log(t) < half - 1e-12) {
                    between = Math.log(t);
                }
            }
        }
        if (between > 0) {
            ticks.add(1, -between);
            ticks.add(3, between);
        }
        return ticks;
    }

    String label(double value) {
        double shown = ratio ? Math.exp(value) : value;
        if (Math.abs(shown - Math.rint(shown)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", Math.round(shown));
        }
        String text = String.format(Locale.ROOT, "%.3f", shown).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
