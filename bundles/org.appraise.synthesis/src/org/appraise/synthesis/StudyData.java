package org.appraise.synthesis;

/** One study's data as an analysis reads it, named by its label. */
public sealed interface StudyData {

    String label();

    /** Events and totals per arm: ai of n1i (experimental), ci of n2i (control), metafor's names. */
    record Dichotomous(String label, double ai, double n1i, double ci, double n2i) implements StudyData {
    }

    /** Mean, SD and size per arm (experimental first). */
    record Continuous(String label, double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) implements StudyData {
    }

    /** An estimate and its standard error (for a ratio: the log ratio and its SE). */
    record Generic(String label, double yi, double sei) implements StudyData {

        /**
         * A ratio (a hazard ratio, say) with its confidence interval, as generic inverse variance: y = ln(ratio), SE =
         * (ln(upper) - ln(lower)) / (2 z). Derived, so the caller keeps saying so.
         *
         * @throws IllegalArgumentException naming what is wrong: a ratio or bound that is not above 0, an interval
         *         that does not contain its estimate, or one that is not symmetric on the log scale (within 5%, the
         *         rounding of two decimals), which a Wald interval of a log ratio always is
         */
        public static Generic ofRatio(String label, double ratio, double lower, double upper, double level) {
            if (!(ratio > 0 && lower > 0 && upper > 0)) {
                throw new IllegalArgumentException("a ratio and its bounds are above 0 (" + ratio + ", " + lower + " to " + upper + ")");
            }
            if (!(lower <= ratio && ratio <= upper) || lower == upper) {
                throw new IllegalArgumentException("the interval " + lower + " to " + upper + " does not contain the ratio " + ratio);
            }
            double below = Math.log(ratio) - Math.log(lower);
            double above = Math.log(upper) - Math.log(ratio);
            if (Math.abs(below - above) > 0.05 * (below + above) + 0.01) {
                throw new IllegalArgumentException("the interval " + lower + " to " + upper + " is not symmetric around " + ratio
                        + " on the log scale: not a Wald interval, so no standard error can be read from it");
            }
            double z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
            return new Generic(label, Math.log(ratio), (Math.log(upper) - Math.log(lower)) / (2 * z));
        }
    }
}
