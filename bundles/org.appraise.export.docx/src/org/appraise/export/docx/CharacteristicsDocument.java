package org.appraise.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.appraise.core.Footnotes;
import org.appraise.core.extraction.StudyCharacteristics;
import org.appraise.model.Review;

/**
 * The characteristics of included studies (a review's Table 1) as a Word document: an A4 landscape page, a row per
 * study with the heading repeated on every page. The number of participants is derived, so each says how in a
 * footnote (the arms' sizes added in a population every arm reports), or why it is absent; an arm's size that was
 * itself derived says so. Under the table, the extraction each row was read from. The same rows as the workbook's
 * Characteristics sheet ({@link StudyCharacteristics}); every text goes in as text, never a field code.
 */
public final class CharacteristicsDocument {

    static final String[] COLUMNS = { "Study", "Design", "Country and setting", "Period", "N", "Population", "Interventions and comparators",
            "Outcomes", "Follow-up", "Funding and notes" };
    /** Column widths in twentieths of a point: 26.6 cm of the 26.7 cm of text across an A4 landscape page. */
    private static final int[] WIDTHS = { 1690, 1400, 1800, 1000, 700, 1750, 2300, 1690, 950, 1850 };
    private static final int FONT = 8;

    private CharacteristicsDocument() {
    }

    public static void write(Review review, OutputStream out) throws IOException {
        List<StudyCharacteristics.Row> rows = StudyCharacteristics.of(review);
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPage.landscape(doc);
            WordText.run(doc.createParagraph(), "Characteristics of included studies", true, 12);
            WordText.run(doc.createParagraph(), review.getTitle() == null ? "" : review.getTitle(), false, 10);
            if (rows.isEmpty()) {
                WordText.run(doc.createParagraph(), "No study has an extraction yet: there is nothing to put in the table.", false, 10);
                doc.write(out);
                return;
            }
            XWPFTable grid = WordPage.table(doc, 1 + rows.size(), WIDTHS);
            XWPFTableRow heading = grid.getRow(0);
            heading.setRepeatHeader(true);
            for (int c = 0; c < COLUMNS.length; c++) {
                WordText.text(heading.getCell(c), COLUMNS[c], true, FONT);
            }
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                row(grid.getRow(1 + i), rows.get(i), notes);
            }
            for (int i = 0; i < notes.size(); i++) {
                XWPFParagraph note = doc.createParagraph();
                note.setSpacingAfter(0);
                WordText.run(note, Footnotes.letter(i), false, FONT).setVerticalAlignment("superscript");
                WordText.run(note, " " + notes.get(i), false, FONT);
            }
            StringJoiner sources = new StringJoiner("; ", "Read from each study's extraction: ", ".");
            for (StudyCharacteristics.Row row : rows) {
                var e = row.source();
                sources.add(row.label() + ", " + e.getId() + (e.isConsensus() ? " (consensus)"
                        : e.getReviewer() == null ? "" : " (reviewer " + e.getReviewer().getId() + ")"));
            }
            WordText.run(doc.createParagraph(), sources.toString(), false, FONT).setItalic(true);
            doc.write(out);
        }
    }

    private static void row(XWPFTableRow cells, StudyCharacteristics.Row row, List<String> notes) {
        WordText.text(cells.getCell(0), row.label(), true, FONT);
        WordText.text(cells.getCell(1), row.design(), false, FONT);
        WordText.text(cells.getCell(2), lines(row.country(), row.setting(), row.centres().isEmpty() ? "" : "Centres: " + row.centres()), false, FONT);
        WordText.text(cells.getCell(3), row.period(), false, FONT);
        StudyCharacteristics.Participants n = row.participants();
        WordText.text(cells.getCell(4), n.participants() == null ? "\u2013" : n.participants().toPlainString(), false, FONT);
        WordText.letters(cells.getCell(4).getParagraphs().get(0), List.of(Footnotes.letterFor(notes, "N: " + n.said() + ".")), FONT);
        WordText.text(cells.getCell(5), row.population(), false, FONT);
        WordText.text(cells.getCell(6), String.join("\n", row.arms().stream().map(StudyCharacteristics.ArmLine::said).toList()), false, FONT);
        WordText.text(cells.getCell(7), row.outcomes(), false, FONT);
        WordText.text(cells.getCell(8), row.followUp(), false, FONT);
        WordText.text(cells.getCell(9), lines(row.funding().isEmpty() ? "" : "Funding: " + row.funding(), row.notes()), false, FONT);
    }

    private static String lines(String... parts) {
        StringJoiner joined = new StringJoiner("\n");
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.toString();
    }
}
