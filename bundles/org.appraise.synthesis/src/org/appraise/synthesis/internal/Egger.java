package org.appraise.synthesis.internal;

import org.appraise.synthesis.Sensitivity;

/**
 * Egger's regression test as metafor's {@code regtest(model = "lm", predictor = "sei")}: a weighted least-squares
 * regression of the effects on their standard errors with weights 1/v and a free residual variance; the slope's t
 * with k - 2 df, and the intercept as the limit estimate (the effect of a study of infinite size) with its interval.
 */
public final class Egger {

    private Egger() {
    }

    public static java.util.Optional<Sensitivity.EggerTest> test(double[] y, double[] v, double level) {
        int k = y.length;
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / v[i];
            double x = Math.sqrt(v[i]);
            s0 += w;
            s1 += w * x;
            s2 += w * x * x;
            t0 += w * y[i];
            t1 += w * x * y[i];
        }
        double det = s0 * s2 - s1 * s1;
        double intercept = (s2 * t0 - s1 * t1) / det;
        double slope = (s0 * t1 - s1 * t0) / det;
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double r = y[i] - intercept - slope * Math.sqrt(v[i]);
            rss += r * r / v[i];
        }
        if (rss <= 1e-24 * Math.max(1, t0 * t0 / s0)) {
            return java.util.Optional.empty(); // a perfect fit: no residual variance, no test
        }
        int df = k - 2;
        double sigma2 = rss / df;
        double seSlope = Math.sqrt(sigma2 * s0 / det);
        double seIntercept = Math.sqrt(sigma2 * s2 / det);
        double t = slope / seSlope;
        double crit = Distributions.critical(level, df);
        return java.util.Optional.of(new Sensitivity.EggerTest(k, slope, t, df, Distributions.twoSided(t, df), intercept,
                intercept - crit * seIntercept, intercept + crit * seIntercept));
    }
}
