package org.appraise.export.xlsx;

import org.appraise.core.synthesis.Comparisons;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.model.Arm;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.Value;

/**
 * The results laid out for meta-analysis, one comparison per row with plain column names that R's metafor
 * ({@code escalc(measure = "RR", ai = ..., n1i = ..., ci = ..., n2i = ...)}) and RevMan's data import take
 * without editing: dichotomous (events and totals per group), continuous (mean, SD, n per group), and
 * generic inverse variance from hazard ratios (log HR and its standard error computed from the interval,
 * with the direction of the comparison stated). A study's consensus extraction is used where there is one,
 * else its first extraction, and each row says which. The experimental group of a two-arm comparison is the
 * hazard ratio's experimental arm where the extraction states one, else the first arm, and the row says so.
 */
final class MetaAnalysisSheets {

    static final String[] DICHOTOMOUS = { "Study", "Outcome", "Criteria", "Timepoint", "Population", "Experimental",
            "Experimental events", "Experimental total", "Control", "Control events", "Control total", "Direction from",
            "Derived values", "Extraction" };
    static final String[] CONTINUOUS = { "Study", "Outcome", "Criteria", "Timepoint", "Population", "Experimental",
            "Experimental mean", "Experimental SD", "Experimental N", "Control", "Control mean", "Control SD", "Control N",
            "Unit", "Direction from", "Derived values", "Extraction" };
    static final String[] INVERSE_VARIANCE = { "Study", "Outcome", "Criteria", "Timepoint", "Population", "Experimental",
            "Control", "HR", "CI lower", "CI upper", "CI level", "Adjusted", "log HR", "SE of log HR", "Computed",
            "Extraction" };

    private static final Map<String, Double> Z = Map.of("0.90", 1.6448536269514722, "0.95", 1.959963984540054, "0.99",
            2.5758293035489004);

    private final Cells cells;

    MetaAnalysisSheets(Cells cells) {
        this.cells = cells;
    }

    void write(SXSSFWorkbook workbook, Review review) {
        Sheet dichotomous = workbook.createSheet("MA dichotomous");
        Sheet continuous = workbook.createSheet("MA continuous");
        Sheet inverse = workbook.createSheet("MA generic inverse variance");
        cells.header(dichotomous, DICHOTOMOUS);
        cells.header(continuous, CONTINUOUS);
        cells.header(inverse, INVERSE_VARIANCE);
        int d = 1;
        for (Comparisons.Comparison<DichotomousResult> pair : Comparisons.dichotomous(review)) {
            Row row = dichotomous.createRow(d++);
            int col = describe(row, pair.study(), pair.measurement());
            cells.string(row, col++, label(pair.experimental().getArm()), null);
            cells.decimal(row, col++, number(pair.experimental().getEvents()));
            cells.decimal(row, col++, number(pair.experimental().getTotal()));
            cells.string(row, col++, label(pair.control().getArm()), null);
            cells.decimal(row, col++, number(pair.control().getEvents()));
            cells.decimal(row, col++, number(pair.control().getTotal()));
            cells.string(row, col++, pair.direction(), null);
            cells.string(row, col++, Comparisons.derived(pair.experimental(), pair.control()), null);
            cells.string(row, col, pair.from(), null);
        }
        int c = 1;
        for (Comparisons.Comparison<ContinuousResult> pair : Comparisons.continuous(review)) {
            Row row = continuous.createRow(c++);
            int col = describe(row, pair.study(), pair.measurement());
            cells.string(row, col++, label(pair.experimental().getArm()), null);
            cells.decimal(row, col++, number(pair.experimental().getMean()));
            cells.decimal(row, col++, number(pair.experimental().getSd()));
            cells.decimal(row, col++, number(pair.experimental().getN()));
            cells.string(row, col++, label(pair.control().getArm()), null);
            cells.decimal(row, col++, number(pair.control().getMean()));
            cells.decimal(row, col++, number(pair.control().getSd()));
            cells.decimal(row, col++, number(pair.control().getN()));
            cells.string(row, col++, pair.experimental().getMean() == null ? "" : pair.experimental().getMean().getUnit(), null);
            cells.string(row, col++, pair.direction(), null);
            cells.string(row, col++, Comparisons.derived(pair.experimental(), pair.control()), null);
            cells.string(row, col, pair.from(), null);
        }
        int g = 1;
        for (Comparisons.Comparison<HazardRatio> hr : Comparisons.hazardRatios(review)) {
            inverseVariance(inverse.createRow(g++), hr.study(), hr.measurement(), hr.experimental(), hr.from());
        }
        Cells.finish(dichotomous, DICHOTOMOUS.length, d, new int[] { 16, 22, 12, 12, 22, 26, 12, 12, 26, 12, 12, 24, 20, 22 });
        Cells.finish(continuous, CONTINUOUS.length, c, new int[] { 16, 22, 12, 12, 22, 26, 12, 12, 12, 26, 12, 12, 12, 10, 24, 20, 22 });
        Cells.finish(inverse, INVERSE_VARIANCE.length, g, new int[] { 16, 22, 12, 12, 22, 26, 26, 9, 9, 9, 9, 14, 12, 12, 60, 22 });
    }

