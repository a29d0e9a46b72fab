package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV or TSV exports (Scopus, Embase, IEEE, or a table of one's own) with Apache Commons CSV: the
 * first row names the columns; each further row is a record whose fields are its non-empty cells, tagged
 * with their column's name. The delimiter (comma, tab or semicolon) is taken from the header row. Rows that
 * cannot be parsed (a quote not closed or not doubled) are reported with their lines and skipped; reading
 * goes on after them, from the file opened again (Commons CSV cannot go on past an error).
 */
public final class CsvReader {

    /** Opens the file's text, from its start, each time it is asked. */
    @FunctionalInterface
    public interface Source {
        BufferedReader open() throws IOException;
    }

    private CsvReader() {
    }

    public static int read(Source source, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems) throws IOException {
        String header;
        try (BufferedReader reader = source.open()) {
            header = reader.readLine();
        }
        if (header == null) {
            return 0;
        }
        Rows rows = new Rows(file, records, problems, delimiter(header));
        long resumeAt = 1;
        while (resumeAt > 0) {
            try (BufferedReader reader = source.open()) {
                for (long skipped = 1; skipped < resumeAt; skipped++) {
                    if (reader.readLine() == null) {
                        return rows.finish();
                    }
                }
                resumeAt = rows.readFrom(reader, resumeAt - 1);
            }
        }
        return rows.finish();
    }

    /** The rows read so far, across the parsers a file needed. */
    private static final class Rows {
        private final String file;
        private final Consumer<TaggedRecord> records;
        private final List<ImportProblem> problems;
        private final char delimiter;
        private List<String> names;
        private int delivered;
        private int longRows;
        private int firstLongRow;
        private int longRowSize;
        private int realigned;
        private int firstRealigned;

        Rows(String file, Consumer<TaggedRecord> records, List<ImportProblem> problems, char delimiter) {
            this.file = file;
            this.records = records;
            this.problems = problems;
            this.delimiter = delimiter;
        }

        /** Reads rows from a reader whose first line is line {@code offset + 1}; returns the line to go on from after a bad row, or 0 at the end. */
        long readFrom(BufferedReader reader, long offset) throws IOException {
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true);
            format = names == null ? format.setHeader().setSkipHeaderRecord(true) : format.setHeader(names.toArray(String[]::new));
            try (CSVParser parser = CSVParser.parse(reader, format.get())) {
                if (names == null) {
                    names = parser.getHeaderNames();
                }
                long line = parser.getCurrentLineNumber();
                try {
                    for (CSVRecord row : parser) {
                        take(row, offset + line + 1);
                        line = parser.getCurrentLineNumber();
                    }
                } catch (UncheckedIOException e) {
                    long from = offset + line + 1;
                    long to = Math.max(from, offset + parser.getCurrentLineNumber());
                    problems.add(new ImportProblem(file, (int) Math.min(Integer.MAX_VALUE, from), "cannot be read as CSV ("
                            + e.getCause().getMessage() + "): line" + (to > from ? "s " + from + "-" + to : " " + from)
                            + " skipped; reading goes on after " + (to > from ? "them" : "it")));
                    return to + 1;
                }
            }
            return 0;
        }

        private void take(CSVRecord row, long line) {
            TaggedRecord record = new TaggedRecord((int) Math.min(Integer.MAX_VALUE, line));
            if (fundingTexts(row, record)) {
                if (realigned++ == 0) {
                    firstRealigned = (int) line;
                }
                records.accept(record);
                delivered++;
                return;
            }
            for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
                if (cell.getValue() != null && !cell.getValue().isBlank()) {
                    record.add(cell.getKey(), cell.getValue());
                }
            }
            for (int i = names.size(); i < row.size(); i++) {
                if (!row.get(i).isBlank()) {
                    record.add("column " + (i + 1), row.get(i));
                    if (longRows++ == 0) {
                        firstLongRow = (int) line;
                        longRowSize = row.size();
                    }
                }
            }
            if (!record.isEmpty()) {
                records.accept(record);
                delivered++;
            }
        }

        /**
         * A Scopus row with more funding texts than its header names: Scopus heads one "Funding Text 1" column but writes
         * a cell for each of a record's funding texts, so every later cell of that row stands one place on. The row is
         * read back into its columns, the extra texts as "Funding Text 2", ..., only when the header is Scopus's (ending
         * with its EID) and the cell that then stands under EID is one (2-s2.0-...); otherwise nothing is moved.
         */
        private boolean fundingTexts(CSVRecord row, TaggedRecord record) {
            int extra = row.size() - names.size();
            int funding = names.indexOf("Funding Text 1");
            if (extra <= 0 || funding < 0 || !names.get(names.size() - 1).equals("EID") || !row.get(row.size() - 1).strip().startsWith("2-s2.0-")) {
                return false;
            }
            for (int i = 0; i < row.size(); i++) {
                String name = i <= funding ? names.get(i) : i <= funding + extra ? "Funding Text " + (i - funding + 1) : names.get(i - extra);
                if (!row.get(i).isBlank()) {
                    record.add(name, row.get(i));
                }
            }
            return true;
        }

        int finish() {
            if (realigned > 0) {
                problems.add(new ImportProblem(file, firstRealigned, realigned + " row(s) have more funding texts than the header's 'Funding Text 1' (a"
                        + " known Scopus export quirk): their extra texts are kept as 'Funding Text 2', ..., and their later cells read under the"
                        + " columns they belong to (each row's EID confirms it)"));
            }
            if (longRows > 0) {
                // Scopus writes rows with one cell more than its header names: nothing is dropped, but the
                // columns may be shifted, which the reviewer must know before trusting the mapping
                problems.add(new ImportProblem(file, firstLongRow, longRows + " row(s) have more cells than the header's " + names.size()
                        + " columns (" + longRowSize + " here); the extra cells are kept as 'column " + (names.size() + 1)
                        + "', and the columns of those rows may be shifted: check the mapping"));
            }
            return delivered;
        }
    }

    private static char delimiter(String header) {
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
