package org.appraise.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appraise.core.Progress;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.io.json.ReviewFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet application reads the sample's workbook: LibreOffice (Debian's libreoffice-calc-nogui,
 * which .ci/run installs) converts every sheet to CSV headless, and each sheet's text is what POI reads.
 * Skipped, saying why, where LibreOffice is not installed.
 */
final class LibreOfficeReadsTheWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void everySheetConvertsToCsvWithTheSameCells() throws Exception {
        Optional<Path> soffice = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "soffice"), Path.of(dir, "libreoffice"))).filter(Files::isExecutable).findFirst();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed (apt-get install libreoffice-calc-nogui); .ci/run installs it");
        Path workbook = temp.resolve("sample.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            new ExtractionWorkbook(Instant.EPOCH).write(ReviewFolder.open(ExtractionWorkbookTest.SAMPLE).review(), out, Progress.NONE);
        }
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", temp.resolve("csv").toString(), workbook.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "LibreOffice finished within 4 minutes");
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("soffice.log")));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.US);
            for (Sheet sheet : book) {
                Path csv = temp.resolve("csv/sample-" + sheet.getSheetName() + ".csv");
                assertTrue(Files.exists(csv), "LibreOffice wrote " + csv.getFileName() + ": " + Files.readString(temp.resolve("soffice.log")));
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                int checked = 0;
                for (var row : sheet) {
                    for (var cell : row) {
                        String value = formatter.formatCellValue(cell);
                        if (!value.isEmpty() && !value.contains("\n") && !value.contains("\"")) {
                            assertTrue(text.contains(value), sheet.getSheetName() + "!" + cell.getAddress() + " '" + value + "' is in LibreOffice's CSV");
                            checked++;
                        }
                    }
                }
                assertTrue(checked > 0 || sheet.getLastRowNum() == 0, sheet.getSheetName());
            }
            String robins = Files.readString(temp.resolve("csv/sample-RoB ROBINS-I.csv"));
            assertTrue(robins.contains("\ntvgh-2016,Taipei VGH cohort 2016-2019 (anti-PD-1 + sorafenib vs anti-PD-1),\"Overall survival, after matching\",ab,no,Moderate [-]"),
                    robins);
        }
    }
}
