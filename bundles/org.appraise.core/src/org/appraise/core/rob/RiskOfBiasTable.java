package org.appraise.core.rob;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.Study;

/**
 * The assessments of a review with one tool, as the risk-of-bias view and the figures show them: one row per
 * study (per result for tools that assess results), a judgement per domain caption and overall. A study's
 * consensus extraction is used where it has assessments with the tool; otherwise the first reviewer's (by
 * extraction id), and the row says it is not yet agreed. The weight of a row is the number of participants
 * (the arms' sizes in the result's analysis population, else their first sizes), for weighted summaries.
 */
public final class RiskOfBiasTable {

    /**
     * One row: a study (and result), its judgements by domain caption, where they come from, and the other
     * assessors' assessments of the same study (and result) with the same tool.
     */
    public record Row(Study study, RiskOfBiasAssessment assessment, String label, String result,
            Map<String, String> judgements, String overall, Optional<BigDecimal> weight, String reviewer,
            boolean agreed, List<Other> others) {

        /** The assessors whose judgements differ from this row's in some column. */
        public List<Other> disagreeing() {
            return others.stream().filter(o -> !o.differences().isEmpty()).toList();
        }
    }

    /** Another assessor's assessment of the same thing: its judgements and the columns where it differs. */
    public record Other(RiskOfBiasAssessment assessment, String reviewer, Map<String, String> judgements, String overall,
            List<String> differences) {
    }

    private final RiskOfBiasTool tool;
    private final List<Row> rows;

    private RiskOfBiasTable(RiskOfBiasTool tool, List<Row> rows) {
        this.tool = tool;
        this.rows = List.copyOf(rows);
    }

    /**
     * @param outcomeId only results of this outcome (null: all); ignored by tools that assess whole studies
     */
    public static RiskOfBiasTable of(Review review, RiskOfBiasTool tool, String outcomeId) {
        List<Row> rows = new ArrayList<>();
        for (Study study : review.getStudies()) {
            List<Extraction> withTool = study.getExtractions().stream()
                    .filter(e -> e.getAssessments().stream().anyMatch(a -> tool.id().equals(a.getTool())))
                    .sorted(Comparator.comparing((Extraction e) -> !e.isConsensus()).thenComparing(Extraction::getId))
                    .toList();
            if (withTool.isEmpty()) {
                continue;
            }
            Extraction source = withTool.get(0);
            for (RiskOfBiasAssessment assessment : source.getAssessments()) {
                if (!tool.id().equals(assessment.getTool())) {
                    continue;
                }
                OutcomeMeasurement measurement = assessment.getMeasurement();
                if (outcomeId != null && "result".equals(tool.assesses()) && (measurement == null
                        || measurement.getOutcome() == null || !outcomeId.equals(measurement.getOutcome().getId()))) {
                    continue;
                }
                Row row = row(tool, study, source, assessment, List.of());
                rows.add(withOthers(tool, study, source, row));
            }
        }
        return new RiskOfBiasTable(tool, rows);
    }

    /** The same row with the other extractions' assessments of the same study (and result) compared to it. */
    private static Row withOthers(RiskOfBiasTool tool, Study study, Extraction source, Row row) {
        List<Other> others = new ArrayList<>();
        for (Extraction other : study.getExtractions()) {
            if (other == source) {
                continue;
            }
            for (RiskOfBiasAssessment assessment : other.getAssessments()) {
                if (!tool.id().equals(assessment.getTool()) || !sameThing(row.assessment().getMeasurement(), assessment.getMeasurement())) {
                    continue;
                }
                Row theirs = row(tool, study, other, assessment, List.of());
                List<String> differences = new ArrayList<>();
                for (String caption : tool.captions()) {
                    if (!java.util.Objects.equals(row.judgements().get(caption), theirs.judgements().get(caption))) {
                        differences.add(caption);
                    }
                }
                if (!java.util.Objects.equals(row.overall(), theirs.overall())) {
                    differences.add("Overall");
                }
                others.add(new Other(assessment, theirs.reviewer(), theirs.judgements(), theirs.overall(), List.copyOf(differences)));
            }
        }
        return new Row(row.study(), row.assessment(), row.label(), row.result(), row.judgements(), row.overall(), row.weight(),
                row.reviewer(), row.agreed(), List.copyOf(others));
    }

