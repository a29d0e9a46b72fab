package org.appraise.core.certainty;

import java.util.List;

/**
 * The certainty of a body of evidence: its level (HIGH, MODERATE, LOW, VERY_LOW), or null with the problems that keep it
 * from having one; and the level it started from.
 */
public record Certainty(String level, String start, List<String> problems) {

    public Certainty {
        problems = List.copyOf(problems);
    }

    /** GRADE's symbols with the level in words: "⊕⊕◯◯ Low"; empty without a level. */
    public String symbols() {
        if (level == null) {
            return "";
        }
        int filled = switch (level) {
            case "HIGH" -> 4;
            case "MODERATE" -> 3;
            case "LOW" -> 2;
            default -> 1;
        };
        return "\u2295".repeat(filled) + "\u25EF".repeat(4 - filled) + " " + CertaintyRule.label(level);
    }
}
