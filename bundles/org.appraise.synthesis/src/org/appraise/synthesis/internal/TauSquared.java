package org.appraise.synthesis.internal;

import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.appraise.synthesis.PoolingMethod;

/**
 * The between-study variance of an intercept-only random-effects model, as metafor's {@code rma.uni} estimates it:
 * DerSimonian-Laird (closed form), REML (metafor's Fisher scoring from the Hedges estimate, steps halved at 0, to a
 * change below 1e-12; 0 when the likelihood is higher there than at the maximum reached, as metafor does), Paule-Mandel (the root of the generalised Q equal to k - 1).
 */
final class TauSquared {

    private static final BrentSolver ROOTS = new BrentSolver(1e-15, 1e-15, 0);

    private TauSquared() {
    }

    static double estimate(PoolingMethod method, double[] y, double[] v) {
        int k = y.length;
        if (k < 2) {
            return 0;
        }
        return switch (method) {
        case DL -> dersimonianLaird(y, v);
        case REML -> reml(y, v);
        case PM -> pauleMandel(y, v);
        default -> 0;
        };
    }

    private static double dersimonianLaird(double[] y, double[] v) {
        double sw = 0;
        double sw2 = 0;
        for (double vi : v) {
            sw += 1 / vi;
            sw2 += 1 / (vi * vi);
        }
        double q = generalisedQ(y, v, 0);
        return Math.max(0, (q - (y.length - 1)) / (sw - sw2 / sw));
    }

    private static double reml(double[] y, double[] v) {
        int k = y.length;
        double mean = 0;
        double meanV = 0;
        for (int i = 0; i < k; i++) {
            mean += y[i] / k;
            meanV += v[i] / k;
        }
        double ss = 0;
        for (double yi : y) {
            ss += (yi - mean) * (yi - mean);
        }
        double start = Math.max(0, ss / (k - 1) - meanV);
        // metafor's Fisher scoring: full steps, halved while they would cross 0, until tau^2 changes by less than the
        // threshold; when full steps oscillate, half steps (metafor's remedy, stepadj = 0.5)
        for (double damping : new double[] { 1, 0.5 }) {
            double tau2 = start;
            for (int iteration = 0; iteration < 5_000; iteration++) {
                double step = damping * fisherStep(y, v, tau2);
                while (tau2 + step < 0) {
                    step /= 2;
                }
                double before = tau2;
                tau2 += step;
                if (Math.abs(tau2 - before) < 1e-12 * Math.max(1, tau2)) {
                    // as metafor: a maximum that is only local (the restricted likelihood is higher at 0) gives tau^2 = 0
                    return tau2 > 0 && restrictedLogLikelihood(y, v, 0) > restrictedLogLikelihood(y, v, tau2) ? 0 : tau2;
                }
            }
        }
        throw new ArithmeticException("REML did not converge (Fisher scoring with full and half steps)");
    }

    /** The restricted log-likelihood of an intercept-only model, up to a constant. */
    static double restrictedLogLikelihood(double[] y, double[] v, double tau2) {
        double sw = 0;
        double swy = 0;
        double logs = 0;
        for (int i = 0; i < y.length; i++) {
            sw += 1 / (v[i] + tau2);
            swy += y[i] / (v[i] + tau2);
            logs += Math.log(v[i] + tau2);
        }
        double mu = swy / sw;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            rss += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
        }
        return -0.5 * (logs + Math.log(sw) + rss);
    }

    /** The REML Fisher scoring adjustment of an intercept-only model: (y'PPy - tr P) / tr(PP). */
    private static double fisherStep(double[] y, double[] v, double tau2) {
        int k = y.length;
        double sw = 0;
        double sw2 = 0;
        double sw3 = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            sw += w;
            sw2 += w * w;
            sw3 += w * w * w;
            swy += w * y[i];
        }
        double mu = swy / sw;
        double pyy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (v[i] + tau2);
            pyy += w * w * (y[i] - mu) * (y[i] - mu);
        }
        return (pyy - (sw - sw2 / sw)) / (sw2 - 2 * sw3 / sw + sw2 * sw2 / (sw * sw));
    }

    private static double pauleMandel(double[] y, double[] v) {
        int df = y.length - 1;
        if (generalisedQ(y, v, 0) <= df) {
            return 0;
        }
        return root(y, v, df);
    }

    /** The tau^2 at which the generalised Q equals the target (Q falls as tau^2 grows); Q(0) is above the target. */
    static double root(double[] y, double[] v, double target) {
        double hi = 1;
        while (generalisedQ(y, v, hi) > target) {
            hi *= 2;
            if (hi > 1e12) {
                throw new ArithmeticException("no tau^2 below 1e12 brings Q down to " + target);
            }
        }
        return ROOTS.findRoot(t -> generalisedQ(y, v, t) - target, 0, hi);
    }

    /** sum (y_i - mu)^2 / (v_i + tau^2), mu the weighted mean with those weights. */
    static double generalisedQ(double[] y, double[] v, double tau2) {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            sw += w;
            swy += w * y[i];
        }
        double mu = swy / sw;
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            q += (y[i] - mu) * (y[i] - mu) / (v[i] + tau2);
        }
        return q;
    }
}
