package org.appraise.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.certainty.SummaryOfFindingsText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Summary of Findings table as a Word document (DOCX, Apache POI's XWPF): an A4 landscape page, the heading from the
 * review question, a real table whose two-row header merges cells as Cochrane's template does (the anticipated absolute
 * effects spanning their two columns, the other headings spanning both rows), GRADE's symbols with the footnotes'
 * letters in superscript, and the footnotes under the table. Every text goes in as text: nothing a user typed becomes a
 * field code, and characters XML cannot hold are dropped.
 */
public final class SummaryOfFindingsDocument {

    private static final int COLUMNS = 7;
    /** Column widths in twentieths of a point, 15.4 cm of the 25.7 cm landscape text width for the outcome and effects. */
    private static final int[] WIDTHS = { 3000, 1700, 2900, 1900, 1500, 1900, 1650 };
    private static final int FONT = 9;

    private SummaryOfFindingsDocument() {
    }

    public static void write(SummaryOfFindings table, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPage.landscape(doc);
            XWPFParagraph heading = doc.createParagraph();
            WordText.run(heading, "Summary of findings: " + table.title(), true, 12);
            XWPFParagraph question = doc.createParagraph();
            line(question, "Patient or population", table.population());
            line(question, "Setting", table.setting());
            line(question, "Intervention", table.intervention());
            line(question, "Comparison", table.comparison());
            XWPFTable grid = WordPage.table(doc, 2 + table.rows().size(), WIDTHS);
            header(grid.getRow(0), grid.getRow(1));
            for (int i = 0; i < table.rows().size(); i++) {
                row(grid.getRow(2 + i), table.rows().get(i));
            }
            XWPFParagraph explanation = doc.createParagraph();
            WordText.run(explanation, SummaryOfFindingsText.EXPLANATION, false, 8);
            List<String> notes = table.footnotes();
            for (int i = 0; i < notes.size(); i++) {
                XWPFParagraph note = doc.createParagraph();
                note.setSpacingAfter(0);
                XWPFRun letter = WordText.run(note, SummaryOfFindings.letter(i), false, 8);
                letter.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase(java.util.Locale.ROOT));
                WordText.run(note, " " + notes.get(i), false, 8);
            }
            for (String problem : table.problems()) {
                WordText.run(doc.createParagraph(), "Not in the table: " + problem, false, 8).setItalic(true);
            }
            doc.write(out);
        }
    }

    private static void header(XWPFTableRow first, XWPFTableRow second) {
        String[] top = { "Outcomes", "Anticipated absolute effects* (95% CI)", null, "Relative effect (95% CI)", "\u2116 of participants (studies)",
                "Certainty of the evidence (GRADE)", "Comments" };
        for (int c = 0; c < COLUMNS; c++) {
            if (top[c] != null) {
                WordText.text(first.getCell(c), top[c], true, FONT);
            }
        }
        WordText.text(second.getCell(1), "Risk with the comparator", true, FONT);
        WordText.text(second.getCell(2), "Risk with the intervention", true, FONT);
        // the other headings span both rows
        for (int c : new int[] { 0, 3, 4, 5, 6 }) {
            vMerge(first.getCell(c), STMerge.RESTART);
            vMerge(second.getCell(c), STMerge.CONTINUE);
        }
        first.setRepeatHeader(true);
        second.setRepeatHeader(true);
        // the absolute effects' heading spans its two columns: its cell takes the span and the one beside it goes (last:
        // removing a cell disconnects the ones after it)
        first.getCell(1).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
        first.getCell(1).setWidth(String.valueOf(WIDTHS[1] + WIDTHS[2]));
        first.removeCell(2); // the cell and its XML
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(how);
    }

    private static void row(XWPFTableRow row, SummaryOfFindings.Row data) {
        XWPFTableCell outcome = row.getCell(0);
        WordText.text(outcome, data.outcome(), true, FONT);
        if (!data.definition().isEmpty()) {
            WordText.run(outcome.addParagraph(), data.definition(), false, 8);
        }
        WordText.text(row.getCell(1), data.comparatorRisk(), false, FONT);
        WordText.letters(row.getCell(1).getParagraphs().get(0), data.effectNotes(), FONT);
        WordText.text(row.getCell(2), data.interventionRisk(), false, FONT);
        WordText.text(row.getCell(3), data.relative(), false, FONT);
        WordText.text(row.getCell(4), data.participants(), false, FONT);
        WordText.letters(row.getCell(4).getParagraphs().get(0), data.participantNotes(), FONT);
        WordText.text(row.getCell(5), data.certainty(), false, FONT);
        WordText.letters(row.getCell(5).getParagraphs().get(0), data.notes(), FONT);
        WordText.text(row.getCell(6), data.comments(), false, FONT);
    }

    private static void line(XWPFParagraph paragraph, String label, String value) {
        if (value != null && !value.isBlank()) {
            WordText.run(paragraph, label + ": ", true, 10);
            WordText.run(paragraph, value, false, 10).addBreak();
        }
    }

}
