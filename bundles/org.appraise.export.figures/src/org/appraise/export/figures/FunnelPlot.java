package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.StudyEffect;

/**
 * A funnel plot: each study's effect (log scale for ratios) against its standard error, 0 at the top; the pooled
 * estimate as a vertical line and the pseudo 95% limits around it; Egger's test in the caption when there are at least
 * 10 studies (below that it is not shown, and the caption says why).
 */
public final class FunnelPlot {

    private static final double MARGIN = 14;
    private static final double TEXT = 8.5;
    private static final double WIDTH = 300;
    private static final double HEIGHT = 220;
    private static final double LEFT = 48;
    private static final String INK = "#000000";
    private static final double[] NICE = { 1, 2, 5 };

    private final FigureFont font;

    public FunnelPlot(FigureFont font) {
        this.font = font;
    }

    public Drawing draw(MetaAnalysis analysis) {
        boolean ratio = analysis.settings().measure().ratio();
        List<StudyEffect> studies = analysis.studies().stream().filter(s -> !Double.isNaN(s.yi())).toList();
        double mu = analysis.pooled().map(Pooled::estimate).orElse(0.0);
        double z = 1.959963984540054;
        double seMax = studies.stream().mapToDouble(StudyEffect::se).max().orElse(1) * 1.05;
        double lo = Math.min(mu - z * seMax, studies.stream().mapToDouble(StudyEffect::yi).min().orElse(mu));
        double hi = Math.max(mu + z * seMax, studies.stream().mapToDouble(StudyEffect::yi).max().orElse(mu));
        double pad = (hi - lo) * 0.04;
        double xMin = lo - pad;
        double xMax = hi + pad;
        double left = MARGIN + LEFT;
        double top = MARGIN + TEXT + 8;
        Drawing.Builder marks = new Drawing.Builder();
        marks.add(new Drawing.Label(left + WIDTH / 2, MARGIN + TEXT, "Funnel plot: " + analysis.settings().measure().label(), TEXT + 1, true, "middle", INK));
        java.util.function.DoubleUnaryOperator x = v -> left + (v - xMin) / (xMax - xMin) * WIDTH;
        java.util.function.DoubleUnaryOperator y = se -> top + se / seMax * HEIGHT;
        marks.add(new Drawing.Box(left, top, WIDTH, HEIGHT, null, INK));
        if (analysis.pooled().isPresent()) {
            marks.add(new Drawing.Rule(x.applyAsDouble(mu), top, x.applyAsDouble(mu), top + HEIGHT, INK, 0.6));
            marks.add(new Drawing.Rule(x.applyAsDouble(mu), top, x.applyAsDouble(mu - z * seMax), y.applyAsDouble(seMax), "#666666", 0.6));
            marks.add(new Drawing.Rule(x.applyAsDouble(mu), top, x.applyAsDouble(mu + z * seMax), y.applyAsDouble(seMax), "#666666", 0.6));
        }
        for (StudyEffect s : studies) {
            marks.add(new Drawing.Disc(x.applyAsDouble(s.yi()), y.applyAsDouble(s.se()), 2.6, "#1F4E9A", "#1F4E9A"));
        }
        for (double se : ticks(0, seMax)) {
            double at = y.applyAsDouble(se);
            marks.add(new Drawing.Rule(left - 3, at, left, at, INK, 0.6));
            marks.add(new Drawing.Label(left - 5, at + TEXT / 3, format(se), TEXT, false, "end", INK));
        }
        marks.add(new Drawing.Label(MARGIN + 6, top - 6, "SE", TEXT, false, "start", INK));
        for (double tick : ratio ? ratioTicks(xMin, xMax) : ticks(xMin, xMax)) {
            double at = x.applyAsDouble(tick);
            marks.add(new Drawing.Rule(at, top + HEIGHT, at, top + HEIGHT + 3, INK, 0.6));
            marks.add(new Drawing.Label(at, top + HEIGHT + 4 + TEXT, format(ratio ? Math.exp(tick) : tick), TEXT, false, "middle", INK));
        }
        double bottom = top + HEIGHT + 4 + TEXT + 14;
        marks.add(new Drawing.Label(left + WIDTH / 2, bottom, analysis.settings().measure().label() + (ratio ? " (log scale)" : ""), TEXT, false,
                "middle", INK));
        for (String sentence : List.of("Grey lines: pseudo 95% limits around the pooled estimate (black line).", egger(analysis, studies.size()))) {
            for (String line : font.wrap(sentence, TEXT, false, WIDTH + LEFT)) {
                bottom += TEXT + 4;
                marks.add(new Drawing.Label(MARGIN, bottom, line, TEXT, false, "start", "#333333"));
            }
        }
        return marks.build(left + WIDTH + MARGIN, bottom + MARGIN, "Funnel plot: " + analysis.settings().measure().label());
    }

    private static String egger(MetaAnalysis analysis, int k) {
        if (k < 10) {
            return "Egger's test not shown: " + k + " studies (it needs at least 10).";
        }
        Optional<Sensitivity.EggerTest> egger = Sensitivity.egger(analysis);
        return egger.map(e -> String.format(Locale.ROOT, "Egger's test: t = %.2f, df = %d, p = %s.", e.t(), e.df(),
                e.p() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", e.p()))).orElse("Egger's test: no residual variance, no test.");
    }

    /** Round ticks between two values: 4 to 8 of them at 1, 2 or 5 times a power of ten. */
    static List<Double> ticks(double from, double to) {
        double span = to - from;
        double step = 1;
        for (double power = Math.pow(10, Math.floor(Math.log10(span)) - 1);; power *= 10) {
            boolean found = false;
            for (double n : NICE) {
                if (span / (n * power) <= 8) {
                    step = n * power;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(from / step) * step; t <= to + 1e-12; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Ratios at 1, 2 and 5 times powers of ten within the range (on the log scale). */
    private static List<Double> ratioTicks(double from, double to) {
        List<Double> ticks = new ArrayList<>();
        for (int power = -4; power <= 4; power++) {
            for (double n : NICE) {
                double v = Math.log(n * Math.pow(10, power));
                if (v >= from && v <= to) {
                    ticks.add(v);
                }
            }
        }
        if (ticks.size() > 8) {
            ticks.removeIf(t -> Math.abs(Math.log10(Math.exp(t)) - Math.rint(Math.log10(Math.exp(t)))) > 1e-9);
        }
        return ticks;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
