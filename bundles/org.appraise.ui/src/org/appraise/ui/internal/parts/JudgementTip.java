package org.appraise.ui.internal.parts;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.model.DomainJudgement;

/** What a cell of the risk-of-bias matrix says on hover: the judgement, the proposal, the rationale and support, and the other assessors'. */
final class JudgementTip {

    private JudgementTip() {
    }

    static String of(RiskOfBiasTool t, RiskOfBiasTable.Row row, String header) {
        StringBuilder tip = new StringBuilder();
        if (header.equals("Overall")) {
            tip.append("Overall: proposed ").append(levelLabel(t, row.assessment().getProposedOverall()));
            if (row.assessment().getOverallRationale() != null && !row.assessment().getOverallRationale().isBlank()) {
                tip.append("\nRationale: ").append(row.assessment().getOverallRationale());
            }
        } else {
            for (DomainJudgement judgement : row.assessment().getDomains()) {
                String domainCaption = t.domain(judgement.getDomain()).map(d -> d.caption()).orElse(judgement.getDomain());
                if (domainCaption.equals(header)) {
                    tip.append(t.domain(judgement.getDomain()).map(d -> d.name()).orElse(header))
                            .append("\nJudgement: ").append(levelLabel(t, judgement.getJudgement()))
                            .append(" (proposed: ").append(judgement.getProposed() == null ? "none, assessor's judgement" : levelLabel(t, judgement.getProposed())).append(')');
                    if (judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
                        tip.append("\nRationale: ").append(judgement.getRationale());
                    }
                    if (judgement.getSupport() != null && !judgement.getSupport().isBlank()) {
                        tip.append("\nSupport: ").append(judgement.getSupport());
                    }
                }
            }
        }
        for (RiskOfBiasTable.Other other : row.others()) {
            String theirs = header.equals("Overall") ? other.overall() : other.judgements().get(header);
            if (header.equals("Overall") || other.judgements().containsKey(header)) {
                tip.append("\n").append(other.reviewer()).append(": ").append(levelLabel(t, theirs));
            }
        }
        return tip.toString();
    }

    static String levelLabel(RiskOfBiasTool t, String level) {
        return level == null || level.isEmpty() ? "none" : t.level(level).map(JudgementLevel::label).orElse(level);
    }
}
