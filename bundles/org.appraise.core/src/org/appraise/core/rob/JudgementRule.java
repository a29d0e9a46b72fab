package org.appraise.core.rob;

/** One row of a published algorithm: when the condition holds, the tool proposes the level. */
public record JudgementRule(Condition when, String whenText, String level) {
}
