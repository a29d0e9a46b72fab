package org.appraise.synthesis.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.synthesis.Interval;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.Synthesis;

/**
 * Runs Appraise's synthesis on each of metafor's cases and lists every value that differs by more than 1e-6 relative
 * (with an absolute floor of 1e-10, 1e-6 for I^2 in percent, for values at 0 such as a tau^2 at its boundary). NA in metafor matches a
 * value Appraise leaves out (NaN, or an empty interval).
 */
final class Agreement {

    static final double RELATIVE = 1e-6;
    static final double FLOOR = 1e-10;
    /**
     * I^2 is in percent, and metafor's REML stops a hair above 0 when the maximum is at tau^2 = 0 (its step-halving
     * never lands on 0): 1e-9 % against Appraise's 0. Differences below 1e-6 percentage points are agreement.
     */
    static final double I2_FLOOR = 1e-6;

    private Agreement() {
    }

    static List<String> differences(MetaforReference reference) {
        List<String> differences = new ArrayList<>();
        for (MetaforReference.Case c : reference.cases) {
            MetaAnalysis analysis = Synthesis.pool(reference.sets.get(c.set()), c.settings());
            if (c.failed()) {
                continue; // metafor refused (e.g. Hartung-Knapp with one study); Appraise only has to answer without throwing
            }
            Optional<Pooled> pooled = analysis.pooled();
            if (pooled.isEmpty()) {
                differences.add(c + ": no pooled result (" + analysis.notPooled() + ")");
                continue;
            }
            Pooled p = pooled.get();
            Sensitivities sensitivities = new Sensitivities(reference.sets.get(c.set()), analysis);
            for (Map.Entry<String, Double> e : c.values().entrySet()) {
                double mine = e.getKey().startsWith("loo.") || e.getKey().startsWith("egger.") ? sensitivities.value(e.getKey())
                        : value(e.getKey(), p, analysis.studies());
                double theirs = e.getValue();
                if (e.getKey().endsWith("_upper") && e.getKey().matches("(tau2|i2|h2)_upper") && searchStopped(c, p)) {
                    continue;
                }
                if (e.getKey().startsWith("loo.") && notComparable(c, e.getKey())) {
                    continue;
                }
                double floor = e.getKey().startsWith("i2") || e.getKey().endsWith(".I2") ? I2_FLOOR : FLOOR;
                if (!close(mine, theirs, floor)) {
                    differences.add(c + ": " + e.getKey() + " " + mine + " (metafor " + theirs + ")");
                }
            }
        }
        return differences;
    }

    /**
     * Leave-one-out values metafor gives where Appraise has none or metafor none: tau^2 of a fixed-effect model (NA in
     * metafor, 0 here); Q and I^2 of a subset without a Mantel-Haenszel estimate (0 in metafor, none here); a REML refit
     * that did not converge in metafor's leave1out (NA there; Appraise falls back to half steps, as metafor's help says).
     */
    private static boolean notComparable(MetaforReference.Case c, String key) {
        String prefix = key.substring(0, key.indexOf('.', 4) + 1);
        boolean theirsMissing = Double.isNaN(c.values().getOrDefault(prefix + "estimate", Double.NaN));
        return key.endsWith(".tau2") && !c.settings().method().random() || theirsMissing;
    }

    /**
     * metafor stops searching for the upper bound of tau^2 at its {@code tau2.max} (100, or more for a large tau^2) and
     * says so in a note; Appraise gives the bound itself, which lies beyond.
     */
    private static boolean searchStopped(MetaforReference.Case c, Pooled p) {
        double theirs = c.values().getOrDefault("tau2_upper", Double.NaN);
        return theirs >= 100 && p.tau2Interval().map(Interval::upper).orElse(0.0) >= theirs * (1 - RELATIVE);
    }

    static boolean close(double mine, double theirs, double floor) {
        if (Double.isNaN(theirs) || Double.isNaN(mine)) {
            return Double.isNaN(theirs) && Double.isNaN(mine);
        }
        if (Double.isInfinite(theirs) || Double.isInfinite(mine)) {
            return mine == theirs;
        }
        return Math.abs(mine - theirs) <= RELATIVE * Math.abs(theirs) + floor;
    }

    private static double value(String key, Pooled p, List<StudyEffect> studies) {
        if (key.contains(".")) {
            StudyEffect s = studies.get(Integer.parseInt(key.substring(key.indexOf('.') + 1)) - 1);
            return switch (key.substring(0, key.indexOf('.'))) {
            case "yi" -> s.yi();
            case "vi" -> s.vi();
            default -> s.weight();
            };
        }
        return switch (key) {
        case "estimate" -> p.estimate();
        case "se" -> p.se();
        case "lower" -> p.lower();
        case "upper" -> p.upper();
        case "statistic" -> p.statistic();
        case "p" -> p.p();
        case "q" -> p.q();
        case "q_p" -> p.qP();
        case "i2" -> p.i2();
        case "h2" -> p.h2();
        case "tau2" -> p.tau2();
        case "pi_lower" -> bound(p.prediction(), true);
        case "pi_upper" -> bound(p.prediction(), false);
        case "tau2_lower" -> bound(p.tau2Interval(), true);
        case "tau2_upper" -> bound(p.tau2Interval(), false);
        case "i2_lower" -> bound(p.i2Interval(), true);
        case "i2_upper" -> bound(p.i2Interval(), false);
        case "h2_lower" -> bound(p.h2Interval(), true);
        case "h2_upper" -> bound(p.h2Interval(), false);
        default -> throw new IllegalArgumentException("unknown key " + key);
        };
    }

    /** Leave-one-out and Egger's test of a case, computed when first asked. */
    private static final class Sensitivities {
        private final List<org.appraise.synthesis.StudyData> studies;
        private final MetaAnalysis analysis;
        private List<Sensitivity.Omitted> omitted;

        Sensitivities(List<org.appraise.synthesis.StudyData> studies, MetaAnalysis analysis) {
            this.studies = studies;
            this.analysis = analysis;
        }

        double value(String key) {
            if (key.startsWith("egger.")) {
                return Sensitivity.egger(analysis).map(e -> switch (key) {
                case "egger.t" -> e.t();
                case "egger.p" -> e.p();
                case "egger.df" -> (double) e.df();
                case "egger.limit" -> e.limitEstimate();
                case "egger.limit_lower" -> e.limitLower();
                default -> e.limitUpper();
                }).orElse(Double.NaN);
            }
            if (omitted == null) {
                omitted = Sensitivity.leaveOneOut(studies, analysis.settings());
            }
            String[] parts = key.split("\\.", 3);
            int i = Integer.parseInt(parts[1]) - 1;
            if (i >= omitted.size()) {
                return Double.NaN;
            }
            return omitted.get(i).without().pooled().map(p -> switch (parts[2]) {
            case "estimate" -> p.estimate();
            case "se" -> p.se();
            case "pval" -> p.p();
            case "ci.lb" -> p.lower();
            case "ci.ub" -> p.upper();
            case "Q" -> p.q();
            case "tau2" -> p.tau2();
            default -> p.i2();
            }).orElse(Double.NaN);
        }
    }

    private static double bound(Optional<Interval> interval, boolean lower) {
        return interval.map(i -> lower ? i.lower() : i.upper()).orElse(Double.NaN);
    }

}
