package org.appraise.synthesis.certainty;

/** The words every Summary of Findings table carries under it (Cochrane's template), the same in each format. */
public final class SummaryOfFindingsText {

    public static final String EXPLANATION = "*The risk in the intervention group (and its 95% confidence interval) is based on the assumed risk in "
            + "the comparison group and the relative effect of the intervention (and its 95% CI). CI: confidence interval; RR: risk ratio; OR: odds "
            + "ratio; HR: hazard ratio. GRADE Working Group grades of evidence: High certainty: we are very confident that the true effect lies "
            + "close to that of the estimate of the effect. Moderate certainty: we are moderately confident in the effect estimate; the true effect "
            + "is likely to be close to the estimate, but there is a possibility that it is substantially different. Low certainty: our confidence "
            + "in the effect estimate is limited; the true effect may be substantially different. Very low certainty: we have very little confidence "
            + "in the effect estimate; the true effect is likely to be substantially different.";

    private SummaryOfFindingsText() {
    }
}
