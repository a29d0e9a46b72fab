package org.appraise.synthesis;

/**
 * What is done with zero cells of a 2x2 table. Both add 1/2 to every cell of a study that has a zero cell, for its own
 * estimate; they differ in the studies left out and in the Mantel-Haenszel estimate.
 */
public enum ZeroCellRule {
    /**
     * metafor's defaults: {@code escalc(add = 1/2, to = "only0", drop00 = FALSE)} for inverse-variance pooling (a study
     * without events in both arms keeps an estimate); for Mantel-Haenszel and Peto the pooled estimate is computed from
     * the counts as they are, and studies without events (or all events) in both arms have no estimate of their own.
     */
    METAFOR,
    /**
     * RevMan 5: a study without events (or all events) in both arms is left out of odds and risk ratios, and the
     * Mantel-Haenszel estimate uses the corrected counts (meta's {@code MH.exact = FALSE}).
     */
    REVMAN
}
