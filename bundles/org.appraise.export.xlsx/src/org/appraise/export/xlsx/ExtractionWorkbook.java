package org.appraise.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;

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
import org.appraise.core.Progress;
import org.appraise.model.Annotation;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.Characteristic;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.Report;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.Value;

/**
 * The first extraction workbook: a README sheet, one row per study in "Studies", and one row per result
 * (a study x extraction x outcome measurement x arm, or x comparison for a hazard ratio) in "Extraction",
 * with every number as a numeric cell in the model's precision, its unit, whether it was derived and how,
 * and the exact quotes it came from. Text is only ever written as string cells, so nothing a reviewer or a
 * paper wrote can become a formula.
 */
public final class ExtractionWorkbook {

    static final String[] EXTRACTION_COLUMNS = { "Study", "Extraction", "Reviewer", "Consensus", "Outcome",
            "Criteria", "Timepoint", "Analysis population", "Arm or comparison", "Result type", "Events", "Total",
            "Mean", "SD", "N", "Median", "Estimate", "CI lower", "CI upper", "CI level", "p", "Adjusted", "Unit",
            "Derived", "Derivation", "Report", "Quotes" };

    static final String[] STUDY_COLUMNS = { "Study", "Label", "Extraction", "Reviewer", "Design", "Setting",
            "Country", "Period", "Participants", "Population", "Intervention", "Comparator", "Arms", "Reports" };

    private final Instant exportedAt;

    public ExtractionWorkbook(Instant exportedAt) {
        this.exportedAt = exportedAt;
    }

