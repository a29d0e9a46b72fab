package org.appraise.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.synthesis.internal.Egger;

/**
 * What the pooled result rests on: leave-one-out (metafor's {@code leave1out}), subgroups with the test for
 * subgroup differences, and Egger's regression test for small-study effects (metafor's {@code regtest(model = "lm")}).
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** The analysis without one study: which one, and the pooled result of the others (empty with the reason). */
    public record Omitted(String label, MetaAnalysis without) {
    }

    /** Each study left out in turn, in the order given; the studies the analysis left out anyway are not listed. */
    public static List<Omitted> leaveOneOut(List<? extends StudyData> studies, Settings settings) {
        MetaAnalysis all = Synthesis.pool(studies, settings);
        List<String> excluded = all.excluded().stream().map(Excluded::label).toList();
        List<Omitted> omitted = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            StudyData study = studies.get(i);
            if (excluded.contains(study.label())) {
                continue;
            }
            List<StudyData> others = new ArrayList<>(studies);
            others.remove(i);
            omitted.add(new Omitted(study.label(), Synthesis.pool(others, settings)));
        }
        return omitted;
    }

    /**
     * Subgroups pooled apart, and the test for subgroup differences: Cochran's Q of the subgroups' pooled estimates
     * with their standard errors (as RevMan), chi-squared with (subgroups - 1) df, over the subgroups that have one.
     */
    public record Subgroups(Map<String, MetaAnalysis> groups, double q, int df, double p) {
    }

    public static Subgroups subgroups(Map<String, ? extends List<? extends StudyData>> byGroup, Settings settings) {
        Map<String, MetaAnalysis> groups = new LinkedHashMap<>();
        List<StudyData.Generic> estimates = new ArrayList<>();
        byGroup.forEach((name, studies) -> {
            MetaAnalysis analysis = Synthesis.pool(studies, settings);
            groups.put(name, analysis);
            analysis.pooled().ifPresent(p -> estimates.add(new StudyData.Generic(name, p.estimate(), p.se())));
        });
        if (estimates.size() < 2) {
            return new Subgroups(groups, Double.NaN, 0, Double.NaN);
        }
        Pooled between = Synthesis.pool(estimates, Settings.of(EffectMeasure.GIV, PoolingMethod.FE)).pooled().orElseThrow();
        return new Subgroups(groups, between.q(), between.qDf(), between.qP());
    }

    /** Egger's test: the slope of the effects on their standard errors, weighted by 1/v; t with k - 2 df. */
    public record EggerTest(int k, double slope, double t, int df, double p, double limitEstimate, double limitLower, double limitUpper) {
    }

    /**
     * Egger's test of the studies with an estimate of their own; empty with fewer than 3 of them, or when the effects
     * lie exactly on a line (no residual variance: no test).
     */
    public static Optional<EggerTest> egger(MetaAnalysis analysis) {
        double[] y = analysis.studies().stream().filter(s -> !Double.isNaN(s.yi())).mapToDouble(StudyEffect::yi).toArray();
        double[] v = analysis.studies().stream().filter(s -> !Double.isNaN(s.yi())).mapToDouble(StudyEffect::vi).toArray();
        return y.length < 3 ? Optional.empty() : Egger.test(y, v, analysis.settings().level());
    }
}
