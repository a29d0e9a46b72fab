package org.appraise.synthesis.internal;

import java.util.List;
import java.util.Optional;

import org.appraise.synthesis.Pooled;

/**
 * Peto's one-step odds ratio as metafor's {@code rma.peto}: observed minus expected events of the experimental arm and
 * their hypergeometric variance, summed over the tables; Q from the same terms.
 */
public final class Peto {

    private Peto() {
    }

    /** A table's O - E and variance V. */
    record Terms(double observedMinusExpected, double variance) {
        static Terms of(Table t) {
            double n = t.n();
            double events = t.a() + t.c();
            double expected = t.n1() * events / n;
            double v = t.n1() * t.n2() * events * (n - events) / (n * n * (n - 1));
            return new Terms(t.a() - expected, v);
        }
    }

    /** A table's own Peto log odds ratio and its variance, when it has one. */
    static Optional<EffectSizes.Effect> effect(Table t) {
        Terms terms = Terms.of(t);
        return terms.variance() > 0 ? Optional.of(new EffectSizes.Effect(terms.observedMinusExpected() / terms.variance(), 1 / terms.variance(),
                t.corrected())) : Optional.empty();
    }

    public static Optional<MantelHaenszel.Result> pool(List<Table> tables, double level) {
        int k = tables.size();
        double[] w = new double[k];
        double sumOe = 0;
        double sumV = 0;
        double sumOe2 = 0;
        int informative = 0;
        for (int i = 0; i < k; i++) {
            Terms terms = Terms.of(tables.get(i));
            w[i] = terms.variance();
            if (terms.variance() > 0) {
                sumOe += terms.observedMinusExpected();
                sumV += terms.variance();
                sumOe2 += terms.observedMinusExpected() * terms.observedMinusExpected() / terms.variance();
                informative++;
            }
        }
        if (sumV == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < k; i++) {
            w[i] = 100 * w[i] / sumV;
        }
        double estimate = sumOe / sumV;
        double q = sumOe2 - sumOe * sumOe / sumV;
        int qDf = informative - 1;
        double se = Math.sqrt(1 / sumV);
        double crit = Distributions.critical(level, 0);
        Pooled pooled = new Pooled(k, estimate, se, estimate - crit * se, estimate + crit * se, estimate / se, java.util.OptionalDouble.empty(),
                Distributions.twoSided(estimate / se, 0), 0, Optional.empty(), qDf > 0 ? Math.max(0, 100 * (q - qDf) / q) : 0,
                Optional.empty(), qDf > 0 ? q / qDf : 1, Optional.empty(), q, Math.max(qDf, 0), Distributions.chiSquaredAbove(q, Math.max(qDf, 0)),
                Optional.empty());
        return Optional.of(new MantelHaenszel.Result(pooled, w));
    }
}
