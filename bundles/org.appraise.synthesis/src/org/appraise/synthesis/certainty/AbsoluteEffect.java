package org.appraise.synthesis.certainty;

import java.util.Optional;

import org.appraise.synthesis.EffectMeasure;

/**
 * A relative effect made absolute as GRADEpro makes it, against an assumed comparator risk (ACR, a proportion): the
 * corresponding risk is ACR x RR for a risk ratio, OR x ACR / (1 - ACR + OR x ACR) for an odds ratio, 1 - (1 - ACR)^HR
 * for a hazard ratio (ACR the probability of the event by a stated time), ACR + RD for a risk difference; the interval's
 * limits go through the same formula. Per 1000: the comparator's risk, the intervention's with its interval, and the
 * difference with its interval. An interval limit beyond 0 or 1000 per 1000 (a risk ratio times the risk above 1) is held
 * at it, as GRADEpro holds it, and says so ({@link #capped()}).
 */
public record AbsoluteEffect(double comparator, double intervention, double lower, double upper, boolean capped) {

    /** The difference per 1000 (intervention - comparator) and its interval. */
    public double difference() {
        return intervention - comparator;
    }

    public double differenceLower() {
        return lower - comparator;
    }

    public double differenceUpper() {
        return upper - comparator;
    }

    /**
     * The absolute effect of a relative one given on its natural scale (a ratio, not its log), or empty when the measure
     * has no absolute counterpart (MD, SMD) or the estimate's own risk falls outside 0 to 1.
     *
     * @throws IllegalArgumentException when the assumed risk is not a proportion
     */
    public static Optional<AbsoluteEffect> of(EffectMeasure measure, double estimate, double lower, double upper, double assumed, boolean hazard) {
        if (!(assumed >= 0 && assumed <= 1)) {
            throw new IllegalArgumentException("an assumed comparator risk is a proportion from 0 to 1, not " + assumed);
        }
        java.util.function.DoubleUnaryOperator risk;
        if (hazard) {
            risk = hr -> 1 - Math.pow(1 - assumed, hr);
        } else {
            risk = switch (measure) {
                case RR -> rr -> assumed * rr;
                case OR -> or -> or * assumed / (1 - assumed + or * assumed);
                case RD -> rd -> assumed + rd;
                default -> null;
            };
        }
        if (risk == null) {
            return Optional.empty();
        }
        double a = risk.applyAsDouble(estimate);
        double l = risk.applyAsDouble(lower);
        double u = risk.applyAsDouble(upper);
        if (!(a >= 0 && a <= 1)) {
            return Optional.empty();
        }
        double low = Math.min(l, u);
        double high = Math.max(l, u);
        boolean capped = low < 0 || high > 1;
        return Optional.of(new AbsoluteEffect(1000 * assumed, 1000 * a, 1000 * Math.max(0, low), 1000 * Math.min(1, high), capped));
    }

    /** GRADEpro's words for the difference: "68 fewer per 1000 (from 112 fewer to 16 more)". */
    public String differenceText() {
        return amount(difference()) + " per 1000 (from " + amount(differenceLower()) + " to " + amount(differenceUpper()) + ")";
    }

    private static String amount(double perThousand) {
        long rounded = Math.round(perThousand);
        return rounded == 0 ? "0 fewer" : Math.abs(rounded) + (rounded < 0 ? " fewer" : " more");
    }
}