    /**
     * Writes the workbook.
     *
     * @throws CancellationException when progress reports a cancellation (nothing useful was written)
     */
    public void write(Review review, OutputStream out, Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            readme(workbook.createSheet("README"), review, styles);
            Sheet studies = workbook.createSheet("Studies");
            Sheet extraction = workbook.createSheet("Extraction");
            header(studies, STUDY_COLUMNS, styles);
            header(extraction, EXTRACTION_COLUMNS, styles);
            int total = review.getStudies().size();
            int done = 0;
            int studyRow = 1;
            int resultRow = 1;
            for (Study study : review.getStudies()) {
                if (progress.cancelled()) {
                    throw new CancellationException("export cancelled");
                }
                progress.worked("Exporting study " + study.getId(), done, total);
                for (Extraction e : study.getExtractions()) {
                    studyRow(studies.createRow(studyRow++), study, e, styles);
                    for (OutcomeMeasurement m : e.getMeasurements()) {
                        for (Result r : m.getResults()) {
                            resultRow(extraction.createRow(resultRow++), study, e, m, r, styles);
                        }
                    }
                }
                done++;
            }
            progress.worked("Writing workbook", done, total);
            finish(studies, STUDY_COLUMNS.length, studyRow, new int[] { 18, 24, 24, 14, 22, 40, 14, 20, 30, 50, 50, 50, 50, 40 });
            finish(extraction, EXTRACTION_COLUMNS.length, resultRow, new int[] { 18, 24, 14, 10, 24, 14, 14, 20, 28, 18,
                    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 9, 40, 18, 90 });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void readme(Sheet sheet, Review review, Styles styles) {
        String[][] lines = {
                { "Review", text(review.getTitle()) },
                { "Review id", review.getId() },
                { "Exported", exportedAt.toString() },
                { "Exported by", "Appraise" },
                { "Studies", "One row per study and extraction: design, setting, PICO and arms with their sizes." },
                { "Extraction", "One row per result: study x extraction x outcome measurement x arm (or comparison, for hazard ratios). "
                        + "Numbers are the values recorded in the review, in their recorded precision; 'Derived' marks values "
                        + "computed by the reviewer, with the arithmetic in 'Derivation'; 'Quotes' gives each value's exact words "
                        + "in the report with their character offsets." } };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            string(row, 0, lines[i][0], styles.bold);
            string(row, 1, lines[i][1], styles.wrap);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    private static void studyRow(Row row, Study study, Extraction e, Styles styles) {
        int c = 0;
        string(row, c++, study.getId(), null);
        string(row, c++, study.getLabel(), null);
        string(row, c++, e.getId(), null);
        string(row, c++, e.getReviewer() == null ? "" : e.getReviewer().getId(), null);
        string(row, c++, e.getDesign().getLiteral().toLowerCase().replace('_', ' '), null);
        string(row, c++, characteristic(e, "SETTING"), styles.wrap);
        string(row, c++, characteristic(e, "COUNTRY"), null);
        string(row, c++, characteristic(e, "PERIOD"), null);
        string(row, c++, characteristic(e, "PARTICIPANTS"), styles.wrap);
        string(row, c++, pico(e, "POPULATION"), styles.wrap);
        string(row, c++, pico(e, "INTERVENTION"), styles.wrap);
        string(row, c++, pico(e, "COMPARATOR"), styles.wrap);
        StringJoiner arms = new StringJoiner("; ");
        for (Arm arm : e.getArms()) {
            StringJoiner sizes = new StringJoiner(", ");
            for (GroupSize size : arm.getGroupSizes()) {
                sizes.add((size.getPopulation() == null ? "" : size.getPopulation() + " ") + "n="
                        + (size.getN() == null || size.getN().getNumber() == null ? "?" : size.getN().getNumber().toPlainString()));
            }
            arms.add(arm.getLabel() + (sizes.length() > 0 ? " (" + sizes + ")" : ""));
        }
        string(row, c++, arms.toString(), styles.wrap);
        StringJoiner reports = new StringJoiner("; ");
        for (Report report : study.getReports()) {
            reports.add(report.getId() + (report.getCitation() == null ? "" : ": " + report.getCitation()));
        }
        string(row, c, reports.toString(), styles.wrap);
    }

    private static void resultRow(Row row, Study study, Extraction e, OutcomeMeasurement m, Result r, Styles styles) {
        string(row, 0, study.getId(), null);
        string(row, 1, e.getId(), null);
        string(row, 2, e.getReviewer() == null ? "" : e.getReviewer().getId(), null);
        string(row, 3, e.isConsensus() ? "yes" : "no", null);
        string(row, 4, m.getOutcome() == null ? "" : m.getOutcome().getName(), null);
        string(row, 5, m.getCriteria(), null);
        string(row, 6, m.getTimepoint(), null);
        string(row, 7, m.getPopulation(), null);
        Map<String, Value> values = new LinkedHashMap<>();
        if (r instanceof ArmResult armResult) {
            string(row, 8, armResult.getArm() == null ? "" : armResult.getArm().getLabel(), null);
        }
        if (r instanceof DichotomousResult d) {
            string(row, 9, "dichotomous", null);
            put(values, "events", d.getEvents(), row, 10, styles);
            put(values, "total", d.getTotal(), row, 11, styles);
        } else if (r instanceof ContinuousResult cr) {
            string(row, 9, "continuous", null);
            put(values, "mean", cr.getMean(), row, 12, styles);
            put(values, "sd", cr.getSd(), row, 13, styles);
            put(values, "n", cr.getN(), row, 14, styles);
        } else if (r instanceof MedianTimeToEvent t) {
            string(row, 9, t.isNotReached() ? "median time to event (not reached)" : "median time to event", null);
            put(values, "median", t.getMedian(), row, 15, styles);
            put(values, "lower", t.getLower(), row, 17, styles);
            put(values, "upper", t.getUpper(), row, 18, styles);
            decimal(row, 19, t.getCiLevel(), styles);
        } else if (r instanceof HazardRatio hr) {
            string(row, 8, label(hr.getExperimental()) + " vs " + label(hr.getComparator()), null);
            string(row, 9, "hazard ratio", null);
            put(values, "estimate", hr.getEstimate(), row, 16, styles);
            put(values, "lower", hr.getLower(), row, 17, styles);
            put(values, "upper", hr.getUpper(), row, 18, styles);
            decimal(row, 19, hr.getCiLevel(), styles);
            put(values, "p", hr.getPValue(), row, 20, styles);
            string(row, 21, hr.isAdjusted() ? "yes" + (hr.getAdjustment() == null ? "" : ": " + hr.getAdjustment()) : "no", null);
        }
        StringJoiner units = new StringJoiner("; ");
        StringJoiner derived = new StringJoiner(", ");
        StringJoiner derivations = new StringJoiner("; ");
        StringJoiner reports = new StringJoiner(", ");
        StringJoiner quotes = new StringJoiner("\n");
        List<String> seenReports = new ArrayList<>();
        for (Map.Entry<String, Value> entry : values.entrySet()) {
            Value v = entry.getValue();
            if (v.getUnit() != null && !units.toString().contains(v.getUnit())) {
                units.add(v.getUnit());
            }
            if (v.isDerived()) {
                derived.add(entry.getKey());
                derivations.add(entry.getKey() + ": " + text(v.getDerivation()));
            }
            for (Annotation a : v.getSources()) {
                if (a.eIsProxy()) {
                    continue;
                }
                String report = a.getReport() == null ? "?" : a.getReport().getId();
                if (!seenReports.contains(report)) {
                    seenReports.add(report);
                    reports.add(report);
                }
                quotes.add(entry.getKey() + ": \u201c" + text(a.getQuote()) + "\u201d [" + report + " " + a.getStart() + "-" + a.getEnd() + "]");
            }
        }
        string(row, 22, units.toString(), null);
        string(row, 23, derived.toString(), null);
        string(row, 24, derivations.toString(), styles.wrap);
        string(row, 25, reports.toString(), null);
        string(row, 26, quotes.toString(), styles.wrap);
    }

    private static void put(Map<String, Value> values, String name, Value value, Row row, int column, Styles styles) {
        if (value == null) {
            return;
        }
        values.put(name, value);
        decimal(row, column, value.getNumber(), styles);
    }

    private static void decimal(Row row, int column, BigDecimal number, Styles styles) {
        if (number == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(styles.number(Math.max(0, number.scale())));
    }

    private static String label(Arm arm) {
        return arm == null ? "?" : arm.getLabel();
    }

    private static String characteristic(Extraction e, String kind) {
        StringJoiner joined = new StringJoiner("; ");
        for (Characteristic c : e.getCharacteristics()) {
            if (c.getKind().getLiteral().equals(kind)) {
                joined.add(text(c.getText()));
            }
        }
        return joined.toString();
    }

    private static String pico(Extraction e, String kind) {
        StringJoiner joined = new StringJoiner("; ");
        for (PicoElement p : e.getPico()) {
            if (p.getKind().getLiteral().equals(kind)) {
                joined.add(text(p.getText()));
            }
        }
        return joined.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A string cell: POI never evaluates it, whatever it starts with. */
    private static void string(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "\u2026" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void header(Sheet sheet, String[] columns, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            string(row, i, columns[i], styles.header);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle bold;
        private final CellStyle wrap;
        private final Map<Integer, CellStyle> numbers = new LinkedHashMap<>();

        Styles(SXSSFWorkbook workbook) {
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

        /** A number format that shows exactly the decimals the value was recorded with. */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(Math.min(decimals, 10), d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
                return style;
            });
        }
    }
}
