package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentences of a paper's prose: split after a full stop, question or exclamation mark followed by a capital
 * (not after "vs.", "Fig.", "et al.", "e.g." or an initial) and at blank lines; soft line breaks stay inside a
 * sentence. Sentences in tables and in sections that report other studies are left out.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("vs", "fig", "figs", "al", "e.g", "i.e", "no", "ref", "approx", "ca", "resp",
            "eq", "tab", "suppl", "etc", "dr", "mr", "ms");

    private Sentences() {
    }

    /** Start and end offsets of each sentence worth reading. */
    static List<int[]> of(PaperText paper, PaperTables tables) {
        String text = paper.text();
        List<int[]> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blankLine = c == '\n' && nextLineBlank(text, i) && !continues(text, i);
            boolean stop = (c == '.' || c == '?' || c == '!') && followedByCapital(text, i) && !abbreviation(text, i);
            if (blankLine || stop) {
                add(found, paper, tables, start, blankLine ? i : i + 1);
                start = i + 1;
            }
        }
        add(found, paper, tables, start, text.length());
        return found;
    }

    private static void add(List<int[]> found, PaperText paper, PaperTables tables, int start, int end) {
        while (start < end && Character.isWhitespace(paper.text().charAt(start))) {
            start++;
        }
        if (end - start < 8 || paper.inSkippedSection(start) || tables.inTable(start)) {
            return;
        }
        found.add(new int[] { start, end });
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
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(from));
    }
}
