package org.appraise.synthesis.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.model.Analysis;
import org.appraise.model.AnalysisExclusion;
import org.appraise.model.Review;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.I2Rule;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.Synthesis;
import org.appraise.synthesis.ZeroCellRule;

/**
 * A review's saved analysis run on the review as it is now: its rows read as {@link ReviewStudies} reads them (with the
 * comparisons the reviewers stated), the studies the reviewers left out taken out with their reason, pooled with the
 * analysis' settings; the studies' risk of bias with the analysis' tool, its subgroups with the test for their
 * differences, and the sensitivity analysis without the studies at high (or critical) risk of bias.
 */
public final class SavedAnalysis {

    /**
     * The analysis' settings, the studies read (and those that could not be, and where each came from), the studies the
     * reviewers left out with their reason, and the result.
     */
    public record Run(Settings settings, ReviewStudies.Read read, Map<String, String> leftOutByReviewers, MetaAnalysis analysis,
            AnalysisRiskOfBias.Found riskOfBias, Optional<Subgrouped> subgroups, Optional<WithoutHighRisk> withoutHighRisk) {
    }

    /** The subgroups and what they are by (the analysis' key: RISK_OF_BIAS, DESIGN, COUNTRY...). */
    public record Subgrouped(String by, Map<String, List<StudyData>> studies, Sensitivity.Subgroups result) {
    }

    /** The analysis again without the studies at high or critical risk of bias (named), with the tool that judged them. */
    public record WithoutHighRisk(String tool, List<String> omitted, MetaAnalysis analysis) {
    }

    private SavedAnalysis() {
    }

    /** @throws IllegalArgumentException naming what in the saved analysis cannot be run (an unknown measure, say) */
    public static Run run(Review review, Analysis saved) {
        return run(review, saved, 0.95);
    }

    /** The analysis run with every interval at this level (a saved analysis keeps none: 95% unless asked). */
    public static Run run(Review review, Analysis saved, double level) {
        if (saved.getOutcome() == null || saved.getOutcome().eIsProxy() || saved.getOutcome().getId() == null) {
            throw new IllegalArgumentException("analysis " + saved.getId() + (saved.getOutcome() == null ? " names no outcome"
                    : " names an outcome that is not in the review (" + org.eclipse.emf.ecore.util.EcoreUtil.getURI(saved.getOutcome()).fragment() + ")"));
        }
        Settings settings;
        try {
            settings = settings(saved).withLevel(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("analysis " + saved.getId() + ": " + e.getMessage(), e);
        }
        List<ReviewStudies.Stated> stated = saved.getComparisons().stream()
                .map(c -> new ReviewStudies.Stated(c.getStudy(), c.getExperimental(), c.getControl(), c.getReason())).toList();
        ReviewStudies.Read read = ReviewStudies.read(review, settings.measure(),
                new ReviewStudies.Choice(saved.getOutcome().getId(), saved.getCriteria(), saved.getPopulation(), saved.getTimepoint()), stated);
        Map<String, String> byReviewers = new LinkedHashMap<>();
        List<StudyData> studies = new ArrayList<>(read.studies());
        for (AnalysisExclusion exclusion : saved.getExclusions()) {
            String label = exclusion.getStudy() == null ? null : exclusion.getStudy().getLabel() == null ? exclusion.getStudy().getId()
                    : exclusion.getStudy().getLabel();
            if (label != null && studies.removeIf(s -> s.label().equals(label))) {
                byReviewers.put(label, exclusion.getReason());
            }
        }
        ReviewStudies.Read kept = new ReviewStudies.Read(studies, read.leftOut(), read.provenance(), read.rows());
        AnalysisRiskOfBias.Found rob;
        try {
            rob = AnalysisRiskOfBias.of(review, saved.getRiskOfBiasTool(), saved.getOutcome().getId(), read.rows(), RiskOfBiasTools.builtIn());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("analysis " + saved.getId() + ": " + e.getMessage(), e);
        }
        Optional<Subgrouped> subgroups = Optional.empty();
        if (saved.getSubgroups() != null && !saved.getSubgroups().isBlank()) {
            try {
                Map<String, List<StudyData>> groups = StudyGroups.of(saved.getSubgroups(), studies, read.rows(), rob.riskOfBias(), rob.note());
                subgroups = Optional.of(new Subgrouped(saved.getSubgroups(), groups, Sensitivity.subgroups(groups, settings)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("analysis " + saved.getId() + ": " + e.getMessage(), e);
            }
        }
        Optional<WithoutHighRisk> withoutHigh = rob.riskOfBias().flatMap(r -> {
            List<String> high = studies.stream().map(StudyData::label).filter(r::high).toList();
            List<StudyData> others = studies.stream().filter(s -> !high.contains(s.label())).toList();
            MetaAnalysis without = others.isEmpty() ? new MetaAnalysis(settings, List.of(), List.of(), Optional.empty(),
                    "every study of the analysis is at high or critical risk of bias") : Synthesis.pool(others, settings);
            return high.isEmpty() ? Optional.empty() : Optional.of(new WithoutHighRisk(r.tool().title(), high, without));
        });
        return new Run(settings, kept, byReviewers, Synthesis.pool(studies, settings), rob, subgroups, withoutHigh);
    }

    public static Settings settings(Analysis saved) {
        EffectMeasure measure = parse(EffectMeasure.class, saved.getMeasure(), "measure", saved);
        PoolingMethod method = saved.getMethod() == null ? PoolingMethod.REML : parse(PoolingMethod.class, saved.getMethod(), "method", saved);
        ZeroCellRule zeros = saved.getZeroCells() == null ? ZeroCellRule.METAFOR : parse(ZeroCellRule.class, saved.getZeroCells(), "zero-cell rule", saved);
        I2Rule i2 = saved.getI2Rule() == null ? I2Rule.METAFOR : parse(I2Rule.class, saved.getI2Rule(), "I\u00B2 rule", saved);
        return new Settings(measure, method, saved.isKnha(), zeros, 0.95, i2);
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String name, String what, Analysis saved) {
        try {
            return Enum.valueOf(kind, name == null ? "" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("analysis " + saved.getId() + ": '" + name + "' is not a " + what + " (" + java.util.Arrays.toString(
                    kind.getEnumConstants()) + ")", e);
        }
    }
}
