package org.appraise.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;

/** The risk-of-bias and meta-analysis sheets of the sample's workbook, read back with POI and compared with the model. */
final class SubmissionSheetsTest {

    @Test
    void riskOfBiasSheetsShowEachJudgementColouredWithItsReasons() throws IOException {
        try (XSSFWorkbook book = ExtractionWorkbookTest.export(ReviewFolder.open(ExtractionWorkbookTest.SAMPLE))) {
            Sheet robins = book.getSheet("RoB ROBINS-I");
            Sheet nos = book.getSheet("RoB NOS (cohort)");
            assertEquals(3, robins.getLastRowNum());
            List<String> headers = headers(robins);
            assertEquals(List.of("Study", "Label", "Result", "Assessed by", "Consensus", "D1", "D1: proposal, rationale, support"),
                    headers.subList(0, 7));
            Row tvgh = row(robins, "tvgh-2016");
            Cell d2 = tvgh.getCell(headers.indexOf("D2"));
            assertEquals("Serious [X]", d2.getStringCellValue());
            assertEquals("D95F0E", ((XSSFCellStyle) d2.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2));
            String reasons = tvgh.getCell(headers.indexOf("D2: proposal, rationale, support")).getStringCellValue();
            assertTrue(reasons.startsWith("Proposed: none (assessor's judgement)\nSupport: Excluding patients without an efficacy assessment"), reasons);
            assertEquals("Serious [X]", tvgh.getCell(headers.indexOf("Overall")).getStringCellValue());
            assertEquals("Overall survival, after matching", tvgh.getCell(2).getStringCellValue());
            assertEquals("2016-09-19", tvgh.getCell(headers.indexOf("Tool version")).getStringCellValue());
            List<String> nosHeaders = headers(nos);
            Row li = row(nos, "li-2022");
            assertEquals("Good (4 stars) [+]", li.getCell(nosHeaders.indexOf("Selection")).getStringCellValue());
            assertEquals("Poor (0 stars) [X]", li.getCell(nosHeaders.indexOf("Comparability")).getStringCellValue());
            assertEquals("Poor [X]", li.getCell(nosHeaders.indexOf("Overall")).getStringCellValue());
        }
    }

