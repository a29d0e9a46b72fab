package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads BibTeX as databases export it. Written here rather than taken from jbibtex because jbibtex keeps
 * fields in a map (Scopus repeats {@code funding_details}, and the second would be lost) and refuses the
 * field names with a (no-break) space Scopus writes ({@code funding_text 1}). Entries become records whose fields are
 * the entry type ({@code @type}), the key ({@code @key}) and every field in file order, values as written
 * (braces and LaTeX kept); {@code @string}, {@code @preamble} and {@code @comment} are skipped. An entry
 * whose braces never close is reported with its line, and parsing resumes at the next {@code @}.
 */
public final class BibtexReader {

    private BibtexReader() {
    }

    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems)
            throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[1 << 16];
        for (int n; (n = reader.read(buffer)) > 0;) {
            all.append(buffer, 0, n);
        }
        String text = all.toString();
        int delivered = 0;
        int at = text.indexOf('@');
        while (at >= 0) {
            int open = indexOfAny(text, at, '{', '(');
            if (open < 0) {
                break;
            }
            String type = text.substring(at + 1, open).strip().toLowerCase(Locale.ROOT);
            int close = matching(text, open);
            if (close < 0) {
                problems.add(new ImportProblem(file, line(text, at), "@" + type + " entry never closes its braces: skipped"));
                at = text.indexOf('@', open + 1);
                continue;
            }
            if (!type.equals("string") && !type.equals("preamble") && !type.equals("comment") && type.matches("[a-z]+")) {
                TaggedRecord record = new TaggedRecord(line(text, at));
                record.add("@type", type);
                fields(text.substring(open + 1, close), record);
                records.accept(record);
                delivered++;
            }
            at = text.indexOf('@', close + 1);
        }
        return delivered;
    }

    private static void fields(String body, TaggedRecord record) {
        int comma = body.indexOf(',');
        if (comma < 0) {
            record.add("@key", body.strip());
            return;
        }
        record.add("@key", body.substring(0, comma).strip());
        int i = comma + 1;
        while (i < body.length()) {
            int equals = body.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = body.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            int end = valueEnd(body, start);
            String value = body.substring(start, end).strip();
            if (!name.isEmpty()) {
                record.add(name, unwrap(value));
            }
            i = end;
            while (i < body.length() && (Character.isWhitespace(body.charAt(i)) || body.charAt(i) == ',')) {
                i++;
            }
        }
    }

    /** Where a value ends: after its braces or quotes, including concatenations with #. */
    private static int valueEnd(String body, int start) {
        int i = start;
        int depth = 0;
        boolean quoted = false;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (c == ',' && depth == 0 && !quoted) {
                return i;
            }
        }
        return i;
    }

    private static String unwrap(String value) {
        if (value.length() >= 2 && (value.startsWith("{") && value.endsWith("}") && matching(value, 0) == value.length() - 1
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The closing brace (or parenthesis) of an opening one; -1 if a new entry starts at a line first. */
    private static int matching(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (c == '@' && depth == 1 && text.charAt(i - 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOfAny(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
            if (text.charAt(i) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static final Map<String, String> ACCENTS = Map.of("\\'", "\u0301", "\\`", "\u0300", "\\^", "\u0302", "\\\"", "\u0308",
            "\\~", "\u0303", "\\c", "\u0327", "\\=", "\u0304", "\\.", "\u0307", "\\v", "\u030C", "\\u", "\u0306");

    /** LaTeX's text symbols that exports write for characters BibTeX would misread ("\\textgreater" for ">"). */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("\\textgreater", ">"), Map.entry("\\textless", "<"),
            Map.entry("\\textasciitilde", "~"), Map.entry("\\textasciicircum", "^"), Map.entry("\\textbackslash", "\\"),
            Map.entry("\\textbar", "|"), Map.entry("\\textendash", "\u2013"), Map.entry("\\textemdash", "\u2014"), Map.entry("\\textpm", "\u00B1"),
            Map.entry("\\textmu", "\u00B5"), Map.entry("\\textdegree", "\u00B0"), Map.entry("\\ge", "\u2265"), Map.entry("\\le", "\u2264"),
            Map.entry("\\pm", "\u00B1"));

    /** Plain text of a LaTeX-ish value: accents to Unicode, braces dropped, whitespace folded. */
    static String plain(String value) {
        if (value == null) {
            return null;
        }
        String s = value;
        for (Map.Entry<String, String> accent : ACCENTS.entrySet()) {
            String command = java.util.regex.Pattern.quote(accent.getKey());
            s = s.replaceAll("\\{?" + command + "\\s*\\{?([A-Za-z])\\}?\\}?", "$1" + accent.getValue());
        }
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            // as LaTeX reads them: "\\textgreater{} 5" keeps its space, "\\textgreater 5" does not
            String command = java.util.regex.Pattern.quote(symbol.getKey());
            String text = java.util.regex.Matcher.quoteReplacement(symbol.getValue());
            s = s.replaceAll(command + "\\{\\}", text).replaceAll(command + "(?![A-Za-z])\\s?", text);
        }
        s = s.replace("\\&", "&").replace("\\%", "%").replace("\\_", "_").replace("\\$", "$").replace("\\#", "#").replace("--", "\u2013")
                .replace("{", "").replace("}", "");
        return Normalizer.normalize(s.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
    }

    /** Maps an entry to a reference, keeping every field as written. */
    public static org.appraise.model.Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        org.appraise.model.Reference reference = record.reference(id, sourceDatabase != null ? sourceDatabase : plain(record.first("source")));
        String authors = record.first("author");
        if (authors != null) {
            for (String author : authors.split("\\s+and\\s+")) {
                if (!author.isBlank()) {
                    reference.getAuthors().add(plain(author));
                }
            }
        }
        reference.setTitle(plain(record.first("title")));
        reference.setJournal(plain(record.first("journal", "booktitle")));
        String year = record.first("year");
        if (year != null && year.strip().matches("\\d{4}")) {
            reference.setYear(Integer.valueOf(year.strip()));
        }
        reference.setVolume(record.first("volume"));
        reference.setIssue(record.first("number"));
        String pages = record.first("pages");
        reference.setPages(pages == null ? record.first("art_number") : pages.replace("--", "-"));
        reference.setDoi(CitationFields.doi(record.all("doi", "url")));
        reference.setPmid(CitationFields.pmid(record.first("pmid")));
        reference.setAbstract(plain(record.first("abstract")));
        for (String keywords : record.all("author_keywords", "keywords")) {
            for (String keyword : keywords.split("[;,]")) {
                if (!keyword.isBlank()) {
                    reference.getKeywords().add(plain(keyword));
                }
            }
        }
        return reference;
    }
}
