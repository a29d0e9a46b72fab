package org.appraise.synthesis.internal;

import org.apache.commons.numbers.gamma.LogGamma;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.StudyData;

/**
 * The effect of a continuous study as metafor's {@code escalc} gives it: the mean difference ("MD") or Hedges' g
 * ("SMD", with the exact small-sample correction from the gamma function), and their sampling variances.
 */
final class MeanDifferences {

    private MeanDifferences() {
    }

    /** The mean difference or Hedges' g of a continuous study. */
    static EffectSizes.Effect of(StudyData.Continuous s, EffectMeasure measure) {
        if (!EffectSizes.finite(s.m1i(), s.sd1i(), s.n1i(), s.m2i(), s.sd2i(), s.n2i())) {
            throw new IllegalArgumentException("a mean, SD or size is missing");
        }
        if (s.n1i() <= 0 || s.n2i() <= 0) {
            throw new IllegalArgumentException("a group has no participants");
        }
        if (s.sd1i() <= 0 || s.sd2i() <= 0) {
            throw new IllegalArgumentException("an SD of " + EffectSizes.number(Math.min(s.sd1i(), s.sd2i())) + " (an SD is above 0)");
        }
        if (measure == EffectMeasure.MD) {
            return new EffectSizes.Effect(s.m1i() - s.m2i(), s.sd1i() * s.sd1i() / s.n1i() + s.sd2i() * s.sd2i() / s.n2i(), false);
        }
        double m = s.n1i() + s.n2i() - 2;
        if (m < 2) {
            throw new IllegalArgumentException("too few participants for a standardised mean difference (" + EffectSizes.number(s.n1i() + s.n2i()) + ")");
        }
        double correction = Math.exp(LogGamma.value(m / 2) - 0.5 * Math.log(m / 2) - LogGamma.value((m - 1) / 2));
        double pooledSd = Math.sqrt(((s.n1i() - 1) * s.sd1i() * s.sd1i() + (s.n2i() - 1) * s.sd2i() * s.sd2i()) / m);
        double g = correction * (s.m1i() - s.m2i()) / pooledSd;
        return new EffectSizes.Effect(g, 1 / s.n1i() + 1 / s.n2i() + g * g / (2 * (s.n1i() + s.n2i())), false);
    }
}
