package org.appraise.export.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * How every sheet of one workbook writes its cells, with each style made once: text only as string cells
 * (and, when it starts with = + - @ tab or CR, quote-prefixed too, so that editing the cell in Excel or
 * LibreOffice never turns it into a formula or a DDE link), numbers as numeric cells formatted with exactly
 * the decimals they were recorded with, a styled header, frozen panes and an autofilter.
 */
final class Cells {

    private final SXSSFWorkbook workbook;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle wrap;
    private final Map<Integer, CellStyle> numbers = new LinkedHashMap<>();
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final Map<String, CellStyle> fills = new HashMap<>();

    Cells(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
    }

    /** Whether a spreadsheet would read this text as the start of a formula when it is typed or pasted. */
    static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A string cell: POI never evaluates it, and a formula-like text is quote-prefixed as well. */
    void string(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "\u2026" : value);
        if (formulaLike(value)) {
            cell.setCellStyle(quoted(style));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    void decimal(Row row, int column, BigDecimal number) {
        if (number == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(number(Math.max(0, number.scale())));
    }

    /** A number computed by Appraise (not recorded in the review), shown with the given decimals. */
    void computed(Row row, int column, double number, int decimals) {
        Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(number(decimals));
    }

    void header(Sheet sheet, String[] columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            string(row, i, columns[i], header);
        }
    }

    static void finish(Sheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths[Math.min(i, widths.length - 1)] * 256);
        }
    }

    /** A number format that shows exactly the decimals the value was recorded with. */
    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(Math.min(decimals, 10), d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            return style;
        });
    }

    /** A solid fill in a colour ({@code #rrggbb}), for judgements. */
    CellStyle fill(String hex) {
        return fills.computeIfAbsent(hex, h -> {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            byte[] rgb = { (byte) Integer.parseInt(h.substring(1, 3), 16), (byte) Integer.parseInt(h.substring(3, 5), 16),
                    (byte) Integer.parseInt(h.substring(5, 7), 16) };
            style.setFillForegroundColor(new XSSFColor(rgb, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        });
    }

    private CellStyle quoted(CellStyle base) {
        CellStyle key = base == null ? wrap : base;
        return quoted.computeIfAbsent(key, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }
}
