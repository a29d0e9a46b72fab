package org.appraise.synthesis.internal;

import org.appraise.synthesis.Interval;

/**
 * The Q-profile confidence interval of tau^2 (metafor's {@code confint} for {@code rma.uni}): the values of tau^2 at
 * which the generalised Q statistic equals the chi-squared quantiles with k - 1 degrees of freedom; a bound below 0 is 0.
 */
final class QProfile {

    private QProfile() {
    }

    static Interval interval(double[] y, double[] v, double level) {
        int df = y.length - 1;
        double atZero = TauSquared.generalisedQ(y, v, 0);
        double forLower = Distributions.chiSquaredQuantile(1 - (1 - level) / 2, df);
        double forUpper = Distributions.chiSquaredQuantile((1 - level) / 2, df);
        double lower = atZero <= forLower ? 0 : TauSquared.root(y, v, forLower);
        double upper = atZero <= forUpper ? 0 : TauSquared.root(y, v, forUpper);
        return new Interval(lower, upper);
    }
}
