package org.appraise.synthesis.internal;

import java.util.Optional;
import java.util.OptionalDouble;

import org.appraise.synthesis.Interval;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Settings;

/**
 * Inverse-variance pooling as metafor's {@code rma.uni} (intercept only) with {@code predict} and {@code confint}:
 * fixed effect, or random effects with a tau^2 estimator, optionally Hartung-Knapp-Sidik-Jonkman ({@code test = "knha"},
 * t with k - 1 df, no truncation), I^2 and H^2 from tau^2 and the typical within-study variance, Cochran's Q with
 * fixed-effect weights (I^2 and H^2 from Q instead, RevMan 5's, when the settings say so), the Q-profile interval of tau^2 (and of I^2 and H^2 through it), the prediction interval.
 */
public final class InverseVariance {

    private InverseVariance() {
    }

    /** The pooled result and each study's weight (percent). */
    public record Result(Pooled pooled, double[] weights) {
    }

    public static Result pool(double[] y, double[] v, Settings settings) {
        int k = y.length;
        double q = TauSquared.generalisedQ(y, v, 0);
        int qDf = k - 1;
        boolean random = settings.method().random() && k > 1;
        double tau2 = random ? TauSquared.estimate(settings.method(), y, v) : 0;
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            sw += 1 / (v[i] + tau2);
            swy += y[i] / (v[i] + tau2);
        }
        double mu = swy / sw;
        double variance = 1 / sw;
        double df = 0;
        if (settings.knha() && k > 1) {
            double s2 = 0;
            for (int i = 0; i < k; i++) {
                s2 += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
            }
            variance *= s2 / (k - 1);
            df = k - 1;
        }
        double se = Math.sqrt(variance);
        double crit = Distributions.critical(settings.level(), df);
        double statistic = mu / se;
        double typical = typicalVariance(v);
        double i2;
        double h2;
        boolean fromTau2 = random && settings.i2() == org.appraise.synthesis.I2Rule.METAFOR;
        if (fromTau2) {
            i2 = 100 * tau2 / (typical + tau2);
            h2 = (typical + tau2) / typical;
        } else {
            i2 = k > 1 ? Math.max(0, 100 * (q - qDf) / q) : 0; // metafor: 0 and 1 for one study
            h2 = k > 1 ? q / qDf : 1;
        }
        Optional<Interval> tau2Interval = random ? Optional.of(QProfile.interval(y, v, settings.level())) : Optional.empty();
        Optional<Interval> i2Interval = tau2Interval.filter(t -> fromTau2).map(t -> new Interval(100 * t.lower() / (typical + t.lower()), 100 * t.upper() / (typical + t.upper())));
        Optional<Interval> h2Interval = tau2Interval.filter(t -> fromTau2).map(t -> new Interval((typical + t.lower()) / typical, (typical + t.upper()) / typical));
        Optional<Interval> prediction = random
                ? Optional.of(new Interval(mu - crit * Math.sqrt(variance + tau2), mu + crit * Math.sqrt(variance + tau2)))
                : Optional.empty();
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = 100 / (v[i] + tau2) / sw;
        }
        Pooled pooled = new Pooled(k, mu, se, mu - crit * se, mu + crit * se, statistic, df > 0 ? OptionalDouble.of(df) : OptionalDouble.empty(),
                Distributions.twoSided(statistic, df), tau2, tau2Interval, i2, i2Interval, h2, h2Interval, q, qDf,
                Distributions.chiSquaredAbove(q, qDf), prediction);
        return new Result(pooled, weights);
    }

    /** metafor's typical within-study variance: (k - 1) sum w / ((sum w)^2 - sum w^2), w = 1/v. */
    static double typicalVariance(double[] v) {
        double sw = 0;
        double sw2 = 0;
        for (double vi : v) {
            sw += 1 / vi;
            sw2 += 1 / (vi * vi);
        }
        return (v.length - 1) * sw / (sw * sw - sw2);
    }
}
