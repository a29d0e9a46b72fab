package org.appraise.export.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.appraise.core.extraction.StudyCharacteristics;
import org.appraise.export.docx.CharacteristicsDocument;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Arm;
import org.appraise.model.Review;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The sample review's characteristics of included studies as a Word table, read back with POI: a row per study with
 * the values of the model, each N with the footnote that says it was added from the arms (or why it is absent), and
 * the extraction each row was read from.
 */
class CharacteristicsDocumentTest {

    private static byte[] write(Review review) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharacteristicsDocument.write(review, out);
        return out.toByteArray();
    }

    @Test
    void everyStudyIsARowWithTheModelsValuesAndEachNSaysHowItWasMade() throws IOException {
        Review review = ReviewFolder.open(SummaryOfFindingsDocumentTest.SAMPLE).review();
        List<StudyCharacteristics.Row> rows = StudyCharacteristics.of(review);
        assertEquals(3, rows.size());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(review)))) {
            assertEquals(STPageOrientation.LANDSCAPE, doc.getDocument().getBody().getSectPr().getPgSz().getOrient());
            XWPFTable grid = doc.getTables().get(0);
            assertEquals(1 + 3, grid.getNumberOfRows());
            assertTrue(grid.getRow(0).isRepeatHeader(), "the heading repeats on every page");
            assertEquals("Interventions and comparators", grid.getRow(0).getCell(6).getText());
            XWPFTableRow tvgh = grid.getRows().stream().filter(r -> r.getCell(0).getText().startsWith("Taipei VGH")).findFirst().orElseThrow();
            assertTrue(tvgh.getCell(4).getText().matches("140 [a-z]"), "58 + 82 before matching, with its footnote: " + tvgh.getCell(4).getText());
            assertTrue(tvgh.getCell(2).getText().startsWith("Taiwan"), tvgh.getCell(2).getText());
            assertTrue(tvgh.getCell(6).getText().contains("Anti-PD-1 + sorafenib (n = 58, before matching): Anti-PD-1 (nivolumab or pembrolizumab) plus sorafenib"),
                    tvgh.getCell(6).getText());
            assertTrue(tvgh.getCell(9).getText().startsWith("Funding: Ministry of Health and Welfare"), tvgh.getCell(9).getText());
            for (int i = 0; i < rows.size(); i++) {
                StudyCharacteristics.Row row = rows.get(i);
                XWPFTableRow cells = grid.getRow(1 + i);
                assertEquals(row.label(), cells.getCell(0).getText());
                assertEquals(row.period(), cells.getCell(3).getText());
                assertEquals(row.population(), cells.getCell(5).getText());
                assertTrue(cells.getCell(4).getText().startsWith(row.participants().participants().toPlainString() + " "), cells.getCell(4).getText());
            }
            String below = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(below.contains("N: the 2 arms' sizes added (before matching)."), below);
            assertTrue(below.contains("Read from each study's extraction: Li 2022"), below);
            assertTrue(below.contains("li-2022--ab (reviewer ab)"), below);
        }
    }

    @Test
    void anArmWithoutASizeOrArmsWithNoCommonPopulationLeaveNAbsentWithTheReason() throws IOException {
        Review review = ReviewFolder.open(SummaryOfFindingsDocumentTest.SAMPLE).review();
        var extractions = review.getStudies().stream().map(s -> StudyCharacteristics.of(review).stream()
                .filter(r -> r.study() == s).findFirst().orElseThrow().source()).toList();
        Arm unsized = extractions.get(0).getArms().get(1);
        unsized.getGroupSizes().clear();
        Arm elsewhere = extractions.get(1).getArms().get(1);
        elsewhere.getGroupSizes().forEach(size -> size.setPopulation("per protocol " + size.getN().getNumber()));

        List<StudyCharacteristics.Row> rows = StudyCharacteristics.of(review);
        assertEquals(null, rows.get(0).participants().participants(), "never the other arm's size alone");
        assertEquals("not added: no size for arm " + unsized.getLabel(), rows.get(0).participants().said());
        assertEquals(null, rows.get(1).participants().participants(), "never sizes of two populations added");
        assertTrue(rows.get(1).participants().said().startsWith("not added: the arms give sizes in no common population"), rows.get(1).participants().said());
        assertEquals(new BigDecimal("140"), rows.get(2).participants().participants());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(review)))) {
            XWPFTable grid = doc.getTables().get(0);
            assertTrue(grid.getRow(1).getCell(4).getText().startsWith("\u2013 "), grid.getRow(1).getCell(4).getText());
            assertTrue(grid.getRow(1).getCell(6).getText().contains(unsized.getLabel() + " (no size)"), grid.getRow(1).getCell(6).getText());
        }
    }

    @Test
    void aReviewWithoutExtractionsSaysSoAndUserTextNeverBecomesAField() throws IOException {
        Review review = ReviewFolder.open(SummaryOfFindingsDocumentTest.SAMPLE).review();
        review.getStudies().get(0).setLabel("{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" } =HYPERLINK(\"x\") \u0007");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(review)))) {
            assertEquals("{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" } =HYPERLINK(\"x\") ", doc.getTables().get(0).getRow(1).getCell(0).getText());
            String xml = doc.getDocument().xmlText();
            assertFalse(xml.contains("<w:fldSimple") || xml.contains("instrText") || xml.contains("fldChar"), "no field in the document");
        }
        review.getStudies().clear();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(review)))) {
            assertTrue(doc.getTables().isEmpty());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("No study has an extraction yet")));
        }
    }
}
