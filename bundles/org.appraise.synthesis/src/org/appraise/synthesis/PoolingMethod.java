package org.appraise.synthesis;

/** How the studies are pooled: metafor's {@code rma.mh}, {@code rma.peto}, or {@code rma.uni} with a tau^2 estimator. */
public enum PoolingMethod {
    /** Mantel-Haenszel, fixed effect (OR, RR, RD). */
    MH("Mantel-Haenszel, fixed effect"),
    /** Peto's one-step odds ratio, fixed effect (OR only). */
    PETO("Peto, fixed effect"),
    /** Inverse variance, fixed ("equal") effect. */
    FE("Inverse variance, fixed effect"),
    /** Inverse variance, random effects, tau^2 by DerSimonian-Laird. */
    DL("Inverse variance, random effects (DerSimonian-Laird)"),
    /** Inverse variance, random effects, tau^2 by restricted maximum likelihood (metafor's default). */
    REML("Inverse variance, random effects (REML)"),
    /** Inverse variance, random effects, tau^2 by Paule-Mandel. */
    PM("Inverse variance, random effects (Paule-Mandel)");

    private final String label;

    PoolingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the model has a between-study variance (tau^2), a prediction interval and may use Hartung-Knapp. */
    public boolean random() {
        return this == DL || this == REML || this == PM;
    }
}
