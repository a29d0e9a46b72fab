package org.appraise.core.assistant;

import java.util.Locale;
import java.util.Set;

/**
 * Where a paper's sentences end: a full stop, question or exclamation mark followed by a capital or a digit (not
 * after "vs.", "Fig.", "et al.", "e.g." or an initial), or a blank line whose next words do not go on in lower
 * case (a page or column break inside a sentence).
 */
final class SentenceEnds {

    private static final Set<String> ABBREVIATIONS = Set.of("vs", "fig", "figs", "al", "e.g", "i.e", "no", "ref", "approx", "ca", "resp",
            "eq", "tab", "suppl", "etc", "dr", "mr", "ms");

    private SentenceEnds() {
    }

    /** Whether the character at {@code i} is a new line before a blank line that ends a paragraph. */
    static boolean paragraphBreak(String text, int i) {
        return text.charAt(i) == '\n' && nextLineBlank(text, i) && !continues(text, i);
    }

    /** Whether the character at {@code i} is a mark that ends a sentence. */
    static boolean fullStop(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '?' || c == '!') && followedByCapital(text, i) && !abbreviation(text, i);
    }

    /** Whether the words after a blank line go on with the sentence before it (a page or column break): they start in lower case. */
    private static boolean continues(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        int k = newline - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j)) && k >= 0 && text.charAt(k) != '.';
    }

    private static boolean nextLineBlank(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean followedByCapital(String text, int i) {
        int j = i + 1;
        if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)));
    }

    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(from));
    }
}
