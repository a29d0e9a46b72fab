package org.appraise.export.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appraise.core.Progress;
import org.appraise.model.Review;

/**
 * One sheet of the workbook as CSV (RFC 4180: comma, double quotes, CRLF), UTF-8 with or without a byte
 * order mark (Excel wants one to read UTF-8). Numbers are written as the workbook shows them (with their
 * recorded decimals); text that a spreadsheet would take for a formula (= + - @ tab CR) gets a leading
 * apostrophe, the usual defence against CSV injection.
 */
public final class SheetCsv {

    private final Instant exportedAt;

    public SheetCsv(Instant exportedAt) {
        this.exportedAt = exportedAt;
    }

    /**
     * @throws IllegalArgumentException naming the sheets there are when the workbook has no such sheet
     */
    public void write(Review review, String sheetName, OutputStream out, boolean byteOrderMark, Progress progress) throws IOException {
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        new ExtractionWorkbook(exportedAt).write(review, book, progress, name -> name.equals(sheetName));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book.toByteArray()))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new IllegalArgumentException("The workbook has no sheet '" + sheetName + "' (its sheets: "
                        + String.join(", ", ExtractionWorkbook.sheets(review)) + ")");
            }
            if (byteOrderMark) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int columns = 0;
            for (Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        values.add(Cells.formulaLike(text) ? "'" + text : text);
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                printer.printRecord(values);
            }
            printer.flush();
        }
    }
}
