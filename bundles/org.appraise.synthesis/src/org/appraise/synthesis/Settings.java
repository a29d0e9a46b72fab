package org.appraise.synthesis;

/**
 * How an analysis pools: measure, method, Hartung-Knapp-Sidik-Jonkman ({@code test = "knha"}, random effects only),
 * the zero-cell rule, and the confidence level of every interval.
 */
public record Settings(EffectMeasure measure, PoolingMethod method, boolean knha, ZeroCellRule zeroCells, double level) {

    public Settings {
        if (method == PoolingMethod.MH && !measure.dichotomous()) {
            throw new IllegalArgumentException("Mantel-Haenszel pools odds ratios, risk ratios and risk differences, not " + measure.label());
        }
        if (method == PoolingMethod.PETO && measure != EffectMeasure.OR) {
            throw new IllegalArgumentException("Peto's method pools odds ratios only");
        }
        if (knha && !method.random()) {
            throw new IllegalArgumentException("Hartung-Knapp-Sidik-Jonkman applies to random-effects models");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level is between 0 and 1, not " + level);
        }
    }

    public static Settings of(EffectMeasure measure, PoolingMethod method) {
        return new Settings(measure, method, false, ZeroCellRule.METAFOR, 0.95);
    }

    public Settings withKnha(boolean on) {
        return new Settings(measure, method, on, zeroCells, level);
    }

    public Settings withZeroCells(ZeroCellRule rule) {
        return new Settings(measure, method, knha, rule, level);
    }
}