    /** Two reviewers' results are the same thing when they are of the same outcome, criteria, time point and population. */
    public static boolean sameThing(OutcomeMeasurement a, OutcomeMeasurement b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a == b) {
            return true;
        }
        return a.getOutcome() != null && b.getOutcome() != null && a.getOutcome().getId().equals(b.getOutcome().getId())
                && java.util.Objects.equals(blankToNull(a.getCriteria()), blankToNull(b.getCriteria()))
                && java.util.Objects.equals(blankToNull(a.getTimepoint()), blankToNull(b.getTimepoint()))
                && java.util.Objects.equals(blankToNull(a.getPopulation()), blankToNull(b.getPopulation()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Row row(RiskOfBiasTool tool, Study study, Extraction source, RiskOfBiasAssessment assessment, List<Other> others) {
        Map<String, String> answers = AssessmentEdits.answers(assessment);
        Proposal proposal = new JudgementProposal(tool).propose(answers, AssessmentEdits.finals(assessment));
        Map<String, String> judgements = new LinkedHashMap<>();
        for (ToolDomain domain : tool.domains()) {
            if (!domain.inOverall() || !proposal.domain(domain.id()).applies()) {
                continue;
            }
            String level = AssessmentEdits.finals(assessment).get(domain.id());
            judgements.put(domain.caption(), level);
        }
        OutcomeMeasurement measurement = assessment.getMeasurement();
        String result = measurement == null ? "" : describe(measurement);
        String label = study.getLabel() == null || study.getLabel().isBlank() ? study.getId() : study.getLabel();
        String reviewer = source.getReviewer() == null ? "" : source.getReviewer().getId();
        return new Row(study, assessment, label, result, judgements, emptyToNull(assessment.getOverall()),
                weight(source, measurement), reviewer, source.isConsensus(), others);
    }

    private static String describe(OutcomeMeasurement measurement) {
        StringBuilder text = new StringBuilder();
        text.append(measurement.getOutcome() == null ? measurement.getId()
                : measurement.getOutcome().getName() == null ? measurement.getOutcome().getId() : measurement.getOutcome().getName());
        for (String part : new String[] { measurement.getCriteria(), measurement.getTimepoint(), measurement.getPopulation() }) {
            if (part != null && !part.isBlank()) {
                text.append(", ").append(part);
            }
        }
        return text.toString();
    }

    private static Optional<BigDecimal> weight(Extraction extraction, OutcomeMeasurement measurement) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (Arm arm : extraction.getArms()) {
            Optional<GroupSize> size = arm.getGroupSizes().stream()
                    .filter(s -> measurement != null && measurement.getPopulation() != null
                            && measurement.getPopulation().equals(s.getPopulation()))
                    .findFirst().or(() -> arm.getGroupSizes().stream().findFirst());
            if (size.isPresent() && size.get().getN() != null && size.get().getN().getNumber() != null) {
                total = total.add(size.get().getN().getNumber());
                any = true;
            }
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    public RiskOfBiasTool tool() {
        return tool;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The columns: the tool's domain captions that count towards the overall judgement. */
    public List<String> captions() {
        return tool.captions();
    }

    /** The share of rows at each level for a caption ("Overall" for the overall column), weighted or not. */
    public Map<String, BigDecimal> shares(String caption, boolean weighted) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Row row : rows) {
            String level = "Overall".equals(caption) ? row.overall() : row.judgements().get(caption);
            if (level == null) {
                continue;
            }
            BigDecimal weight = weighted ? row.weight().orElse(BigDecimal.ZERO) : BigDecimal.ONE;
            totals.merge(level, weight, BigDecimal::add);
            sum = sum.add(weight);
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (JudgementLevel level : tool.levels()) {
            BigDecimal value = totals.getOrDefault(level.id(), BigDecimal.ZERO);
            shares.put(level.id(), sum.signum() == 0 ? BigDecimal.ZERO : value.divide(sum, java.math.MathContext.DECIMAL64));
        }
        return shares;
    }
}
