package org.appraise.core;

import java.util.List;

/** The lettered footnotes of a table (the Summary of Findings, the characteristics of included studies): a, b, ... z, aa. */
public final class Footnotes {

    private Footnotes() {
    }

    /** The letter of a footnote's text, added to the notes when new: the same text keeps the same letter. */
    public static String letterFor(List<String> notes, String text) {
        int at = notes.indexOf(text);
        if (at < 0) {
            notes.add(text);
            at = notes.size() - 1;
        }
        return letter(at);
    }

    /** The letter of the footnote at an index (0 is a, 26 is aa). */
    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : letter(index / 26 - 1) + (char) ('a' + index % 26);
    }
}
