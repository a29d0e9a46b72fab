package org.appraise.core.rob;

import java.util.List;
import java.util.Optional;

/**
 * A domain of a tool: its questions in order and the algorithm that proposes a judgement from their answers.
 * A domain without rules is judged by the assessor alone (ROBINS-I 2016 publishes no algorithm). A domain
 * that applies only under a preliminary answer (RoB 2's effect of interest) has an applies-when condition.
 * Domains outside the overall judgement (QUADAS-2 applicability) have {@code inOverall} false. A partial
 * algorithm proposes for some answers only (ROBINS-I 2016 confounding: no potential for confounding is Low)
 * and leaves the rest to the assessor.
 */
public record ToolDomain(String id, String caption, String name, List<SignallingQuestion> questions,
        List<JudgementRule> rules, boolean inOverall, Optional<Condition> appliesWhen, boolean starScored, boolean partialAlgorithm) {

    public boolean hasAlgorithm() {
        return !rules.isEmpty();
    }

    public int maxStars() {
        return questions.stream().mapToInt(q -> q.answers().stream().mapToInt(AnswerOption::stars).max().orElse(0)).sum();
    }
}
