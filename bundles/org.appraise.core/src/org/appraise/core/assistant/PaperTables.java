package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;

/**
 * The tables of a paper flattened into text: a caption ("Table 2 Treatment response"), header lines naming the
 * columns, and rows of a label followed by cells (tab-separated or space-aligned). A table ends at the next
 * caption, at a section heading or at a line of prose. Header lines between rows start a new block ("After matching ..."), and a short
 * line naming criteria ("According to mRECIST") applies to the rows below it. A row whose label stands alone on
 * its line, its cells on the next, is read as one row.
 */
final class PaperTables {

    /** "Table 2 Treatment response", "Table 2. Efficacy", "TABLE 3: Adverse events", "Table 1 | Baseline": never "Table 1 shows". */
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:Table|TABLE)\\s+\\d+[A-Za-z]?(?:\\s*[.:|]?\\s*$|\\s*[.:|]?\\s+[A-Z(].*)");
    private static final Pattern FIGURE = Pattern.compile("^\\s*(?:Fig\\.?|Figure)\\s+\\d+");
    private static final Pattern ADVERSE = Pattern.compile("adverse|toxicit|\\bAEs?\\b|TRAEs?", Pattern.CASE_INSENSITIVE);

    /** A row of numbers: its label, the cells read from it, and what the table said above it. */
    record Row(PaperText.Line line, String label, List<Reading> cells, TableHeader header, String criteria, boolean adverse) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<TableHeader> headers = new ArrayList<>();
    private final List<int[]> regions = new ArrayList<>();

    PaperTables(PaperText paper) {
        List<PaperText.Line> lines = paper.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (CAPTION.matcher(lines.get(i).plain()).matches()) {
                i = table(lines, i) - 1;
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    List<TableHeader> headers() {
        return headers;
    }

    /** Whether an offset is inside a table (its sentences are not prose). */
    boolean inTable(int offset) {
        return regions.stream().anyMatch(r -> r[0] <= offset && offset < r[1]);
    }

    /** Reads one table from its caption; returns the index of the first line after it. */
    private int table(List<PaperText.Line> lines, int captionIndex) {
        PaperText.Line caption = lines.get(captionIndex);
        boolean adverse = ADVERSE.matcher(caption.plain()).find()
                || lines.stream().skip(captionIndex + 1).filter(l -> !l.plain().isBlank()).findFirst().filter(l -> ADVERSE.matcher(l.plain()).find()).isPresent();
        List<PaperText.Line> pending = new ArrayList<>();
        TableHeader header = null;
        String criteria = Criteria.lastResponse(caption.plain());
        int firstRow = rows.size();
        int i = captionIndex + 1;
        for (; i < lines.size(); i++) {
            PaperText.Line line = lines.get(i);
            String plain = line.plain();
            boolean started = rows.size() > firstRow;
            if (CAPTION.matcher(plain).matches() || FIGURE.matcher(plain).find() || SkippedSections.heading(plain) || started && prose(line.raw())
                    || paragraph(line.raw())
                    || !started && i - captionIndex > 30) {
                break;
            }
            if (plain.isBlank()) {
                continue;
            }
            List<Reading> cells = cells(plain);
            if (cells.size() < 2 && i + 1 < lines.size() && OutcomeMention.first(plain) != null && cells.isEmpty()) {
                List<Reading> next = cells(lines.get(i + 1).plain());
                if (next.size() >= 2 && lines.get(i + 1).plain().substring(0, next.get(0).start()).isBlank()) {
                    rows.add(new Row(line, plain.strip(), shifted(next, lines.get(i + 1), line), header, criteria, adverse));
                    i++;
                    continue;
                }
            }
            if (cells.size() >= 2) {
                if (!pending.isEmpty()) {
                    TableHeader read = TableHeader.read(pending);
                    if (read != null) {
                        header = read;
                        headers.add(read);
                    }
                    pending.clear();
                }
                rows.add(new Row(line, plain.substring(0, cells.get(0).start()).strip(), cells, header, criteria, adverse));
            } else {
                pending.add(line);
                String named = plain.strip().split("\\s+").length <= 8 ? Criteria.lastResponse(plain) : null;
                if (named != null) {
                    criteria = named;
                }
            }
        }
        if (!pending.isEmpty() && TableHeader.read(pending) != null) {
            headers.add(TableHeader.read(pending));
        }
        regions.add(new int[] { caption.start(), i < lines.size() ? lines.get(i).start() : Integer.MAX_VALUE });
        return i;
    }

    /** Cells of a row stay at their offsets in the line they stand in: offsets here are made relative to the label's line. */
    private static List<Reading> shifted(List<Reading> cells, PaperText.Line from, PaperText.Line to) {
        int shift = from.start() - to.start();
        return cells.stream().map(r -> new Reading(r.shape(), r.values(), r.start() + shift, r.end() + shift, r.relations())).toList();
    }

    /** The numbers of a row that are cells: counts with their percentages, percentages, estimates with intervals, means with SDs. */
    static List<Reading> cells(String line) {
        return NumberReader.read(line).stream().filter(r -> r.shape() == Shape.COUNT_AND_PERCENT || r.shape() == Shape.PERCENT
                || MedianParts.SHAPES.contains(r.shape()) || r.shape() == Shape.MEAN_AND_SD).toList();
    }

    /** A paragraph on one line: 25 words or more and no tab. */
    private static boolean paragraph(String line) {
        return line.indexOf('\t') < 0 && line.strip().split("\\s+").length >= 25;
    }

    /**
     * A line of running text (a column of a two-column page is short): six or more words, most of them lower-case
     * words or ending a sentence, no tabs, fewer than two cells unless it is a whole sentence of twelve words or more.
     */
    private static boolean prose(String line) {
        String[] words = line.strip().split("\\s+");
        long lower = java.util.Arrays.stream(words).filter(w -> w.matches("[a-z][a-z-]*[,.;:)]?")).count();
        boolean sentence = line.strip().endsWith(".") && Character.isUpperCase(line.strip().charAt(0));
        return words.length >= 6 && (lower * 10 >= words.length * 6 || sentence) && line.indexOf('\t') < 0
                && (cells(line).size() < 2 || sentence && words.length >= 12);
    }
}
