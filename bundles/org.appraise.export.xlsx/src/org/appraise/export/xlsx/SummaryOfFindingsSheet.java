package org.appraise.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.certainty.SummaryOfFindingsText;

/**
 * The Summary of Findings table as a sheet: the heading, the two-row header with the absolute effects' heading merged
 * over its two columns (the others over both rows), a row per outcome, the footnotes under it. Texts are cells of text
 * (a formula-like one quote-prefixed), never formulas.
 */
public final class SummaryOfFindingsSheet {

    static final String NAME = "Summary of findings";
    private static final String[] TOP = { "Outcomes", "Anticipated absolute effects* (95% CI)", "", "Relative effect (95% CI)",
            "\u2116 of participants (studies)", "Certainty of the evidence (GRADE)", "Comments" };

    private final Cells cells;

    SummaryOfFindingsSheet(Cells cells) {
        this.cells = cells;
    }

    /** A workbook of this sheet alone ({@code appraise sof --xlsx}). */
    public static void writeWorkbook(SummaryOfFindings table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            new SummaryOfFindingsSheet(new Cells(workbook)).write(workbook, table);
            workbook.write(out);
            workbook.dispose();
        }
    }

    void write(SXSSFWorkbook workbook, SummaryOfFindings table) {
        Sheet sheet = workbook.createSheet(NAME);
        int r = 0;
        cells.string(sheet.createRow(r++), 0, "Summary of findings: " + table.title(), cells.bold);
        r = line(sheet, r, "Patient or population", table.population());
        r = line(sheet, r, "Setting", table.setting());
        r = line(sheet, r, "Intervention", table.intervention());
        r = line(sheet, r, "Comparison", table.comparison());
        r++;
        int top = r;
        Row first = sheet.createRow(r++);
        Row second = sheet.createRow(r++);
        for (int c = 0; c < TOP.length; c++) {
            cells.string(first, c, TOP[c], cells.header);
            cells.string(second, c, c == 1 ? "Risk with the comparator" : c == 2 ? "Risk with the intervention" : "", cells.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(top, top, 1, 2));
        for (int c : new int[] { 0, 3, 4, 5, 6 }) {
            sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
        }
        for (SummaryOfFindings.Row data : table.rows()) {
            Row row = sheet.createRow(r++);
            cells.string(row, 0, data.outcome() + (data.definition().isEmpty() ? "" : "\n" + data.definition()), cells.wrap);
            cells.string(row, 1, data.comparatorRisk() + SummaryOfFindings.letters(data.effectNotes()), cells.wrap);
            cells.string(row, 2, data.interventionRisk(), cells.wrap);
            cells.string(row, 3, data.relative(), cells.wrap);
            cells.string(row, 4, data.participants() + SummaryOfFindings.letters(data.participantNotes()), cells.wrap);
            cells.string(row, 5, data.certainty() + SummaryOfFindings.letters(data.notes()), cells.wrap);
            cells.string(row, 6, data.comments(), cells.wrap);
        }
        r++;
        cells.string(sheet.createRow(r++), 0, SummaryOfFindingsText.EXPLANATION, null);
        for (int i = 0; i < table.footnotes().size(); i++) {
            cells.string(sheet.createRow(r++), 0, SummaryOfFindings.letter(i) + ". " + table.footnotes().get(i), null);
        }
        for (String problem : table.problems()) {
            cells.string(sheet.createRow(r++), 0, "Not in the table: " + problem, null);
        }
        int[] widths = { 36, 18, 34, 22, 18, 22, 30 };
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private int line(Sheet sheet, int r, String label, String value) {
        if (value == null || value.isBlank()) {
            return r;
        }
        Row row = sheet.createRow(r);
        cells.string(row, 0, label, cells.bold);
        cells.string(row, 1, value, null);
        return r + 1;
    }
}
