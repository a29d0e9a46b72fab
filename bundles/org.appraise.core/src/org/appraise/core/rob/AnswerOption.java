package org.appraise.core.rob;

/** An answer a signalling question allows; stars are what it earns on a star-scored tool (Newcastle-Ottawa). */
public record AnswerOption(String code, String label, int stars) {
}
