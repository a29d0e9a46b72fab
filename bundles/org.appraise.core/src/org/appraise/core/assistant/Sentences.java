package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a paper's prose, split where {@link SentenceEnds} says; soft line breaks stay inside a sentence.
 * Sentences in tables and in sections that report other studies are left out.
 */
final class Sentences {

    private Sentences() {
    }

    /** Start and end offsets of each sentence worth reading. */
    static List<int[]> of(PaperText paper, PaperTables tables) {
        String text = paper.text();
        List<int[]> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean blankLine = SentenceEnds.paragraphBreak(text, i);
            if (blankLine || SentenceEnds.fullStop(text, i)) {
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
}
