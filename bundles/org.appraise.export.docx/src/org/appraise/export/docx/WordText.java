package org.appraise.export.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Text in the Word tables goes in as runs of text only: a new line is a line break, characters XML cannot hold are
 * dropped, and nothing a user typed becomes a field code.
 */
final class WordText {

    private WordText() {
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
