package org.appraise.synthesis.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.Pooled;

/**
 * The Mantel-Haenszel estimate as metafor's {@code rma.mh}: odds ratio with the Robins-Breslow-Greenland variance, risk
 * ratio with Greenland-Robins's, risk difference with Sato-Greenland-Robins's, from the tables given (raw counts under
 * metafor's rule); Cochran's Q from the studies' own estimates, weighted by their inverse variances.
 */
public final class MantelHaenszel {

    private MantelHaenszel() {
    }

    /** The pooled result and each table's weight (percent), or empty when the tables give no estimate. */
    public record Result(Pooled pooled, double[] weights) {
    }

    /**
     * @param tables the tables pooled
     * @param y the studies' own estimates (those that have one), for Q
     * @param v their variances
     */
    public static Optional<Result> pool(List<Table> tables, EffectMeasure measure, double[] y, double[] v, double level) {
        int k = tables.size();
        double[] w = new double[k];
        double estimate;
        double variance;
        switch (measure) {
        case OR -> {
            double r = 0, s = 0, pr = 0, psqr = 0, qs = 0;
            for (int i = 0; i < k; i++) {
                Table t = tables.get(i);
                double n = t.n();
                double ri = t.a() * t.d() / n;
                double si = t.b() * t.c() / n;
                double p = (t.a() + t.d()) / n;
                double q = (t.b() + t.c()) / n;
                r += ri;
                s += si;
                pr += p * ri;
                psqr += p * si + q * ri;
                qs += q * si;
                w[i] = si;
            }
            if (r == 0 || s == 0) {
                return Optional.empty();
            }
            estimate = Math.log(r / s);
            variance = 0.5 * (pr / (r * r) + psqr / (r * s) + qs / (s * s));
        }
        case RR -> {
            double r = 0, s = 0, num = 0;
            for (int i = 0; i < k; i++) {
                Table t = tables.get(i);
                double n = t.n();
                r += t.a() * t.n2() / n;
                s += t.c() * t.n1() / n;
                num += t.n1() * t.n2() * (t.a() + t.c()) / (n * n) - t.a() * t.c() / n;
                w[i] = t.c() * t.n1() / n;
            }
            if (r == 0 || s == 0) {
                return Optional.empty();
            }
            estimate = Math.log(r / s);
            variance = num / (r * s);
        }
        case RD -> {
            double sum = 0, total = 0, p = 0, q = 0;
            for (int i = 0; i < k; i++) {
                Table t = tables.get(i);
                double n = t.n();
                double n1 = t.n1();
                double n2 = t.n2();
                sum += (t.a() * n2 - t.c() * n1) / n;
                total += n1 * n2 / n;
                w[i] = n1 * n2 / n;
            }
            estimate = sum / total;
            for (Table t : tables) {
                double n = t.n();
                double n1 = t.n1();
                double n2 = t.n2();
                p += (n1 * n1 * t.c() - n2 * n2 * t.a() + n1 * n2 * (n2 - n1) / 2) / (n * n);
                q += (t.a() * (n2 - t.c()) + t.c() * (n1 - t.a())) / (2 * n);
            }
            variance = (estimate * p + q) / (total * total);
        }
        default -> throw new IllegalArgumentException("Mantel-Haenszel pools OR, RR and RD");
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < k; i++) {
            w[i] = 100 * w[i] / sum;
        }
        return Optional.of(new Result(FixedEffect.pooled(k, estimate, variance, y, v, level), w));
    }

    /** The rest of a fixed-effect result: the z test, and Q, I^2 and H^2 from the studies that have an estimate. */
    static final class FixedEffect {
        private FixedEffect() {
        }

        static Pooled pooled(int k, double estimate, double variance, double[] y, double[] v, double level) {
            double se = Math.sqrt(variance);
            double crit = Distributions.critical(level, 0);
            double q = 0;
            for (int i = 0; y.length > 1 && i < y.length; i++) { // as metafor: Q = 0 when fewer than two studies have their own estimate
                q += (y[i] - estimate) * (y[i] - estimate) / v[i];
            }
            int qDf = y.length - 1;
            double i2 = qDf > 0 ? Math.max(0, 100 * (q - qDf) / q) : 0; // metafor: 0 and 1 for one study
            double h2 = qDf > 0 ? q / qDf : 1;
            return new Pooled(k, estimate, se, estimate - crit * se, estimate + crit * se, estimate / se, OptionalDouble.empty(),
                    Distributions.twoSided(estimate / se, 0), 0, Optional.empty(), i2, Optional.empty(), h2, Optional.empty(), q, Math.max(qDf, 0),
                    Distributions.chiSquaredAbove(q, Math.max(qDf, 0)), Optional.empty());
        }
    }
}
