package org.appraise.synthesis;

/**
 * How an analysis pools: measure, method, Hartung-Knapp-Sidik-Jonkman ({@code test = "knha"}, random effects only),
 * the zero-cell rule, the confidence level of every interval, and how I² is computed.
 */
public record Settings(EffectMeasure measure, PoolingMethod method, boolean knha, ZeroCellRule zeroCells, double level, I2Rule i2) {

    /** Settings with metafor's I². */
    public Settings(EffectMeasure measure, PoolingMethod method, boolean knha, ZeroCellRule zeroCells, double level) {
        this(measure, method, knha, zeroCells, level, I2Rule.METAFOR);
    }

    public Settings {
        if (i2 == null) {
            throw new IllegalArgumentException("the I² rule is METAFOR or REVMAN");
        }
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
        return new Settings(measure, method, on, zeroCells, level, i2);
    }

    public Settings withZeroCells(ZeroCellRule rule) {
        return new Settings(measure, method, knha, rule, level, i2);
    }

    public Settings withI2(I2Rule rule) {
        return new Settings(measure, method, knha, zeroCells, level, rule);
    }

    public Settings withLevel(double other) {
        return new Settings(measure, method, knha, zeroCells, other, i2);
    }
}
