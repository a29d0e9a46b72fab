package org.appraise.ui.internal.parts;

import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.SignallingQuestion;
import org.appraise.core.rob.ToolDomain;

/** A line of the risk-of-bias page's tree: a tool's preliminary considerations, a domain, a signalling question, its overall judgement. */
sealed interface AssessmentLine permits AssessmentLine.Preliminary, AssessmentLine.DomainLine, AssessmentLine.QuestionLine, AssessmentLine.Overall {

    record Preliminary(RiskOfBiasTool tool) implements AssessmentLine {
    }

    record DomainLine(RiskOfBiasTool tool, ToolDomain domain) implements AssessmentLine {
    }

    record QuestionLine(RiskOfBiasTool tool, SignallingQuestion question) implements AssessmentLine {
    }

    record Overall(RiskOfBiasTool tool) implements AssessmentLine {
    }
}