    private void inverseVariance(Row row, Study study, OutcomeMeasurement m, HazardRatio hr, String from) {
        int col = describe(row, study, m);
        cells.string(row, col++, label(hr.getExperimental()), null);
        cells.string(row, col++, label(hr.getComparator()), null);
        BigDecimal estimate = number(hr.getEstimate());
        BigDecimal lower = number(hr.getLower());
        BigDecimal upper = number(hr.getUpper());
        BigDecimal level = hr.getCiLevel();
        cells.decimal(row, col++, estimate);
        cells.decimal(row, col++, lower);
        cells.decimal(row, col++, upper);
        cells.decimal(row, col++, level);
        cells.string(row, col++, hr.isAdjusted() ? "yes" + (hr.getAdjustment() == null ? "" : ": " + hr.getAdjustment()) : "no", null);
        String computed;
        Double z = level == null ? null : Z.get(level.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        if (estimate == null || estimate.signum() <= 0) {
            computed = "no log HR: the hazard ratio is missing or not positive";
            col += 2;
        } else {
            cells.computed(row, col++, Math.log(estimate.doubleValue()), 6);
            if (lower == null || upper == null || lower.signum() <= 0 || upper.signum() <= 0) {
                computed = "log HR = ln(HR); no SE: the interval is incomplete";
                col++;
            } else if (z == null) {
                computed = "log HR = ln(HR); no SE: the interval's level is " + (level == null ? "not recorded" : level.toPlainString())
                        + " (SE is computed for 90, 95 and 99% intervals)";
                col++;
            } else {
                cells.computed(row, col++, (Math.log(upper.doubleValue()) - Math.log(lower.doubleValue())) / (2 * z), 6);
                computed = "log HR = ln(HR); SE = (ln upper - ln lower) / (2 x " + z + "), computed by Appraise";
            }
        }
        cells.string(row, col++, computed + "; HR of " + label(hr.getExperimental()) + " versus " + label(hr.getComparator()), cells.wrap);
        cells.string(row, col, from, null);
    }

    private int describe(Row row, Study study, OutcomeMeasurement m) {
        cells.string(row, 0, study.getLabel() == null ? study.getId() : study.getLabel(), null);
        cells.string(row, 1, m.getOutcome() == null ? "" : m.getOutcome().getName(), null);
        cells.string(row, 2, m.getCriteria(), null);
        cells.string(row, 3, m.getTimepoint(), null);
        cells.string(row, 4, m.getPopulation(), null);
        return 5;
    }

    private static BigDecimal number(Value value) {
        return value == null ? null : value.getNumber();
    }

    private static String label(Arm arm) {
        return Comparisons.label(arm);
    }
}
