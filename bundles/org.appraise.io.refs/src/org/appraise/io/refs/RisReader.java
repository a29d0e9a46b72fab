package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS as the databases and reference managers really write it (Embase, ProQuest, Zotero, Web of
 * Science, Rayyan, Scopus, EndNote, Lens, PsycInfo): a tag of two characters, two spaces, a hyphen; a
 * record from {@code TY} to {@code ER}. Lines without a tag continue the previous field (Rayyan writes one
 * keyword per untagged line); lines before the first {@code TY} (EndNote's record numbers, blank lines)
 * are skipped; a file that ends inside a record, or a tag outside any record, is reported with its line,
 * and every complete record is still delivered. Records stream to the consumer one at a time.
 */
public final class RisReader {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Pattern LOOSE_TAG = Pattern.compile("^([A-Z][A-Z0-9]) {1,2}- ?(.*)$");

    private RisReader() {
    }

    /**
     * Reads every record; returns how many were delivered.
     *
     * @param problems receives what could not be taken as it is (the file name is used in each)
     */
    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems)
            throws IOException {
        TaggedRecord current = null;
        int delivered = 0;
        int lineNumber = 0;
        boolean reportedStray = false;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.indexOf('\uFFFD') >= 0) {
                problems.add(new ImportProblem(file, lineNumber, "bytes that are not text in the file's encoding were replaced by \uFFFD"));
            }
            String text = stripEnd(line);
            String name = null;
            String value = null;
            if (wellFormedTag(text)) { // "AU  - Liu, Q": as TAG reads it, without the pattern (millions of lines in a large search)
                name = text.substring(0, 2);
                value = text.length() == 5 ? "" : text.substring(6).strip();
            } else {
                Matcher tag = TAG.matcher(text);
                if (tag.matches() || (tag = LOOSE_TAG.matcher(text)).matches()) {
                    name = tag.group(1);
                    value = tag.group(2) == null ? "" : tag.group(2).strip();
                }
            }
            if (name != null) {
                if (name.equals("TY")) {
                    if (current != null) {
                        problems.add(new ImportProblem(file, current.line(), "record has no ER line before the next TY at line "
                                + lineNumber + "; it was imported as it stands"));
                        records.accept(current);
                        delivered++;
                    }
                    current = new TaggedRecord(lineNumber);
                    current.add(name, value);
                    reportedStray = false;
                } else if (name.equals("ER")) {
                    if (current != null) {
                        records.accept(current);
                        delivered++;
                    }
                    current = null;
                } else if (current != null) {
                    current.add(name, value);
                } else if (!reportedStray) {
                    problems.add(new ImportProblem(file, lineNumber, "field " + name + " outside a record (no TY before it): skipped"));
                    reportedStray = true;
                }
            } else if (current != null && !current.isEmpty() && !text.isBlank()) {
                current.continueLast(text.strip(), continuationJoiner(current));
            }
        }
        if (current != null) {
            problems.add(new ImportProblem(file, current.line(), "the file ends inside this record (no ER): truncated? It was imported as it stands"));
            records.accept(current);
            delivered++;
        }
        return delivered;
    }

    /** Keywords continued on untagged lines are separate keywords; other fields are wrapped text. */
    private static String continuationJoiner(TaggedRecord record) {
        String last = record.fields().get(record.fields().size() - 1).tag();
        return last.equals("KW") ? "\n" : " ";
    }

    /** Whether a line is a tag line exactly as {@link #TAG} takes it: two characters, two spaces, a hyphen, a space, text. */
    static boolean wellFormedTag(String text) {
        if (text.length() != 5 && (text.length() < 7 || text.charAt(5) != ' ')) {
            return false;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        if (first < 'A' || first > 'Z' || !(second >= 'A' && second <= 'Z' || second >= '0' && second <= '9') || text.charAt(2) != ' '
                || text.charAt(3) != ' ' || text.charAt(4) != '-') {
            return false;
        }
        for (int i = 6; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // the pattern's "." stops at these: leave such a line to it
            }
        }
        return true;
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
