package org.appraise.synthesis.internal;

import java.util.Optional;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.StudyData;

/**
 * Per-study effect sizes and sampling variances as metafor's {@code escalc} computes them (its default variance
 * types), and the checks that refuse impossible data with a reason instead of a number.
 */
public final class EffectSizes {

    private EffectSizes() {
    }

    /** An effect on the pooling scale and its variance; {@code corrected} when 1/2 was added to zero cells. */
    public record Effect(double yi, double vi, boolean corrected) {
    }

    /** The 2x2 table of a dichotomous study, or the reason it cannot be one. */
    public static Table table(StudyData.Dichotomous s) {
        String problem = null;
        if (!finite(s.ai(), s.n1i(), s.ci(), s.n2i())) {
            problem = "a count is missing";
        } else if (s.n1i() <= 0 || s.n2i() <= 0) {
            problem = "a group has no participants (total " + number(s.n1i() <= 0 ? s.n1i() : s.n2i()) + ")";
        } else if (s.ai() < 0 || s.ci() < 0) {
            problem = "a negative number of events";
        } else if (s.ai() > s.n1i() || s.ci() > s.n2i()) {
            problem = "more events than participants (" + number(s.ai() > s.n1i() ? s.ai() : s.ci()) + " of "
                    + number(s.ai() > s.n1i() ? s.n1i() : s.n2i()) + ")";
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Table(s.label(), s.ai(), s.n1i() - s.ai(), s.ci(), s.n2i() - s.ci(), false);
    }

    /** The effect of a 2x2 table (already corrected as the rule says), or empty when it has none. */
    public static Optional<Effect> of(Table t, EffectMeasure measure) {
        double a = t.a();
        double b = t.b();
        double c = t.c();
        double d = t.d();
        double n1 = t.n1();
        double n2 = t.n2();
        Effect effect = switch (measure) {
        case OR -> new Effect(Math.log(a * d / (b * c)), 1 / a + 1 / b + 1 / c + 1 / d, t.corrected());
        case RR -> new Effect(Math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2, t.corrected());
        case RD -> new Effect(a / n1 - c / n2, a * b / (n1 * n1 * n1) + c * d / (n2 * n2 * n2), t.corrected());
        default -> throw new IllegalArgumentException(measure + " is not a measure of 2x2 tables");
        };
        return finite(effect.yi(), effect.vi()) && effect.vi() > 0 ? Optional.of(effect) : Optional.empty();
    }

    /** An estimate given with its standard error. */
    public static Effect of(StudyData.Generic s) {
        if (!finite(s.yi(), s.sei())) {
            throw new IllegalArgumentException("the estimate or its standard error is missing");
        }
        if (s.sei() <= 0) {
            throw new IllegalArgumentException("a standard error of " + number(s.sei()) + " (it is above 0)");
        }
        return new Effect(s.yi(), s.sei() * s.sei(), false);
    }

    static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
