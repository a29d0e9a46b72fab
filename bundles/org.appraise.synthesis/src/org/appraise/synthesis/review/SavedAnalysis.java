package org.appraise.synthesis.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.appraise.model.Analysis;
import org.appraise.model.AnalysisExclusion;
import org.appraise.model.Review;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.Synthesis;
import org.appraise.synthesis.ZeroCellRule;

/**
 * A review's saved analysis run on the review as it is now: its rows read as {@link ReviewStudies} reads them, the
 * studies the reviewers left out taken out with their reason, pooled with the analysis' settings.
 */
public final class SavedAnalysis {

    /**
     * The analysis' settings, the studies read (and those that could not be, and where each came from), the studies the
     * reviewers left out with their reason, and the result.
     */
    public record Run(Settings settings, ReviewStudies.Read read, Map<String, String> leftOutByReviewers, MetaAnalysis analysis) {
    }

    private SavedAnalysis() {
    }

    /** @throws IllegalArgumentException naming what in the saved analysis cannot be run (an unknown measure, say) */
    public static Run run(Review review, Analysis saved) {
        if (saved.getOutcome() == null || saved.getOutcome().eIsProxy() || saved.getOutcome().getId() == null) {
            throw new IllegalArgumentException("analysis " + saved.getId() + (saved.getOutcome() == null ? " names no outcome"
                    : " names an outcome that is not in the review (" + org.eclipse.emf.ecore.util.EcoreUtil.getURI(saved.getOutcome()).fragment() + ")"));
        }
        Settings settings = settings(saved);
        ReviewStudies.Read read = ReviewStudies.read(review, settings.measure(),
                new ReviewStudies.Choice(saved.getOutcome().getId(), saved.getCriteria(), saved.getPopulation(), saved.getTimepoint()));
        Map<String, String> byReviewers = new LinkedHashMap<>();
        List<StudyData> studies = new ArrayList<>(read.studies());
        for (AnalysisExclusion exclusion : saved.getExclusions()) {
            String label = exclusion.getStudy() == null ? null : exclusion.getStudy().getLabel() == null ? exclusion.getStudy().getId()
                    : exclusion.getStudy().getLabel();
            if (label != null && studies.removeIf(s -> s.label().equals(label))) {
                byReviewers.put(label, exclusion.getReason());
            }
        }
        ReviewStudies.Read kept = new ReviewStudies.Read(studies, read.leftOut(), read.provenance());
        return new Run(settings, kept, byReviewers, Synthesis.pool(studies, settings));
    }

    public static Settings settings(Analysis saved) {
        EffectMeasure measure = parse(EffectMeasure.class, saved.getMeasure(), "measure", saved);
        PoolingMethod method = saved.getMethod() == null ? PoolingMethod.REML : parse(PoolingMethod.class, saved.getMethod(), "method", saved);
        ZeroCellRule zeros = saved.getZeroCells() == null ? ZeroCellRule.METAFOR : parse(ZeroCellRule.class, saved.getZeroCells(), "zero-cell rule", saved);
        return new Settings(measure, method, saved.isKnha(), zeros, 0.95);
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
