package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;

import org.appraise.core.NumberReader;

/**
 * A paper's text as the assistant reads it: the text as stored, the same text made plain one character for one
 * (dashes, minus signs and no-break spaces as ASCII, so offsets stay those of the stored text), its lines, and
 * the sections whose sentences report other studies or no results (introduction, discussion, references).
 */
final class PaperText {

    /** One line of the text: its offsets (end before the line break), its plain words and its words as stored (tabs kept). */
    record Line(int start, int end, String plain, String raw) {
    }

    private final String text;
    private final String plain;
    private final List<Line> lines;
    private final List<int[]> skipped;

    PaperText(String text) {
        this.text = text;
        this.plain = NumberReader.plain(text);
        this.lines = lines(text, plain);
        this.skipped = SkippedSections.of(text);
    }

    String text() {
        return text;
    }

    /** The plain text: the same length as the stored text, line breaks and tabs as spaces. */
    String plain() {
        return plain;
    }

    List<Line> lines() {
        return lines;
    }

    /** Whether an offset lies in a section that reports no results of this study (background, discussion...). */
    boolean inSkippedSection(int offset) {
        return skipped.stream().anyMatch(r -> r[0] <= offset && offset < r[1]);
    }

    /** The text with words broken at line ends joined again, for searches that need whole words ("mRE-\nCIST"). */
    String joinedWords() {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (int[] range : skipped) {
            kept.append(text, from, range[0]).append('\n');
            from = range[1];
        }
        kept.append(text.substring(Math.min(from, text.length())));
        return kept.toString().replaceAll("[-\u2010\u2011]\\s*\\n\\s*", "");
    }

    private static List<Line> lines(String text, String plain) {
        List<Line> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                found.add(new Line(start, end, plain.substring(start, end), text.substring(start, end)));
                start = i + 1;
            }
        }
        return List.copyOf(found);
    }
}
