package org.appraise.synthesis;

/**
 * How I² (and H²) of a random-effects model are computed. metafor's, the default, from tau² and the typical
 * within-study variance (I² = tau² / (tau² + s²)), with intervals from the Q-profile interval of tau²; RevMan 5's from
 * Cochran's Q alone (I² = (Q - df) / Q, H² = Q / df), without intervals. The two agree for DerSimonian-Laird and for
 * fixed-effect models, which both give Q-based figures.
 */
public enum I2Rule {
    METAFOR("metafor (from tau\u00B2)"), REVMAN("RevMan 5 (from Q)");

    private final String label;

    I2Rule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
