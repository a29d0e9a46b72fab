package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Web of Science tagged plain text (.ciw, .txt, and the older ISI export): a two-character tag and
 * a space, values continuing on lines indented by three spaces, records from {@code PT} to {@code ER}.
 * In list fields (authors, addresses, cited references) each continuation line is a value of its own; in
 * text fields it continues the text. {@code FN}, {@code VR} and {@code EF} frame the file.
 */
public final class WosReader {

    private static final Set<String> LISTS = Set.of("AU", "AF", "BA", "BF", "CA", "GP", "ED", "C1", "C3", "CR", "EM", "RI", "OI", "FU", "FX");
    private static final Set<String> FRAME = Set.of("FN", "VR", "EF");

    private WosReader() {
    }

    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems)
            throws IOException {
        TaggedRecord current = null;
        String lastTag = null;
        int delivered = 0;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String text = line.stripTrailing();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("   ") || text.startsWith("\t")) {
                if (current == null || lastTag == null) {
                    problems.add(new ImportProblem(file, lineNumber, "a continued value outside a record: skipped"));
                } else if (LISTS.contains(lastTag)) {
                    current.add(lastTag, text.strip());
                } else {
                    current.continueLast(text.strip(), " ");
                }
                continue;
            }
            String tag = text.length() >= 2 ? text.substring(0, 2) : text;
            String value = text.length() > 3 ? text.substring(3).strip() : "";
            if (FRAME.contains(tag)) {
                continue;
            }
            if (tag.equals("PT")) {
                if (current != null) {
                    problems.add(new ImportProblem(file, current.line(), "record has no ER before the next PT; it was imported as it stands"));
                    records.accept(current);
                    delivered++;
                }
                current = new TaggedRecord(lineNumber);
                current.add(tag, value);
                lastTag = tag;
            } else if (tag.equals("ER")) {
                if (current != null) {
                    records.accept(current);
                    delivered++;
                }
                current = null;
                lastTag = null;
            } else if (current == null) {
                problems.add(new ImportProblem(file, lineNumber, "field " + tag + " outside a record (no PT before it): skipped"));
            } else {
                current.add(tag, value);
                lastTag = tag;
            }
        }
        if (current != null) {
            problems.add(new ImportProblem(file, current.line(), "the file ends inside this record (no ER): truncated? It was imported as it stands"));
            records.accept(current);
            delivered++;
        }
        return delivered;
    }

    /**
     * Author names from tagged lines: one name a line as WoS and MEDLINE write them; a list on one line ("Smith, J; Wu,
     * X") split at its semicolons; an e-mail address some exports leave in a name dropped (the raw field keeps it).
     */
    static List<String> names(List<String> lines) {
        List<String> names = new java.util.ArrayList<>();
        for (String line : lines) {
            for (String name : line.split(";")) {
                String clean = name.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "").replaceAll("[\\s,;()\\[\\]]+$", "").strip();
                if (!clean.isEmpty()) {
                    names.add(clean);
                }
            }
        }
        return names;
    }

    /** Maps a record to a reference, keeping every field. */
    public static org.appraise.model.Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        org.appraise.model.Reference reference = record.reference(id, null);
        List<String> authors = record.all("AF");
        reference.getAuthors().addAll(names(authors.isEmpty() ? record.all("AU") : authors));
        reference.setTitle(record.first("TI"));
        reference.setJournal(record.first("SO"));
        String year = record.first("PY");
        if (year != null && year.matches("\\d{4}")) {
            reference.setYear(Integer.valueOf(year));
        }
        reference.setVolume(record.first("VL"));
        reference.setIssue(record.first("IS"));
        String begin = record.first("BP");
        String end = record.first("EP");
        String span = record.first("PS"); // Zoological Record and other WoS databases: "123-145" in one field
        reference.setPages(CitationFields.pages(begin == null && span != null ? span : begin == null ? record.first("AR") : end == null ? begin
                : begin + "-" + end));
        reference.setDoi(CitationFields.doi(record.all("DI", "DL")));
        reference.setPmid(CitationFields.pmid(record.first("PM")));
        reference.setAbstract(record.first("AB"));
        for (String keywords : record.all("DE", "ID")) {
            for (String keyword : keywords.split(";")) {
                if (!keyword.isBlank()) {
                    reference.getKeywords().add(keyword.strip());
                }
            }
        }
        reference.setSourceDatabase(sourceDatabase != null ? sourceDatabase : "Web of Science");
        return reference;
    }
}
