package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Ovid's two text exports. Both start each record with a marker line: {@code <1. >} or {@code <3001. >} in the
 * tagged export, {@code <8>} in the full display. In the tagged export a field is a tag of two to four capitals padded
 * to four columns, a hyphen and a space ({@code UI  - 31475932}, {@code SO  - Lancet. 391(10126):1163-1173, 2018});
 * in the full display it is a label line ({@code Title}, {@code Author}, {@code DOI Number}) and its values on the
 * indented lines below (one author per line). Labels are turned into the tagged export's tags, so both read the same
 * way; a label Appraise does not know is kept under its own words. The search history Ovid writes before the first
 * record is skipped and said (one problem naming its lines).
 */
public final class OvidReader {

    private static final Pattern MARKER = Pattern.compile("^<\\s*(\\d+)\\.?\\s*>$");
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9]{1,3}) {0,3}-(?: (.*))?$");

    /** The full display's labels and the tags of the tagged export that hold the same field. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("unique identifier", "UI"), Map.entry("accession number", "AN"),
            Map.entry("pubmed id", "PM"), Map.entry("pmid", "PM"), Map.entry("title", "TI"), Map.entry("original title", "OT"),
            Map.entry("author", "AU"), Map.entry("authors", "AU"), Map.entry("author names", "AU"), Map.entry("source", "SO"),
            Map.entry("journal name", "JN"), Map.entry("journal title", "JN"), Map.entry("journal abbreviation", "JA"), Map.entry("volume", "VO"),
            Map.entry("issue", "IP"), Map.entry("issue/part", "IP"), Map.entry("page", "PG"), Map.entry("pages", "PG"),
            Map.entry("year of publication", "YR"), Map.entry("publication year", "YR"), Map.entry("date of publication", "DP"),
            Map.entry("doi number", "DO"), Map.entry("digital object identifier", "DO"), Map.entry("doi", "DO"), Map.entry("abstract", "AB"),
            Map.entry("database", "DB"), Map.entry("mesh subject headings", "MH"), Map.entry("emtree heading", "MH"),
            Map.entry("keyword heading", "KW"), Map.entry("keywords", "KW"), Map.entry("publication type", "PT"), Map.entry("language", "LG"),
            Map.entry("issn", "IS"), Map.entry("url", "UR"), Map.entry("link to the ovid full text or citation", "XL"));

    private OvidReader() {
    }

    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems) throws IOException {
        TaggedRecord current = null;
        boolean labelled = false;
        int delivered = 0;
        int lineNumber = 0;
        int preamble = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String text = line.stripTrailing();
            if (text.isBlank()) {
                continue;
            }
            if (MARKER.matcher(text.strip()).matches()) {
                if (current == null && preamble > 0) {
                    problems.add(new ImportProblem(file, preamble, "lines " + preamble + "-" + (lineNumber - 1)
                            + " before the first record marker (the search history Ovid puts first) were not read as records"));
                }
                if (current != null && !current.isEmpty()) {
                    records.accept(current);
                    delivered++;
                }
                current = new TaggedRecord(lineNumber);
                continue;
            }
            if (current == null) {
                preamble = preamble == 0 ? lineNumber : preamble;
                continue;
            }
            Matcher tag = TAG.matcher(text);
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented && text.length() >= 5 && text.charAt(4) == '-' && tag.matches()) {
                current.add(tag.group(1), tag.group(2) == null ? "" : tag.group(2).strip());
                labelled = false;
            } else if (!indented) {
                current.add(LABELS.getOrDefault(text.strip().toLowerCase(Locale.ROOT), text.strip()), "");
                labelled = true;
            } else if (!current.isEmpty() && labelled && !current.fields().get(current.fields().size() - 1).value().isEmpty()
                    && repeats(current.fields().get(current.fields().size() - 1).tag())) {
                current.add(current.fields().get(current.fields().size() - 1).tag(), text.strip());
            } else if (!current.isEmpty()) {
                current.continueLast(text.strip(), " ");
            } else {
                problems.add(new ImportProblem(file, lineNumber, "an indented line before any field of the record: skipped"));
            }
        }
        if (current != null && !current.isEmpty()) {
            records.accept(current);
            delivered++;
        }
        return delivered;
    }

    /** Fields whose indented lines in the full display are one value each (an author per line), not one value wrapped. */
    private static boolean repeats(String tag) {
        return tag.equals("AU") || tag.equals("MH") || tag.equals("KW") || tag.equals("PT");
    }
}
