package org.appraise.core.rob;

import java.util.List;
import java.util.Optional;

/**
 * A signalling question of a domain (or a preliminary question of the assessment). It is asked only when its
 * condition holds; a question not asked is answered {@code NA} by the tool itself. The number is the one the
 * published tool prints (ids are unique within a tool, numbers need not be: RoB 2 has two sets of 2.x).
 */
public record SignallingQuestion(String id, String number, String text, List<AnswerOption> answers, Optional<Condition> askedWhen,
        String askedWhenText) {

    public Optional<AnswerOption> option(String code) {
        return answers.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
