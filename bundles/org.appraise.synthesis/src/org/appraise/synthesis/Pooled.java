package org.appraise.synthesis;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The pooled result of an analysis, on the pooling scale (log for ratios), as metafor prints it: the estimate, its
 * standard error and confidence interval, the test (z, or t with {@code df} degrees of freedom after Hartung-Knapp),
 * the heterogeneity (tau^2 with its Q-profile interval, I^2 and H^2 with theirs, Cochran's Q with its degrees of
 * freedom and p), and the prediction interval of a random-effects model. A figure that cannot be computed (I^2 of one
 * study) is NaN; an interval that does not apply (tau^2 of a fixed-effect model) is empty.
 */
public record Pooled(int k, double estimate, double se, double lower, double upper, double statistic, OptionalDouble df, double p,
        double tau2, Optional<Interval> tau2Interval, double i2, Optional<Interval> i2Interval, double h2, Optional<Interval> h2Interval,
        double q, int qDf, double qP, Optional<Interval> prediction) {
}
