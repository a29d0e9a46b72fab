package org.appraise.core.assistant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arms a ratio names as its comparison, between its event and its number: "The hazard ratio for death with
 * atezolizumab-bevacizumab as compared with sorafenib was 0.58": the first is the experimental arm, the second the
 * comparator, whatever order the paper introduced them in.
 */
final class RatioArms {

    private static final Pattern COMPARED = Pattern.compile("^\\(?\\s*(?:a?HR|hazard\\s+ratio)(?:\\s+for\\s+[a-z ]{1,40}?)?\\s+(?:with|for|of)\\s+"
            + "([^;()\\[\\]]{1,80}?)\\s+(?:as\\s+)?compared\\s+(?:with|to)\\s+([^;()\\[\\]]{1,60}?)\\s+(?:was|is)\\b", Pattern.CASE_INSENSITIVE);

    private RatioArms() {
    }

    /** The experimental and comparator arms the ratio at {@code at} names, or null when it names no two known arms so. */
    static int[] compared(String sentence, int at, PaperArms arms) {
        Matcher m = COMPARED.matcher(sentence.substring(at));
        if (!m.find()) {
            return null;
        }
        int experimental = arms.named(sentence, at + m.start(1), at + m.end(1));
        int comparator = arms.named(sentence, at + m.start(2), at + m.end(2));
        return experimental >= 0 && comparator >= 0 && experimental != comparator ? new int[] { experimental, comparator } : null;
    }
}
