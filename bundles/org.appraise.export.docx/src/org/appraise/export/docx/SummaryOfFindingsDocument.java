package org.appraise.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.certainty.SummaryOfFindingsText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

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
            landscape(doc);
            XWPFParagraph heading = doc.createParagraph();
            run(heading, "Summary of findings: " + table.title(), true, 12);
            XWPFParagraph question = doc.createParagraph();
            line(question, "Patient or population", table.population());
            line(question, "Setting", table.setting());
            line(question, "Intervention", table.intervention());
            line(question, "Comparison", table.comparison());
            XWPFTable grid = doc.createTable(2 + table.rows().size(), COLUMNS);
            // the grid's columns as wide as the cells, so that a reader lays the merged headings over their columns
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid columns = grid.getCTTbl().getTblGrid() != null
                    ? grid.getCTTbl().getTblGrid() : grid.getCTTbl().addNewTblGrid();
            for (int c = 0; c < COLUMNS; c++) {
                (c < columns.sizeOfGridColArray() ? columns.getGridColArray(c) : columns.addNewGridCol()).setW(BigInteger.valueOf(WIDTHS[c]));
            }
            grid.setWidth(String.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
            for (XWPFTableRow row : grid.getRows()) {
                for (int c = 0; c < COLUMNS; c++) {
                    row.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
                }
            }
            header(grid.getRow(0), grid.getRow(1));
            for (int i = 0; i < table.rows().size(); i++) {
                row(grid.getRow(2 + i), table.rows().get(i));
            }
            XWPFParagraph explanation = doc.createParagraph();
            run(explanation, SummaryOfFindingsText.EXPLANATION, false, 8);
            List<String> notes = table.footnotes();
            for (int i = 0; i < notes.size(); i++) {
                XWPFParagraph note = doc.createParagraph();
                note.setSpacingAfter(0);
                XWPFRun letter = run(note, SummaryOfFindings.letter(i), false, 8);
                letter.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase(java.util.Locale.ROOT));
                run(note, " " + notes.get(i), false, 8);
            }
            for (String problem : table.problems()) {
                run(doc.createParagraph(), "Not in the table: " + problem, false, 8).setItalic(true);
            }
            doc.write(out);
        }
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, long side across
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (java.util.function.Consumer<BigInteger> side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(850)); // 1.5 cm
        }
    }

    private static void header(XWPFTableRow first, XWPFTableRow second) {
        String[] top = { "Outcomes", "Anticipated absolute effects* (95% CI)", null, "Relative effect (95% CI)", "\u2116 of participants (studies)",
                "Certainty of the evidence (GRADE)", "Comments" };
        for (int c = 0; c < COLUMNS; c++) {
            if (top[c] != null) {
                text(first.getCell(c), top[c], true);
            }
        }
        text(second.getCell(1), "Risk with the comparator", true);
        text(second.getCell(2), "Risk with the intervention", true);
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
        text(outcome, data.outcome(), true);
        if (!data.definition().isEmpty()) {
            run(outcome.addParagraph(), data.definition(), false, 8);
        }
        text(row.getCell(1), data.comparatorRisk(), false);
        letters(row.getCell(1), data.effectNotes());
        text(row.getCell(2), data.interventionRisk(), false);
        text(row.getCell(3), data.relative(), false);
        text(row.getCell(4), data.participants(), false);
        letters(row.getCell(4), data.participantNotes());
        text(row.getCell(5), data.certainty(), false);
        letters(row.getCell(5), data.notes());
        text(row.getCell(6), data.comments(), false);
    }

    /** The footnotes' letters after the cell's text, in superscript. */
    private static void letters(XWPFTableCell cell, List<String> letters) {
        if (!letters.isEmpty()) {
            run(cell.getParagraphs().get(0), " " + String.join(",", letters), false, FONT).setVerticalAlignment("superscript");
        }
    }

    /** The cell's text, a line break for each new line. */
    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        run(paragraph, text == null ? "" : text, bold, FONT);
    }

    private static void line(XWPFParagraph paragraph, String label, String value) {
        if (value != null && !value.isBlank()) {
            run(paragraph, label + ": ", true, 10);
            run(paragraph, value, false, 10).addBreak();
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        String[] lines = xmlSafe(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** Drops the characters XML 1.0 cannot hold (control characters other than tab and new line, lone surrogates, U+FFFE/F). */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (ok) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
