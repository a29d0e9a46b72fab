package org.appraise.synthesis.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.core.synthesis.Comparisons.Comparison;
import org.appraise.model.Review;

/**
 * The risk of bias of an analysis' studies with one tool: per study (by label), the row of the review's risk-of-bias
 * table that judged it, for a tool that judges results (RoB 2, ROBINS-I) the row of the very result the analysis reads
 * (same outcome, criteria, timepoint, population). A study without such a row is not assessed: never another result's
 * judgement. The tool is the analysis' own when it names one; else the only tool that judged this outcome's results of
 * these studies, else the only tool that judged the studies; with several, none is chosen and the note says which.
 */
public record AnalysisRiskOfBias(RiskOfBiasTool tool, Map<String, RiskOfBiasTable.Row> rows) {

    /** The tool, or why there is none. */
    public record Found(Optional<AnalysisRiskOfBias> riskOfBias, String note) {
    }

    public AnalysisRiskOfBias {
        rows = Map.copyOf(rows);
    }

    /** @throws IllegalArgumentException when the tool named is not one Appraise knows */
    public static Found of(Review review, String toolId, String outcomeId, Map<String, Comparison<?>> used, RiskOfBiasTools tools) {
        if (toolId != null && !toolId.isBlank()) {
            RiskOfBiasTool tool = tools.find(toolId).orElseThrow(() -> new IllegalArgumentException("'" + toolId + "' is not a risk-of-bias tool ("
                    + String.join(", ", tools.all().stream().map(RiskOfBiasTool::id).toList()) + ")"));
            return new Found(Optional.of(new AnalysisRiskOfBias(tool, rows(review, tool, outcomeId, used))), "");
        }
        List<AnalysisRiskOfBias> results = new ArrayList<>();
        List<AnalysisRiskOfBias> studies = new ArrayList<>();
        for (RiskOfBiasTool tool : tools.all()) {
            Map<String, RiskOfBiasTable.Row> rows = rows(review, tool, outcomeId, used);
            if (!rows.isEmpty()) {
                ("result".equals(tool.assesses()) ? results : studies).add(new AnalysisRiskOfBias(tool, rows));
            }
        }
        List<AnalysisRiskOfBias> chosen = results.isEmpty() ? studies : results;
        if (chosen.size() == 1) {
            return new Found(Optional.of(chosen.get(0)), "");
        }
        return new Found(Optional.empty(), chosen.isEmpty() ? "no study of the analysis is assessed for risk of bias"
                : "the studies were assessed with several tools (" + String.join(", ", chosen.stream().map(r -> r.tool().id()).toList())
                        + "): name the analysis' tool");
    }

    private static Map<String, RiskOfBiasTable.Row> rows(Review review, RiskOfBiasTool tool, String outcomeId, Map<String, Comparison<?>> used) {
        RiskOfBiasTable table = RiskOfBiasTable.of(review, tool, outcomeId);
        Map<String, RiskOfBiasTable.Row> rows = new LinkedHashMap<>();
        used.forEach((label, row) -> {
            List<RiskOfBiasTable.Row> of = table.rows().stream().filter(r -> r.study() == row.study())
                    .filter(r -> !"result".equals(tool.assesses()) || RiskOfBiasTable.sameThing(r.assessment().getMeasurement(), row.measurement()))
                    .toList();
            if (of.size() == 1) {
                rows.put(label, of.get(0));
            }
        });
        return rows;
    }

    /** The study's overall judgement, empty when it is not assessed (or not judged overall yet). */
    public Optional<JudgementLevel> overall(String label) {
        return Optional.ofNullable(rows.get(label)).map(RiskOfBiasTable.Row::overall).flatMap(tool::level);
    }

    /** A domain's judgement (by caption), empty when not assessed. */
    public Optional<JudgementLevel> judgement(String label, String caption) {
        return Optional.ofNullable(rows.get(label)).map(r -> r.judgements().get(caption)).flatMap(tool::level);
    }

    /** Whether the study's overall judgement is of the tool's high or critical tone (high, serious, critical, poor...). */
    public boolean high(String label) {
        return overall(label).map(l -> l.tone().equals("high") || l.tone().equals("critical")).orElse(false);
    }
}
