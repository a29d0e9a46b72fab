package org.appraise.export.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * What the Word tables share: an A4 landscape page, a table whose grid is as wide as its cells (so that Word and
 * LibreOffice lay it out alike), and text that goes in as runs of text only: a new line is a line break, characters XML
 * cannot hold are dropped, and nothing a user typed becomes a field code.
 */
final class WordPage {

    private WordPage() {
    }

    static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, long side across
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (Consumer<BigInteger> side : List.<Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(850)); // 1.5 cm
        }
    }

    /** A table of {@code rows} rows whose columns are {@code widths} wide (twentieths of a point), grid and cells alike. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable grid = doc.createTable(rows, widths.length);
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid() : grid.getCTTbl().addNewTblGrid();
        for (int c = 0; c < widths.length; c++) {
            (c < columns.sizeOfGridColArray() ? columns.getGridColArray(c) : columns.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
        }
        grid.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        for (XWPFTableRow row : grid.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        return grid;
    }

    /** The cell's text, a line break for each new line. */
    static XWPFRun text(XWPFTableCell cell, String text, boolean bold, int size) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        return run(paragraph, text == null ? "" : text, bold, size);
    }

    /** Footnote letters after the text of a paragraph, in superscript. */
    static void letters(XWPFParagraph paragraph, List<String> letters, int size) {
        if (!letters.isEmpty()) {
            run(paragraph, " " + String.join(",", letters), false, size).setVerticalAlignment("superscript");
        }
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
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
