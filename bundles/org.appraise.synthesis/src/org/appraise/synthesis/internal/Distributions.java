package org.appraise.synthesis.internal;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** The critical values and p-values of the tests, from Apache Commons Statistics. */
public final class Distributions {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Distributions() {
    }

    /** The two-sided critical value at this level: normal, or t with df degrees of freedom when df is above 0. */
    public static double critical(double level, double df) {
        double upper = 1 - (1 - level) / 2;
        return df > 0 ? TDistribution.of(df).inverseCumulativeProbability(upper) : NORMAL.inverseCumulativeProbability(upper);
    }

    /** The two-sided p-value of a z (df 0) or t statistic. */
    static double twoSided(double statistic, double df) {
        double tail = df > 0 ? TDistribution.of(df).survivalProbability(Math.abs(statistic)) : NORMAL.survivalProbability(Math.abs(statistic));
        return Math.min(1, 2 * tail);
    }

    /** P(X >= q) for a chi-squared variable with df degrees of freedom (1 when df is 0). */
    static double chiSquaredAbove(double q, int df) {
        return df > 0 ? ChiSquaredDistribution.of(df).survivalProbability(q) : 1;
    }

    /** The quantile of a chi-squared variable with df degrees of freedom. */
    static double chiSquaredQuantile(double p, int df) {
        return ChiSquaredDistribution.of(df).inverseCumulativeProbability(p);
    }
}
