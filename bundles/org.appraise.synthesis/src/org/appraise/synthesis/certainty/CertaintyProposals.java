package org.appraise.synthesis.certainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.review.AnalysisRiskOfBias;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * What the analysis' own figures propose for each GRADE domain, each with the figures behind it; a proposal is never a
 * rating until the assessor gives one. Rules (README, "Certainty of evidence"):
 * <ul>
 * <li>Risk of bias: by the analysis weights, at least half from studies at critical risk: very serious; at least half
 * at high or critical risk (Serious, High, Poor...): serious; else not serious. No tool: not assessable.</li>
 * <li>Inconsistency: I² under 50%: not serious; 50-75% with a prediction interval across the line of no effect, or 75% and
 * more: serious. One study: not assessable.</li>
 * <li>Imprecision: an interval across both appreciable thresholds (a ratio's 1/T and T, T stated or 1.25): very serious;
 * across the line of no effect only: serious; clear of it but fewer participants than a stated optimal information size:
 * serious; else not serious.</li>
 * <li>Publication bias: from 10 studies on, Egger's test at p &lt; 0.10: serious, else not serious; fewer: not assessable.</li>
 * <li>Large effect: a pooled ratio beyond 5 (or under 0.2) clear of 1: two levels; beyond 2 (under 0.5): one; else none.</li>
 * <li>Indirectness, dose-response and confounding are the assessor's alone.</li>
 * </ul>
 */
public final class CertaintyProposals {

    /** One domain's proposal: a rating, or null when the data cannot say, and the figures behind it. */
    public record Proposal(String domain, String rating, String figures) {
    }

    private final SavedAnalysis.Run run;
    private final double threshold;
    private final Integer optimalInformationSize;

    public CertaintyProposals(SavedAnalysis.Run run, Double threshold, Integer optimalInformationSize) {
        this.run = run;
        this.threshold = threshold == null ? 1.25 : threshold;
        this.optimalInformationSize = optimalInformationSize;
    }

    public List<Proposal> all() {
        List<Proposal> all = new ArrayList<>();
        all.add(riskOfBias());
        all.add(inconsistency());
        all.add(new Proposal("INDIRECTNESS", null, "the assessor's: compare the review question (population, intervention, comparator, outcome) "
                + "with the studies'"));
        all.add(imprecision());
        all.add(publicationBias());
        all.add(largeEffect());
        all.add(new Proposal("DOSE_RESPONSE", null, "the assessor's"));
        all.add(new Proposal("CONFOUNDING", null, "the assessor's: would plausible residual confounding reduce the effect shown?"));
        return all;
    }

    Proposal riskOfBias() {
        Optional<AnalysisRiskOfBias> rob = run.riskOfBias().riskOfBias();
        List<StudyEffect> studies = run.analysis().studies();
        if (rob.isEmpty() || studies.isEmpty()) {
            return new Proposal("RISK_OF_BIAS", null, "not assessable: " + (studies.isEmpty() ? "no study pooled" : run.riskOfBias().note()));
        }
        double high = 0;
        double critical = 0;
        double unassessed = 0;
        List<String> judged = new ArrayList<>();
        for (StudyEffect s : studies) {
            Optional<org.appraise.core.rob.JudgementLevel> level = rob.get().overall(s.label());
            judged.add(s.label() + " " + level.map(org.appraise.core.rob.JudgementLevel::label).orElse("not assessed") + " (" + percent(s.weight()) + ")");
            if (level.isEmpty()) {
                unassessed += s.weight();
            } else if (level.get().tone().equals("critical")) {
                critical += s.weight();
                high += s.weight();
            } else if (level.get().tone().equals("high")) {
                high += s.weight();
            }
        }
        String rating = critical >= 50 ? "VERY_SERIOUS" : high >= 50 ? "SERIOUS" : "NOT_SERIOUS";
        return new Proposal("RISK_OF_BIAS", rating, percent(high) + " of the weight from studies at high or critical risk of bias, " + percent(critical)
                + " critical, " + percent(unassessed) + " not assessed (" + rob.get().tool().shortName() + "): " + String.join("; ", judged));
    }

    Proposal inconsistency() {
        Optional<Pooled> pooled = run.analysis().pooled();
        if (pooled.isEmpty() || pooled.get().k() < 2) {
            return new Proposal("INCONSISTENCY", null, "not assessable: " + (pooled.isEmpty() ? "nothing pooled" : "one study"));
        }
        Pooled p = pooled.get();
        Optional<org.appraise.synthesis.Interval> pi = p.prediction();
        boolean piCrosses = pi.map(i -> i.lower() < 0 && i.upper() > 0).orElse(false); // no effect is 0 on the pooling scale (log for ratios)
        String rating = Double.isNaN(p.i2()) ? null : p.i2() < 50 ? "NOT_SERIOUS" : p.i2() < 75 && !piCrosses ? "NOT_SERIOUS" : "SERIOUS";
        return new Proposal("INCONSISTENCY", rating, String.format(Locale.ROOT, "I\u00B2 = %.0f%%, tau\u00B2 = %.3g, Q = %.2f (df = %d, p = %.3f)", p.i2(),
                p.tau2(), p.q(), p.qDf(), p.qP()) + pi.map(i -> ", prediction interval " + scale(i.lower()) + " to " + scale(i.upper())
                        + (piCrosses ? " (crosses the line of no effect)" : "")).orElse(", no prediction interval (fixed effect)"));
    }

    Proposal imprecision() {
        Optional<Pooled> pooled = run.analysis().pooled();
        if (pooled.isEmpty()) {
            return new Proposal("IMPRECISION", null, "not assessable: nothing pooled");
        }
        Pooled p = pooled.get();
        boolean ratio = run.settings().measure().ratio();
        boolean crosses = p.lower() < 0 && p.upper() > 0;
        boolean both = ratio && p.lower() < -Math.log(threshold) && p.upper() > Math.log(threshold);
        Participants participants = Participants.of(run);
        String interval = "95% CI " + scale(p.lower()) + " to " + scale(p.upper());
        String size = participants.total().isPresent() ? participants.total().getAsInt() + " participants" : "participants not known for "
                + String.join(", ", participants.unknown());
        if (both) {
            return new Proposal("IMPRECISION", "VERY_SERIOUS", interval + " includes appreciable benefit and harm (" + scale(-Math.log(threshold))
                    + " and " + scale(Math.log(threshold)) + "); " + size);
        }
        if (crosses) {
            return new Proposal("IMPRECISION", "SERIOUS", interval + " crosses the line of no effect; " + size);
        }
        if (optimalInformationSize != null && participants.total().isPresent() && participants.total().getAsInt() < optimalInformationSize) {
            return new Proposal("IMPRECISION", "SERIOUS", interval + " is clear of no effect, but " + size + " are fewer than the optimal information size ("
                    + optimalInformationSize + ")");
        }
        return new Proposal("IMPRECISION", "NOT_SERIOUS", interval + " is clear of no effect; " + size + (optimalInformationSize == null
                ? " (no optimal information size stated)" : " (optimal information size " + optimalInformationSize + ")"));
    }

    Proposal publicationBias() {
        int k = run.analysis().studies().size();
        if (k < 10) {
            return new Proposal("PUBLICATION_BIAS", null, "not assessable: " + k + (k == 1 ? " study" : " studies") + " (Egger's test from 10 on)");
        }
        return Sensitivity.egger(run.analysis()).map(e -> new Proposal("PUBLICATION_BIAS", e.p() < 0.10 ? "SERIOUS" : "NOT_SERIOUS",
                String.format(Locale.ROOT, "Egger's test: t = %.2f, df = %d, p = %.3f (%d studies)", e.t(), e.df(), e.p(), e.k())))
                .orElse(new Proposal("PUBLICATION_BIAS", null, "not assessable: Egger's test could not be computed"));
    }

    Proposal largeEffect() {
        Optional<Pooled> pooled = run.analysis().pooled();
        if (!run.settings().measure().ratio() || pooled.isEmpty()) {
            return new Proposal("LARGE_EFFECT", null, "not assessable: " + (pooled.isEmpty() ? "nothing pooled" : "not a ratio"));
        }
        Pooled p = pooled.get();
        double size = Math.abs(p.estimate());
        boolean clear = p.lower() > 0 || p.upper() < 0;
        String rating = clear && size > Math.log(5) ? "TWO" : clear && size > Math.log(2) ? "ONE" : "NONE";
        return new Proposal("LARGE_EFFECT", rating, "pooled ratio " + scale(p.estimate()) + " (" + scale(p.lower()) + " to " + scale(p.upper()) + ")"
                + (clear ? "" : ", its interval includes 1"));
    }

    private String scale(double x) {
        return String.format(Locale.ROOT, "%.2f", run.settings().measure().ratio() ? Math.exp(x) : x);
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.0f%%", x);
    }
}