    @Test
    void everyTwoArmComparisonIsARowWithTheModelsNumbers() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ExtractionWorkbookTest.SAMPLE);
        List<DichotomousResult[]> expected = new ArrayList<>();
        List<HazardRatio> ratios = new ArrayList<>();
        for (Study study : folder.review().getStudies()) {
            Extraction e = study.getExtractions().get(0);
            for (OutcomeMeasurement m : e.getMeasurements()) {
                List<DichotomousResult> d = m.getResults().stream().filter(DichotomousResult.class::isInstance)
                        .map(DichotomousResult.class::cast).toList();
                if (d.size() == 2) {
                    expected.add(d.toArray(DichotomousResult[]::new));
                }
                for (Result r : m.getResults()) {
                    if (r instanceof HazardRatio hr) {
                        ratios.add(hr);
                    }
                }
            }
        }
        try (XSSFWorkbook book = ExtractionWorkbookTest.export(folder)) {
            Sheet dichotomous = book.getSheet("MA dichotomous");
            assertEquals(expected.size(), dichotomous.getLastRowNum(), "one row per two-arm dichotomous comparison");
            List<String> headers = headers(dichotomous);
            for (int i = 1; i <= dichotomous.getLastRowNum(); i++) {
                Row row = dichotomous.getRow(i);
                DichotomousResult[] pair = expected.get(i - 1);
                DichotomousResult experimental = pair[0].getArm().getLabel().equals(row.getCell(headers.indexOf("Experimental")).getStringCellValue())
                        ? pair[0] : pair[1];
                DichotomousResult control = experimental == pair[0] ? pair[1] : pair[0];
                assertEquals(experimental.getEvents().getNumber().doubleValue(), row.getCell(headers.indexOf("Experimental events")).getNumericCellValue());
                assertEquals(experimental.getTotal().getNumber().doubleValue(), row.getCell(headers.indexOf("Experimental total")).getNumericCellValue());
                assertEquals(control.getEvents().getNumber().doubleValue(), row.getCell(headers.indexOf("Control events")).getNumericCellValue());
                assertEquals(control.getTotal().getNumber().doubleValue(), row.getCell(headers.indexOf("Control total")).getNumericCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(headers.indexOf("Control total")).getCellType(), "numbers are numbers");
            }
            Row li = rowStarting(dichotomous, "Li 2022");
            assertEquals("RT + anti-PD1", li.getCell(headers.indexOf("Experimental")).getStringCellValue());
            assertEquals("the extraction's hazard ratio", li.getCell(headers.indexOf("Direction from")).getStringCellValue());

            Sheet inverse = book.getSheet("MA generic inverse variance");
            assertEquals(ratios.size(), inverse.getLastRowNum());
            List<String> giv = headers(inverse);
            for (int i = 1; i <= inverse.getLastRowNum(); i++) {
                Row row = inverse.getRow(i);
                HazardRatio hr = ratios.get(i - 1);
                assertEquals(hr.getEstimate().getNumber().doubleValue(), row.getCell(giv.indexOf("HR")).getNumericCellValue());
                assertEquals(Math.log(hr.getEstimate().getNumber().doubleValue()), row.getCell(giv.indexOf("log HR")).getNumericCellValue(), 1e-12);
                BigDecimal level = hr.getCiLevel();
                if (level != null && level.compareTo(new BigDecimal("0.95")) == 0) {
                    double se = (Math.log(hr.getUpper().getNumber().doubleValue()) - Math.log(hr.getLower().getNumber().doubleValue())) / (2 * 1.959964);
                    assertEquals(se, row.getCell(giv.indexOf("SE of log HR")).getNumericCellValue(), 1e-6);
                }
                assertEquals(hr.getExperimental().getLabel(), row.getCell(giv.indexOf("Experimental")).getStringCellValue());
                assertTrue(row.getCell(giv.indexOf("Computed")).getStringCellValue().contains("computed by Appraise")
                        || level == null || level.compareTo(new BigDecimal("0.95")) != 0);
            }
        }
    }

    @Test
    void prismaCharacteristicsScreeningAndAgreementSheetsMatchTheModel() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ExtractionWorkbookTest.SAMPLE);
        org.appraise.core.screening.PrismaCounts counts = org.appraise.core.screening.PrismaCounts.of(folder.review());
        try (XSSFWorkbook book = ExtractionWorkbookTest.export(folder)) {
            Sheet prisma = book.getSheet("PRISMA 2020");
            java.util.Map<String, Double> boxes = new java.util.LinkedHashMap<>();
            for (Row row : prisma) {
                if (row.getRowNum() > 0 && row.getCell(1) != null && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    boxes.put(row.getCell(1).getStringCellValue().strip(), row.getCell(2).getNumericCellValue());
                }
            }
            assertEquals(counts.identifiedFromDatabases(), boxes.get("Records identified from databases").intValue());
            assertEquals(27, boxes.get("PubMed").intValue());
            assertEquals(counts.duplicates(), boxes.get("Duplicate records removed").intValue());
            assertEquals(counts.screened(), boxes.get("Records screened").intValue());
            assertEquals(counts.excluded(), boxes.get("Records excluded").intValue());
            assertEquals(counts.sought(), boxes.get("Reports sought for retrieval").intValue());
            assertEquals(counts.notRetrieved(), boxes.get("Reports not retrieved").intValue());
            assertEquals(counts.assessed(), boxes.get("Reports assessed for eligibility").intValue());
            assertEquals(counts.studiesIncluded(), boxes.get("Studies included in review").intValue());
            assertEquals("Checks: every PRISMA invariant holds.", prisma.getRow(prisma.getLastRowNum()).getCell(0).getStringCellValue());

            Sheet characteristics = book.getSheet("Characteristics");
            assertEquals(3, characteristics.getLastRowNum());
            List<String> headers = headers(characteristics);
            Row tvgh = rowStarting(characteristics, "Taipei VGH");
            assertEquals(140, tvgh.getCell(headers.indexOf("N (participants)")).getNumericCellValue(), "58 + 82 before matching");
            assertEquals("the 2 arms' sizes added (before matching)", tvgh.getCell(headers.indexOf("N from")).getStringCellValue(), "derived, and says so");
            assertEquals("Taiwan", tvgh.getCell(headers.indexOf("Country")).getStringCellValue());
            assertTrue(tvgh.getCell(headers.indexOf("Interventions and comparators")).getStringCellValue().contains("Anti-PD-1 + sorafenib (n = 58"));

            Sheet screening = book.getSheet("Screening");
            assertEquals(folder.review().getReferences().size(), screening.getLastRowNum());
            List<String> columns = headers(screening);
            Row imbrave = rowStarting(screening, "batch-embase-2021-06-00005");
            assertEquals("maybe", imbrave.getCell(columns.indexOf("Title/abstract: ab")).getStringCellValue());
            assertEquals("exclude", imbrave.getCell(columns.indexOf("Title/abstract: cd")).getStringCellValue());
            assertEquals("exclude", imbrave.getCell(columns.indexOf("Title/abstract: resolution")).getStringCellValue());
            assertEquals("exclude", imbrave.getCell(columns.indexOf("Title/abstract: verdict")).getStringCellValue());

            Sheet agreement = book.getSheet("Agreement");
            Row ta = agreement.getRow(1);
            assertEquals("Title/abstract", ta.getCell(0).getStringCellValue());
            assertEquals(33, ta.getCell(3).getNumericCellValue());
            assertEquals(0.5479, ta.getCell(6).getNumericCellValue(), 1e-4);
        }
    }

    @Test
    void oneSheetAsCsvKeepsItsTextNumbersAndQuotesFormulaLikeText() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ExtractionWorkbookTest.SAMPLE);
        folder.review().getStudies().get(0).setLabel("=HYPERLINK(\"http://x\")");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.appraise.export.xlsx.SheetCsv(java.time.Instant.EPOCH).write(folder.review(), "Characteristics", out, true,
                org.appraise.core.Progress.NONE);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte order mark for Excel");
        String csv = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Study,Design,Setting,Country,Centres,Period,N (participants),N from,Population,"), csv);
        assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains(",Taiwan,1,January 2016 to February 2019,140,the 2 arms' sizes added (before matching),"), csv);
        out.reset();
        new org.appraise.export.xlsx.SheetCsv(java.time.Instant.EPOCH).write(folder.review(), "MA generic inverse variance", out, false,
                org.appraise.core.Progress.NONE);
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(",0.51,0.30,0.86,0.95,"), "decimals as recorded");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new org.appraise.export.xlsx.SheetCsv(
                java.time.Instant.EPOCH).write(folder.review(), "Nope", new java.io.ByteArrayOutputStream(), false, org.appraise.core.Progress.NONE));
    }

    @Test
    void formulaLikeTextIsQuotePrefixedSoEditingKeepsItText() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ExtractionWorkbookTest.SAMPLE);
        Study study = folder.review().getStudies().get(0);
        study.setLabel("=cmd|' /C calc'!A0");
        study.getExtractions().get(0).getAssessments().get(0).getDomains().get(1).setSupport("@SUM(1+1)");
        try (XSSFWorkbook book = ExtractionWorkbookTest.export(folder)) {
            Cell label = book.getSheet("Studies").getRow(1).getCell(1);
            assertEquals(CellType.STRING, label.getCellType());
            assertEquals("=cmd|' /C calc'!A0", label.getStringCellValue());
            assertTrue(label.getCellStyle().getQuotePrefixed());
            Cell robLabel = rowStarting(book.getSheet("RoB ROBINS-I"), study.getId()).getCell(1);
            assertTrue(robLabel.getCellStyle().getQuotePrefixed());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static Row row(Sheet sheet, String study) {
        return rowStarting(sheet, study);
    }

    private static Row rowStarting(Sheet sheet, String start) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(start)) {
                return row;
            }
        }
        throw new AssertionError("no row " + start + " in " + sheet.getSheetName());
    }
}
