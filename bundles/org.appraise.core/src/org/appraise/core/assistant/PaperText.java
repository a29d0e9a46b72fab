package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;

/**
 * A paper's text as the assistant reads it: the text as stored, the same text made plain one character for one
 * (dashes, minus signs and no-break spaces as ASCII, so offsets stay those of the stored text), its lines, and
 * the sections whose sentences report other studies or no results (introduction, discussion, references).
 */
final class PaperText {

    private static final String HEADING_WORDS = "[ \\t#]*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(abstract|background|introduction|methods?|patients and methods"
            + "|materials and methods|results?|discussion|conclusions?|references|declarations|acknowledg[a-z]*|limitations)[ \\t]*:?[ \\t]*";
    private static final Pattern HEADING = Pattern.compile("(?im)^" + HEADING_WORDS + "$");
    private static final Pattern HEADING_LINE = Pattern.compile("(?i)" + HEADING_WORDS);

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
        this.skipped = skipped(text);
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

    /** Whether a line is a section heading ("Discussion", "4 Discussion", "Results:"): a table never runs across one. */
    static boolean heading(String line) {
        return HEADING_LINE.matcher(line).matches();
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

    private static List<int[]> skipped(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        int from = -1;
        while (m.find()) {
            if (from >= 0) {
                ranges.add(new int[] { from, m.start() });
                from = -1;
            }
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean reportsOthers = name.startsWith("background") && m.start() > text.length() / 20 || name.startsWith("introduction")
                    || name.startsWith("discussion") || name.startsWith("references") || name.startsWith("declarations")
                    || name.startsWith("acknowledg") || name.startsWith("limitations");
            if (reportsOthers) {
                from = m.start();
            }
        }
        if (from >= 0) {
            ranges.add(new int[] { from, text.length() });
        }
        return List.copyOf(ranges);
    }
}
