package org.appraise.synthesis;

/**
 * The effect measure of an analysis, as metafor's {@code escalc} names it. Ratios (OR, RR, and a generic ratio such as
 * a hazard ratio) are pooled on the log scale and shown exponentiated.
 */
public enum EffectMeasure {
    /** Odds ratio, from events and totals per arm. */
    OR(true, "Odds ratio"),
    /** Risk ratio, from events and totals per arm. */
    RR(true, "Risk ratio"),
    /** Risk difference, from events and totals per arm. */
    RD(false, "Risk difference"),
    /** Mean difference, from mean, SD and n per arm. */
    MD(false, "Mean difference"),
    /** Standardised mean difference (Hedges' g, metafor's exact bias correction), from mean, SD and n per arm. */
    SMD(false, "Standardised mean difference"),
    /** Generic inverse variance on a difference: an estimate and its standard error per study. */
    GIV(false, "Generic inverse variance"),
    /** Generic inverse variance on a ratio (hazard ratio and the like): the log ratio and its standard error per study. */
    GIV_RATIO(true, "Ratio (generic inverse variance)");

    private final boolean ratio;
    private final String label;

    EffectMeasure(boolean ratio, String label) {
        this.ratio = ratio;
        this.label = label;
    }

    /** Whether the measure is pooled on the log scale and read exponentiated. */
    public boolean ratio() {
        return ratio;
    }

    public String label() {
        return label;
    }

    public boolean dichotomous() {
        return this == OR || this == RR || this == RD;
    }

    public boolean continuous() {
        return this == MD || this == SMD;
    }
}
