package org.appraise.export.xlsx;

import java.util.function.DoubleUnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.model.Analysis;
import org.appraise.model.Review;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The "Analyses" sheet: for each analysis the review saves, a row per study (effect with its interval on the reading
 * scale, weight, yi and SE on the pooling scale, where its numbers came from), a row per study left out with the
 * reason, and the pooled row with the heterogeneity (tau², I², Q, its df and p) and the prediction interval. Every
 * number here is computed by Appraise (metafor's conventions), never recorded; the analysis' settings are named.
 */
final class AnalysesSheet {

    static final String NAME = "Analyses";
    static final String[] COLUMNS = { "Analysis", "Outcome", "Measure", "Method", "Row", "Study", "k", "Effect", "CI lower", "CI upper", "Weight %",
            "yi", "SE", "tau\u00B2", "I\u00B2 %", "Q", "Q df", "Q p", "p", "PI lower", "PI upper", "Note",
            "Experimental events or mean", "Experimental SD", "Experimental total", "Control events or mean", "Control SD", "Control total" };

    private final Cells cells;

    AnalysesSheet(Cells cells) {
        this.cells = cells;
    }

    void write(SXSSFWorkbook workbook, Review review) {
        Sheet sheet = workbook.createSheet(NAME);
        cells.header(sheet, COLUMNS);
        int r = 1;
        for (Analysis saved : review.getAnalyses()) {
            SavedAnalysis.Run run;
            try {
                run = SavedAnalysis.run(review, saved);
            } catch (IllegalArgumentException e) {
                Row row = describe(sheet.createRow(r++), saved, "not run");
                cells.string(row, 21, e.getMessage(), null);
                continue;
            }
            DoubleUnaryOperator read = run.settings().measure().ratio() ? Math::exp : x -> x;
            java.util.Map<String, org.appraise.synthesis.StudyData> data = new java.util.HashMap<>();
            run.read().studies().forEach(d -> data.put(d.label(), d));
            for (StudyEffect s : run.analysis().studies()) {
                Row row = describe(sheet.createRow(r++), saved, "study");
                cells.string(row, 5, s.label(), null);
                arms(row, data.get(s.label()));
                if (!Double.isNaN(s.yi())) {
                    cells.computed(row, 7, read.applyAsDouble(s.yi()), 4);
                    cells.computed(row, 8, read.applyAsDouble(s.lower()), 4);
                    cells.computed(row, 9, read.applyAsDouble(s.upper()), 4);
                    cells.computed(row, 11, s.yi(), 6);
                    cells.computed(row, 12, s.se(), 6);
                }
                cells.computed(row, 10, s.weight(), 2);
                String rob = run.riskOfBias().riskOfBias().flatMap(j -> j.overall(s.label()).map(l -> "; overall risk of bias " + l.label() + " ("
                        + j.tool().shortName() + ")")).orElse("");
                cells.string(row, 21, run.read().provenance().getOrDefault(s.label(), "") + (s.corrected() ? "; 1/2 added to its cells" : "") + rob,
                        null);
            }
            run.read().leftOut().forEach((study, why) -> left(sheet.createRow(sheet.getLastRowNum() + 1), saved, study, why));
            run.leftOutByReviewers().forEach((study, why) -> left(sheet.createRow(sheet.getLastRowNum() + 1), saved, study, "left out by the reviewers: "
                    + why));
            run.analysis().excluded().forEach(e -> left(sheet.createRow(sheet.getLastRowNum() + 1), saved, e.label(), e.reason()));
            r = sheet.getLastRowNum() + 1;
            Row row = describe(sheet.createRow(r++), saved, "pooled");
            pooled(row, run.analysis(), read, "computed by Appraise as metafor 3.8 does" + (run.settings().knha() ? "; Hartung-Knapp (t, df = k - 1)" : "")
                    + (run.settings().i2() == org.appraise.synthesis.I2Rule.REVMAN ? "; I\u00B2 from Q (RevMan 5)" : ""));
            run.analysis().pooled().flatMap(Pooled::prediction).ifPresent(i -> {
                cells.computed(row, 19, read.applyAsDouble(i.lower()), 4);
                cells.computed(row, 20, read.applyAsDouble(i.upper()), 4);
            });
            r = subgroups(sheet, saved, run, read, r);
            if (run.withoutHighRisk().isPresent()) {
                SavedAnalysis.WithoutHighRisk without = run.withoutHighRisk().get();
                Row w = describe(sheet.createRow(r++), saved, "without high risk of bias");
                pooled(w, without.analysis(), read, "without " + String.join(", ", without.omitted()) + " (" + without.tool() + ")");
            }
        }
        Cells.finish(sheet, COLUMNS.length, Math.max(r, sheet.getLastRowNum() + 1),
                new int[] { 14, 10, 16, 30, 8, 40, 5, 9, 9, 9, 9, 10, 10, 8, 7, 8, 6, 8, 8, 9, 9, 80, 12, 10, 10, 12, 10, 10 });
    }

    /** Each arm's data as the analysis read it from the review (before any zero-cell correction): events or mean, SD, total. */
    private void arms(Row row, org.appraise.synthesis.StudyData data) {
        if (data instanceof org.appraise.synthesis.StudyData.Dichotomous d) {
            recorded(row, 22, d.ai());
            recorded(row, 24, d.n1i());
            recorded(row, 25, d.ci());
            recorded(row, 27, d.n2i());
        } else if (data instanceof org.appraise.synthesis.StudyData.Continuous c) {
            recorded(row, 22, c.m1i());
            recorded(row, 23, c.sd1i());
            recorded(row, 24, c.n1i());
            recorded(row, 25, c.m2i());
            recorded(row, 26, c.sd2i());
            recorded(row, 27, c.n2i());
        }
    }

    private void recorded(Row row, int column, double number) {
        if (Double.isFinite(number)) {
            cells.decimal(row, column, java.math.BigDecimal.valueOf(number).stripTrailingZeros());
        }
    }

    /** A row per subgroup (its name in the Study column) and the row of the test for subgroup differences. */
    private int subgroups(Sheet sheet, Analysis saved, SavedAnalysis.Run run, DoubleUnaryOperator read, int r) {
        if (run.subgroups().isEmpty()) {
            return r;
        }
        SavedAnalysis.Subgrouped groups = run.subgroups().get();
        for (var group : groups.result().groups().entrySet()) {
            Row row = describe(sheet.createRow(r++), saved, "subgroup");
            cells.string(row, 5, group.getKey(), null);
            pooled(row, group.getValue(), read, "subgroup by " + groups.by() + ": " + String.join(", ", groups.studies().get(group.getKey()).stream()
                    .map(org.appraise.synthesis.StudyData::label).toList()));
        }
        Row test = describe(sheet.createRow(r++), saved, "subgroup differences");
        if (groups.result().df() > 0) {
            cells.computed(test, 15, groups.result().q(), 3);
            cells.computed(test, 16, groups.result().df(), 0);
            cells.computed(test, 17, groups.result().p(), 4);
        }
        cells.string(test, 21, groups.result().df() > 0 ? "Cochran's Q of the subgroups' pooled estimates (as RevMan)"
                : "fewer than two subgroups with a pooled estimate: no test", null);
        return r;
    }

    private void pooled(Row row, org.appraise.synthesis.MetaAnalysis analysis, DoubleUnaryOperator read, String note) {
        if (analysis.pooled().isEmpty()) {
            cells.string(row, 21, note + "; not pooled: " + analysis.notPooled(), null);
            return;
        }
        Pooled p = analysis.pooled().get();
        cells.computed(row, 6, p.k(), 0);
        cells.computed(row, 7, read.applyAsDouble(p.estimate()), 4);
        cells.computed(row, 8, read.applyAsDouble(p.lower()), 4);
        cells.computed(row, 9, read.applyAsDouble(p.upper()), 4);
        cells.computed(row, 11, p.estimate(), 6);
        cells.computed(row, 12, p.se(), 6);
        cells.computed(row, 13, p.tau2(), 4);
        cells.computed(row, 14, p.i2(), 1);
        cells.computed(row, 15, p.q(), 3);
        cells.computed(row, 16, p.qDf(), 0);
        cells.computed(row, 17, p.qP(), 4);
        cells.computed(row, 18, p.p(), 4);
        cells.string(row, 21, note, null);
    }

    private void left(Row row, Analysis saved, String study, String why) {
        describe(row, saved, "left out");
        cells.string(row, 5, study, null);
        cells.string(row, 21, why, null);
    }

    private Row describe(Row row, Analysis saved, String kind) {
        cells.string(row, 0, saved.getId(), null);
        cells.string(row, 1, saved.getOutcome() == null ? "" : saved.getOutcome().getId(), null);
        cells.string(row, 2, saved.getMeasure(), null);
        cells.string(row, 3, (saved.getMethod() == null ? "REML" : saved.getMethod()) + (saved.isKnha() ? " + HKSJ" : ""), null);
        cells.string(row, 4, kind, null);
        return row;
    }
}
