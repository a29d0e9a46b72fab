package org.appraise.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.core.screening.Agreement;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;

/**
 * Agreement between each pair of reviewers who both extracted at least one study: per field group the
 * share of fields they agree on, Cohen's kappa for the study design (nominal) and linear-weighted kappa for
 * each risk-of-bias tool's judgements (ordered levels), and every disagreement by study and field.
 * Consensus extractions are not reviewers' work and are left out.
 */
public final class ReviewAgreement {

    /** A pair of reviewers and how they agree. */
    public record Pair(Reviewer first, Reviewer second, List<String> studies, Map<String, double[]> groups,
            Optional<Agreement> design, Map<String, Agreement> riskOfBias, List<Disagreement> disagreements) {
    }

    public record Disagreement(String study, ExtractionComparison.Field field) {
    }

    private final RiskOfBiasTools tools;

    public ReviewAgreement(RiskOfBiasTools tools) {
        this.tools = tools;
    }

    public List<Pair> pairs(Review review) {
        List<Pair> pairs = new ArrayList<>();
        List<Reviewer> reviewers = review.getReviewers();
        ExtractionComparison comparison = new ExtractionComparison(tools);
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                Reviewer a = reviewers.get(i);
                Reviewer b = reviewers.get(j);
                List<String> studies = new ArrayList<>();
                List<ExtractionComparison.Field> all = new ArrayList<>();
                List<Disagreement> disagreements = new ArrayList<>();
                List<String> designA = new ArrayList<>();
                List<String> designB = new ArrayList<>();
                Map<String, List<String>[]> judgements = new LinkedHashMap<>();
                for (Study study : review.getStudies()) {
                    Optional<Extraction> ea = of(study, a);
                    Optional<Extraction> eb = of(study, b);
                    if (ea.isEmpty() || eb.isEmpty()) {
                        continue;
                    }
                    studies.add(study.getId());
                    for (ExtractionComparison.Field field : comparison.compare(ea.get(), eb.get())) {
                        all.add(field);
                        if (!field.agree()) {
                            disagreements.add(new Disagreement(study.getId(), field));
                        }
                        if (field.group().equals(ExtractionComparison.DESIGN)) {
                            designA.add(field.first());
                            designB.add(field.second());
                        }
                        if (field.group().equals(ExtractionComparison.RISK_OF_BIAS) && !field.first().equals(ExtractionComparison.MISSING)
                                && !field.second().equals(ExtractionComparison.MISSING)) {
                            String tool = field.key().split(" \u00b7 ")[0];
                            @SuppressWarnings("unchecked")
                            List<String>[] lists = judgements.computeIfAbsent(tool, t -> new List[] { new ArrayList<>(), new ArrayList<>() });
                            lists[0].add(field.first());
                            lists[1].add(field.second());
                        }
                    }
                }
                if (studies.isEmpty()) {
                    continue;
                }
                Map<String, Agreement> rob = new LinkedHashMap<>();
                judgements.forEach((toolId, lists) -> {
                    Optional<RiskOfBiasTool> tool = tools.find(toolId);
                    if (tool.isPresent()) {
                        rob.put(toolId, Agreement.weighted(lists[0], lists[1], tool.get().levels().stream().map(JudgementLevel::id).toList()));
                    }
                });
                pairs.add(new Pair(a, b, studies, ExtractionComparison.byGroup(all), Optional.of(Agreement.cohen(designA, designB)), rob,
                        disagreements));
            }
        }
        return pairs;
    }

    private static Optional<Extraction> of(Study study, Reviewer reviewer) {
        return study.getExtractions().stream().filter(e -> !e.isConsensus() && e.getReviewer() == reviewer).findFirst();
    }
}
