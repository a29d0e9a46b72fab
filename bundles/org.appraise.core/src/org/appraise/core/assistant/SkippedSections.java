package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a paper whose sentences report other studies or no results of this one (introduction,
 * discussion, references, declarations, acknowledgements, limitations; a background after the abstract), told by
 * their headings ("Discussion", "4 Discussion", "Results:"), as offset ranges the assistant skips.
 */
final class SkippedSections {

    private static final String HEADING_WORDS = "[ \\t#]*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(abstract|background|introduction|methods?|patients and methods"
            + "|materials and methods|results?|discussion|conclusions?|references|declarations|acknowledg[a-z]*|limitations)[ \\t]*:?[ \\t]*";
    private static final Pattern HEADING = Pattern.compile("(?im)^" + HEADING_WORDS + "$");
    private static final Pattern HEADING_LINE = Pattern.compile("(?i)" + HEADING_WORDS);

    private SkippedSections() {
    }

    /** Whether a line is a section heading ("Discussion", "4 Discussion", "Results:"): a table never runs across one. */
    static boolean heading(String line) {
        return HEADING_LINE.matcher(line).matches();
    }

    static List<int[]> of(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        int from = -1;
        while (m.find()) {
            if (from >= 0) {
                ranges.add(new int[] { from, m.start() });
                from = -1;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
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
