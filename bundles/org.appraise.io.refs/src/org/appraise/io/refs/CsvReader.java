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
 * with their column's name. The delimiter (comma, tab or semicolon) is taken from the header row. A row
 * that cannot be parsed (an unclosed quote) is reported with its line; the rows before it are kept.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems)
            throws IOException {
        reader.mark(1 << 20);
        String header = reader.readLine();
        reader.reset();
        if (header == null) {
            return 0;
        }
        char delimiter = delimiter(header);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        int delivered = 0;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> names = parser.getHeaderNames();
            long line = 1;
            int longRows = 0;
            int firstLongRow = 0;
            int longRowSize = 0;
            try {
                for (CSVRecord row : parser) {
                    TaggedRecord record = new TaggedRecord((int) Math.min(Integer.MAX_VALUE, line + 1));
                    for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
                        if (cell.getValue() != null && !cell.getValue().isBlank()) {
                            record.add(cell.getKey(), cell.getValue());
                        }
                    }
                    for (int i = names.size(); i < row.size(); i++) {
                        if (!row.get(i).isBlank()) {
                            record.add("column " + (i + 1), row.get(i));
                            if (longRows++ == 0) {
                                firstLongRow = (int) line + 1;
                                longRowSize = row.size();
                            }
                        }
                    }
                    line = parser.getCurrentLineNumber();
                    if (!record.isEmpty()) {
                        records.accept(record);
                        delivered++;
                    }
                }
            } catch (UncheckedIOException e) {
                problems.add(new ImportProblem(file, (int) parser.getCurrentLineNumber(), "cannot be read as CSV ("
                        + e.getCause().getMessage() + "); the " + delivered + " row(s) before it were read"));
            }
            if (longRows > 0) {
                // Scopus writes rows with one cell more than its header names: nothing is dropped, but the
                // columns may be shifted, which the reviewer must know before trusting the mapping
                problems.add(new ImportProblem(file, firstLongRow, longRows + " row(s) have more cells than the header's " + names.size()
                        + " columns (" + longRowSize + " here); the extra cells are kept as 'column " + (names.size() + 1)
                        + "', and the columns of those rows may be shifted: check the mapping"));
            }
        }
        return delivered;
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
