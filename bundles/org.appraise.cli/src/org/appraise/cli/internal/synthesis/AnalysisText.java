package org.appraise.cli.internal.synthesis;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.StudyEffect;

/** The text of {@code appraise meta}: one line per study (effect, interval, weight), the pooled result, heterogeneity. */
final class AnalysisText {

    private final PrintStream out;

    AnalysisText(PrintStream out) {
        this.out = out;
    }

    void print(MetaAnalysis analysis) {
        boolean ratio = analysis.settings().measure().ratio();
        DoubleUnaryOperator read = ratio ? Math::exp : x -> x;
        int level = (int) Math.round(analysis.settings().level() * 100);
        out.println(analysis.settings().measure().label() + ", " + analysis.settings().method().label() + (analysis.settings().knha()
                ? ", Hartung-Knapp-Sidik-Jonkman" : "") + ", " + level + "% intervals");
        int width = Math.max(5, analysis.studies().stream().mapToInt(s -> s.label().length()).max().orElse(5));
        for (StudyEffect s : analysis.studies()) {
            String effect = Double.isNaN(s.yi()) ? "not estimable (no events, or only events, in both arms)"
                    : String.format(Locale.ROOT, "%8.3f [%.3f, %.3f]%s", read.applyAsDouble(s.yi()), read.applyAsDouble(s.lower()),
                            read.applyAsDouble(s.upper()), s.corrected() ? " (1/2 added to its cells)" : "");
            out.printf(Locale.ROOT, "  %-" + width + "s  %6.1f%%  %s%n", s.label(), s.weight(), effect);
        }
        if (analysis.pooled().isEmpty()) {
            out.println("Not pooled: " + analysis.notPooled());
            return;
        }
        Pooled p = analysis.pooled().get();
        out.printf(Locale.ROOT, "  %-" + width + "s  %6.1f%%  %8.3f [%.3f, %.3f]%n", "Pooled (" + p.k() + ")", 100.0, read.applyAsDouble(p.estimate()),
                read.applyAsDouble(p.lower()), read.applyAsDouble(p.upper()));
        String test = p.df().isPresent() ? String.format(Locale.ROOT, "t = %.3f, df = %.0f", p.statistic(), p.df().getAsDouble())
                : String.format(Locale.ROOT, "z = %.3f", p.statistic());
        out.println("Test for overall effect: " + test + ", p " + pValue(p.p()));
        out.printf(Locale.ROOT, "Heterogeneity: tau^2 = %.4f%s; Q = %.2f, df = %d, p %s; I^2 = %.1f%%%s; H^2 = %.2f%n", p.tau2(),
                p.tau2Interval().map(i -> String.format(Locale.ROOT, " [%.4f, %.4f]", i.lower(), i.upper())).orElse(""), p.q(), p.qDf(), pValue(p.qP()),
                p.i2(), p.i2Interval().map(i -> String.format(Locale.ROOT, " [%.1f, %.1f]", i.lower(), i.upper())).orElse(""), p.h2());
        p.prediction().ifPresent(i -> out.printf(Locale.ROOT, "Prediction interval: [%.3f, %.3f]%n", read.applyAsDouble(i.lower()),
                read.applyAsDouble(i.upper())));
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : "= " + String.format(Locale.ROOT, "%.4f", p);
    }
}
