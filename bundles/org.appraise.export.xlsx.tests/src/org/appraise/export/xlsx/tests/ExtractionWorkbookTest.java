package org.appraise.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appraise.core.Progress;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Extraction;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;

final class ExtractionWorkbookTest {

    static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination");

    @Test
    void hostileTextStaysTextInEveryCell() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "=cmd|' /C calc'!A0");
        Study study = folder.review().getStudies().get(0);
        Extraction extraction = study.getExtractions().get(0);
        study.setLabel(hostile.get(0));
        extraction.getArms().get(0).setLabel(hostile.get(1));
        extraction.getMeasurements().get(0).setCriteria(hostile.get(2));
        extraction.getMeasurements().get(0).setPopulation(hostile.get(3));
        extraction.getMeasurements().get(0).setTimepoint(hostile.get(6));
        extraction.getAnnotations().get(0).setQuote(hostile.get(4));
        try (XSSFWorkbook book = export(folder)) {
            int strings = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> assertEquals(true, cell.getCellType() != CellType.FORMULA,
                            sheet.getSheetName() + "!" + cell.getAddress() + " became a formula"));
                    strings += row.getPhysicalNumberOfCells();
                }
            }
            Row first = book.getSheet("Studies").getRow(1);
            assertEquals(hostile.get(0), first.getCell(1).getStringCellValue());
            Row result = book.getSheet("Extraction").getRow(1);
            assertEquals(hostile.get(2), result.getCell(5).getStringCellValue());
            assertEquals(hostile.get(6), result.getCell(6).getStringCellValue());
            assertEquals(hostile.get(3), result.getCell(7).getStringCellValue());
            assertEquals(hostile.get(1), result.getCell(8).getStringCellValue());
            assertEquals(true, strings > 100);
        }
    }

    /** A value accepted from the assistant says so in 'Proposed by', with who accepted it; a reviewer's own value leaves it empty. */
    @Test
    void valuesAcceptedFromTheAssistantSayWhoProposedAndWhoAccepted() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Extraction extraction = folder.review().getStudies().get(0).getExtractions().get(0);
        org.appraise.model.DichotomousResult first = (org.appraise.model.DichotomousResult) extraction.getMeasurements().get(0).getResults().get(0);
        first.getEvents().setProposedBy("Appraise extraction assistant 1.0");
        try (XSSFWorkbook book = export(folder)) {
            Sheet sheet = book.getSheet("Extraction");
            int column = -1;
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                column = cell.getStringCellValue().equals("Proposed by") ? cell.getColumnIndex() : column;
            }
            List<String> proposed = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(column) != null && !row.getCell(column).getStringCellValue().isEmpty()) {
                    proposed.add(row.getCell(column).getStringCellValue());
                }
            }
            assertEquals(List.of("events: Appraise extraction assistant 1.0, accepted by " + first.getEvents().getSources().get(0).getAuthor().getId()),
                    proposed, "only the value accepted from the assistant; a reviewer's own values leave it empty");
        }
    }

    @Test
    void cancellingStopsTheExport() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        Progress cancelled = new Progress() {
            @Override
            public void worked(String task, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> new ExtractionWorkbook(Instant.EPOCH).write(folder.review(), new ByteArrayOutputStream(), cancelled));
    }

    /** The sample's saved analyses in the workbook: the pooled rows equal metafor's on the same counts, and a study left out says why. */
    @Test
    void theAnalysesSheetHoldsEachSavedAnalysisPooled() throws IOException {
        try (XSSFWorkbook book = export(ReviewFolder.open(SAMPLE))) {
            Sheet analyses = book.getSheet("Analyses");
            java.util.Map<String, org.apache.poi.ss.usermodel.Row> pooled = new java.util.HashMap<>();
            List<String> leftOut = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : analyses) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String kind = row.getCell(4).getStringCellValue();
                if (kind.equals("pooled")) {
                    pooled.put(row.getCell(0).getStringCellValue(), row);
                } else if (kind.equals("left out")) {
                    leftOut.add(row.getCell(0).getStringCellValue() + ": " + row.getCell(5).getStringCellValue() + ": " + row.getCell(21).getStringCellValue());
                }
            }
            assertEquals(java.util.Set.of("orr-rr", "orr-rr-rob", "dcr-rr", "pfs-hr", "os-hr"), pooled.keySet());
            assertEquals(1.5671258202, pooled.get("orr-rr").getCell(7).getNumericCellValue(), 1e-9, "metafor's RR on the same counts");
            assertEquals(0.955934612294, pooled.get("orr-rr").getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(3, (int) pooled.get("orr-rr").getCell(6).getNumericCellValue());
            assertTrue(leftOut.contains("os-hr: Liu 2021 (camrelizumab + sorafenib vs sorafenib): no hazard ratio row of outcome os"), leftOut.toString());
            List<String> subgroups = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : analyses) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("orr-rr-rob") && !row.getCell(4).getStringCellValue().equals("study")) {
                    subgroups.add(row.getCell(4).getStringCellValue() + ": " + (row.getCell(5) == null ? "" : row.getCell(5).getStringCellValue()));
                }
            }
            org.apache.poi.ss.usermodel.Row liu = null;
            for (org.apache.poi.ss.usermodel.Row row : analyses) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("orr-rr") && row.getCell(4).getStringCellValue().equals("study")
                        && row.getCell(5).getStringCellValue().startsWith("Liu 2021")) {
                    liu = row;
                }
            }
            assertEquals("Experimental events or mean", analyses.getRow(0).getCell(22).getStringCellValue());
            assertEquals(List.of(6.0, 34.0, 0.0, 34.0), List.of(liu.getCell(22).getNumericCellValue(), liu.getCell(24).getNumericCellValue(),
                    liu.getCell(25).getNumericCellValue(), liu.getCell(27).getNumericCellValue()), "Liu 2021's counts as recorded, before 1/2 is added");
            assertEquals(null, liu.getCell(23), "no SD for counts");
            assertEquals(List.of("pooled: ", "subgroup: NOS (cohort): Good", "subgroup: NOS (cohort): Poor", "subgroup differences: ",
                    "without high risk of bias: "), subgroups);
        }
    }

    /** Each saved analysis' forest plot is a picture of the "Forest plots" sheet, a PNG at 150 dpi under the analysis' name. */
    @Test
    void theForestPlotsArePicturesOfTheWorkbook() throws IOException {
        try (XSSFWorkbook book = export(ReviewFolder.open(SAMPLE))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheet("Forest plots");
            List<org.apache.poi.xssf.usermodel.XSSFShape> shapes = sheet.getDrawingPatriarch().getShapes();
            assertEquals(5, shapes.size(), "a picture per saved analysis");
            for (org.apache.poi.xssf.usermodel.XSSFShape shape : shapes) {
                org.apache.poi.xssf.usermodel.XSSFPicture picture = (org.apache.poi.xssf.usermodel.XSSFPicture) shape;
                assertEquals("image/png", picture.getPictureData().getMimeType());
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.getPictureData().getData()));
                assertTrue(image.getWidth() > 1000 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
                int row = picture.getClientAnchor().getRow1();
                assertTrue(sheet.getRow(row - 1).getCell(0).getStringCellValue().contains(":"), "the analysis is named above its picture");
            }
        }
    }

    @Test
    void sheetsHaveFrozenHeadersAndFilters() throws IOException {
        try (XSSFWorkbook book = export(ReviewFolder.open(SAMPLE))) {
            List<String> names = new java.util.ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("README", "PRISMA 2020", "Characteristics", "Studies", "Extraction", "MA dichotomous", "MA continuous",
                    "MA generic inverse variance", "Analyses", "Forest plots", "Summary of findings", "RoB ROBINS-I", "RoB NOS (cohort)", "Screening", "Agreement"), names);
            assertEquals(names, ExtractionWorkbook.sheets(ReviewFolder.open(SAMPLE).review()));
            for (Sheet sheet : book) {
                // README, the pictures and the Summary of Findings table (a table laid out for a journal, under its heading) are not lists to filter
                if (!List.of("README", "Forest plots", "Summary of findings").contains(sheet.getSheetName())) {
                    assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName() + " has a frozen header");
                    assertTrue(book.getSheet(sheet.getSheetName()).getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " has a filter");
                }
            }
            Sheet extraction = book.getSheet("Extraction");
            assertEquals(1, extraction.getPaneInformation().getHorizontalSplitPosition());
            long results = ReviewFolder.open(SAMPLE).review().getStudies().stream().flatMap(st -> st.getExtractions().stream())
                    .flatMap(e -> e.getMeasurements().stream()).mapToLong(m -> m.getResults().size()).sum();
            assertEquals("A1:AC" + (results + 1), book.getSheet("Extraction").getCTWorksheet().getAutoFilter().getRef(),
                    "a row per result of every extraction, under the header (27 columns, Proposed by and Notes)");
            Row header = extraction.getRow(0);
            Row notReached = null;
            for (Row row : extraction) {
                if (row.getCell(9) != null && row.getCell(9).getStringCellValue().equals("median time to event (not reached)")) {
                    notReached = row;
                }
            }
            assertEquals("Notes", header.getCell(28).getStringCellValue());
            assertEquals("Reported as \"not estimated\" (not reached).", notReached.getCell(28).getStringCellValue(),
                    "why the median has no number is in the row that leaves it empty");
        }
    }

    static XSSFWorkbook export(ReviewFolder folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionWorkbook(Instant.EPOCH).write(folder.review(), out, Progress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
