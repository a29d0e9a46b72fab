package org.appraise.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.core.Progress;
import org.appraise.core.extraction.StudyCharacteristics;
import org.appraise.model.Annotation;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
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
            "Derived", "Derivation", "Report", "Quotes", "Proposed by", "Notes" };

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
        write(review, out, progress, name -> true);
    }

    /**
     * Writes the workbook with only the sheets named (README is always there).
     *
     * @param wanted whether a sheet (by name) goes in the workbook
     * @throws CancellationException when progress reports a cancellation (nothing useful was written)
     */
    public void write(Review review, OutputStream out, Progress progress, java.util.function.Predicate<String> wanted) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Cells cells = new Cells(workbook);
            readme(workbook.createSheet("README"), review, cells);
            Sheet studies = workbook.createSheet("Studies");
            Sheet extraction = workbook.createSheet("Extraction");
            cells.header(studies, STUDY_COLUMNS);
            cells.header(extraction, EXTRACTION_COLUMNS);
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
                    studyRow(studies.createRow(studyRow++), study, e, cells);
                    for (OutcomeMeasurement m : e.getMeasurements()) {
                        for (Result r : m.getResults()) {
                            resultRow(extraction.createRow(resultRow++), study, e, m, r, cells);
                        }
                    }
                }
                done++;
            }
            Cells.finish(studies, STUDY_COLUMNS.length, studyRow, new int[] { 18, 24, 24, 14, 22, 40, 14, 20, 30, 50, 50, 50, 50, 40 });
            Cells.finish(extraction, EXTRACTION_COLUMNS.length, resultRow, new int[] { 18, 24, 14, 10, 24, 14, 14, 20, 28, 18,
                    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 9, 40, 18, 90, 40, 60 });
            List<String> riskOfBias = new RiskOfBiasSheets(org.appraise.core.rob.RiskOfBiasTools.builtIn(),
                    org.appraise.export.figures.Palette.colourBlindSafe(), cells).write(workbook, review);
            new MetaAnalysisSheets(cells).write(workbook, review);
            if (!review.getAnalyses().isEmpty()) {
                new AnalysesSheet(cells).write(workbook, review);
                new ForestPlotsSheet(cells).write(workbook, review);
            }
            if (!review.getCertainty().isEmpty()) {
                new SummaryOfFindingsSheet(cells).write(workbook, org.appraise.synthesis.certainty.SummaryOfFindings.of(review,
                        org.appraise.core.certainty.CertaintyRule.grade()));
            }
            ScreeningSheets screening = new ScreeningSheets(cells);
            screening.prisma(workbook, review);
            screening.screening(workbook, review);
            new CharacteristicsSheet(cells).write(workbook, review);
            readmeSheets(workbook.getSheet("README"), riskOfBias, cells);
            List<String> order = new java.util.ArrayList<>(List.of("README", ScreeningSheets.PRISMA, CharacteristicsSheet.NAME,
                    "Studies", "Extraction", "MA dichotomous", "MA continuous", "MA generic inverse variance"));
            if (!review.getAnalyses().isEmpty()) {
                order.add(AnalysesSheet.NAME);
                order.add(ForestPlotsSheet.NAME);
            }
            if (!review.getCertainty().isEmpty()) {
                order.add(SummaryOfFindingsSheet.NAME);
            }
            order.addAll(riskOfBias);
            order.addAll(List.of(ScreeningSheets.SCREENING, ScreeningSheets.AGREEMENT));
            for (int i = 0; i < order.size(); i++) {
                workbook.setSheetOrder(order.get(i), i);
            }
            for (int i = workbook.getNumberOfSheets() - 1; i > 0; i--) {
                if (!wanted.test(workbook.getSheetName(i))) {
                    workbook.removeSheetAt(i);
                }
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            progress.worked("Writing workbook", done, total);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The sheets the workbook of this review has, in their order. */
    public static List<String> sheets(Review review) {
        List<String> names = new java.util.ArrayList<>(List.of("README", ScreeningSheets.PRISMA, CharacteristicsSheet.NAME, "Studies",
                "Extraction", "MA dichotomous", "MA continuous", "MA generic inverse variance"));
        if (!review.getAnalyses().isEmpty()) {
            names.add(AnalysesSheet.NAME);
            names.add(ForestPlotsSheet.NAME);
        }
        if (!review.getCertainty().isEmpty()) {
            names.add(SummaryOfFindingsSheet.NAME);
        }
        org.appraise.core.rob.RiskOfBiasTools tools = org.appraise.core.rob.RiskOfBiasTools.builtIn();
        for (org.appraise.core.rob.RiskOfBiasTool tool : tools.all()) {
            if (!org.appraise.core.rob.RiskOfBiasTable.of(review, tool, null).rows().isEmpty()) {
                names.add(RiskOfBiasSheets.name(tool));
            }
        }
        names.addAll(List.of(ScreeningSheets.SCREENING, ScreeningSheets.AGREEMENT));
        return names;
    }

    private void readme(Sheet sheet, Review review, Cells cells) {
        String[][] lines = {
                { "Review", text(review.getTitle()) },
                { "Review id", review.getId() },
                { "Exported", exportedAt.toString() },
                { "Exported by", "Appraise" },
                { "Studies", "One row per study and extraction: design, setting, PICO and arms with their sizes." },
                { "Extraction", "One row per result: study x extraction x outcome measurement x arm (or comparison, for hazard ratios). "
                        + "Numbers are the values recorded in the review, in their recorded precision; 'Derived' marks values "
                        + "computed by the reviewer, with the arithmetic in 'Derivation'; 'Quotes' gives each value's exact words "
                        + "in the report with their character offsets; 'Proposed by' names the extraction assistant for values a reviewer "
                        + "accepted from its proposals, and who accepted them; 'Notes' gives the result's notes (why a number is absent: "
                        + "a median or an interval's limit not reached, a level assumed), then the outcome row's." } };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            cells.string(row, 0, lines[i][0], cells.bold);
            cells.string(row, 1, lines[i][1], cells.wrap);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    /** Says what the sheets after the first three hold. */
    private static void readmeSheets(Sheet readme, List<String> riskOfBias, Cells cells) {
        int r = readme.getLastRowNum() + 1;
        String[][] lines = {
                { ScreeningSheets.PRISMA, "Every box of the PRISMA 2020 flow diagram with its count (databases and registers, other "
                        + "methods), exclusion reasons with n, and the checks of its invariants: the numbers of 'appraise prisma'." },
                { CharacteristicsSheet.NAME, "Characteristics of included studies (Table 1): one row per study, from its consensus "
                        + "extraction where there is one." },
                { ScreeningSheets.SCREENING, "One row per record: source, duplicate of, each reviewer's decision at title/abstract and "
                        + "full text, the resolution kept apart, the verdict that counts and the exclusion reason." },
                { ScreeningSheets.AGREEMENT, "Per stage and pair of reviewers: records both decided, percent agreement, Cohen's kappa." },
                { "MA dichotomous", "One row per two-arm dichotomous comparison: events and totals of the experimental and control groups, "
                        + "ready for metafor's escalc(ai, n1i, ci, n2i) or RevMan's data import. The experimental group is the "
                        + "hazard ratio's experimental arm where the extraction states one, else the first arm ('Direction from')." },
                { "MA continuous", "One row per two-arm continuous comparison: mean, SD and N per group." },
                { "MA generic inverse variance", "One row per hazard ratio: the HR and interval as recorded, and log HR and its "
                        + "standard error computed by Appraise from the interval (SE = (ln upper - ln lower) / (2 z)); the "
                        + "comparison is experimental versus control as named." },
                { AnalysesSheet.NAME, "For each analysis the review saves (when it saves any): a row per study with its effect, interval, "
                        + "weight, yi and SE and where its numbers came from; a row per study left out with the reason; the pooled row "
                        + "with tau\u00B2, I\u00B2, Q and the prediction interval; its subgroups with the test for their differences; the "
                        + "analysis without the studies at high risk of bias. Computed by Appraise as metafor 3.8 does (appraise meta --analysis ID)." },
                { ForestPlotsSheet.NAME, "Each saved analysis' forest plot as a picture (150 dpi), as appraise meta --analysis ID --forest draws it." },
                { SummaryOfFindingsSheet.NAME, "When the review has certainty assessments: the Summary of Findings table (appraise sof), a row "
                        + "per outcome placed in it, with the absolute and relative effects, participants, the GRADE certainty and its footnotes." },
                { "RoB sheets", riskOfBias.isEmpty() ? "No risk-of-bias assessments yet."
                        : String.join(", ", riskOfBias) + ": one sheet per tool, a row per study (per result for RoB 2 and "
                                + "ROBINS-I), each domain's judgement as a coloured cell (colour-blind safe palette, with its "
                                + "robvis symbol) beside its proposal, rationale, support and quotes." },
                { "Sources", "Each study's consensus extraction is used where there is one; otherwise the first reviewer's, "
                        + "and the 'Extraction' or 'Assessed by' column says whose." },
                { "Text", "No cell is a formula: text is written as text, and text that starts with = + - @ is marked as text "
                        + "(quote prefix) so that editing it does not turn it into a formula either." } };
        for (String[] line : lines) {
            Row row = readme.createRow(r++);
            cells.string(row, 0, line[0], cells.bold);
            cells.string(row, 1, line[1], cells.wrap);
        }
    }

    private static void studyRow(Row row, Study study, Extraction e, Cells cells) {
        int c = 0;
        cells.string(row, c++, study.getId(), null);
        cells.string(row, c++, study.getLabel(), null);
        cells.string(row, c++, e.getId(), null);
        cells.string(row, c++, e.getReviewer() == null ? "" : e.getReviewer().getId(), null);
        cells.string(row, c++, e.getDesign().getLiteral().toLowerCase().replace('_', ' '), null);
        cells.string(row, c++, StudyCharacteristics.characteristic(e, "SETTING"), cells.wrap);
        cells.string(row, c++, StudyCharacteristics.characteristic(e, "COUNTRY"), null);
        cells.string(row, c++, StudyCharacteristics.characteristic(e, "PERIOD"), null);
        cells.string(row, c++, StudyCharacteristics.characteristic(e, "PARTICIPANTS"), cells.wrap);
        cells.string(row, c++, StudyCharacteristics.pico(e, "POPULATION"), cells.wrap);
        cells.string(row, c++, StudyCharacteristics.pico(e, "INTERVENTION"), cells.wrap);
        cells.string(row, c++, StudyCharacteristics.pico(e, "COMPARATOR"), cells.wrap);
        StringJoiner arms = new StringJoiner("; ");
        for (Arm arm : e.getArms()) {
            StringJoiner sizes = new StringJoiner(", ");
            for (GroupSize size : arm.getGroupSizes()) {
                sizes.add((size.getPopulation() == null ? "" : size.getPopulation() + " ") + "n="
                        + (size.getN() == null || size.getN().getNumber() == null ? "?" : size.getN().getNumber().toPlainString()));
            }
            arms.add(arm.getLabel() + (sizes.length() > 0 ? " (" + sizes + ")" : ""));
        }
        cells.string(row, c++, arms.toString(), cells.wrap);
        StringJoiner reports = new StringJoiner("; ");
        for (Report report : study.getReports()) {
            reports.add(report.getId() + (report.getCitation() == null ? "" : ": " + report.getCitation()));
        }
        cells.string(row, c, reports.toString(), cells.wrap);
    }

    private static void resultRow(Row row, Study study, Extraction e, OutcomeMeasurement m, Result r, Cells cells) {
        cells.string(row, 0, study.getId(), null);
        cells.string(row, 1, e.getId(), null);
        cells.string(row, 2, e.getReviewer() == null ? "" : e.getReviewer().getId(), null);
        cells.string(row, 3, e.isConsensus() ? "yes" : "no", null);
        cells.string(row, 4, m.getOutcome() == null ? "" : m.getOutcome().getName(), null);
        cells.string(row, 5, m.getCriteria(), null);
        cells.string(row, 6, m.getTimepoint(), null);
        cells.string(row, 7, m.getPopulation(), null);
        Map<String, Value> values = new LinkedHashMap<>();
        if (r instanceof ArmResult armResult) {
            cells.string(row, 8, armResult.getArm() == null ? "" : armResult.getArm().getLabel(), null);
        }
        if (r instanceof DichotomousResult d) {
            cells.string(row, 9, "dichotomous", null);
            put(values, "events", d.getEvents(), row, 10, cells);
            put(values, "total", d.getTotal(), row, 11, cells);
        } else if (r instanceof ContinuousResult cr) {
            cells.string(row, 9, "continuous", null);
            put(values, "mean", cr.getMean(), row, 12, cells);
            put(values, "sd", cr.getSd(), row, 13, cells);
            put(values, "n", cr.getN(), row, 14, cells);
        } else if (r instanceof MedianTimeToEvent t) {
            cells.string(row, 9, t.isNotReached() ? "median time to event (not reached)" : "median time to event", null);
            put(values, "median", t.getMedian(), row, 15, cells);
            put(values, "lower", t.getLower(), row, 17, cells);
            put(values, "upper", t.getUpper(), row, 18, cells);
            cells.decimal(row, 19, t.getCiLevel());
        } else if (r instanceof HazardRatio hr) {
            cells.string(row, 8, label(hr.getExperimental()) + " vs " + label(hr.getComparator()), null);
            cells.string(row, 9, "hazard ratio", null);
            put(values, "estimate", hr.getEstimate(), row, 16, cells);
            put(values, "lower", hr.getLower(), row, 17, cells);
            put(values, "upper", hr.getUpper(), row, 18, cells);
            cells.decimal(row, 19, hr.getCiLevel());
            put(values, "p", hr.getPValue(), row, 20, cells);
            cells.string(row, 21, hr.isAdjusted() ? "yes" + (hr.getAdjustment() == null ? "" : ": " + hr.getAdjustment()) : "no", null);
        }
        StringJoiner units = new StringJoiner("; ");
        StringJoiner derived = new StringJoiner(", ");
        StringJoiner derivations = new StringJoiner("; ");
        StringJoiner reports = new StringJoiner(", ");
        StringJoiner quotes = new StringJoiner("\n");
        StringJoiner proposed = new StringJoiner("\n");
        List<String> seenReports = new ArrayList<>();
        for (Map.Entry<String, Value> entry : values.entrySet()) {
            Value v = entry.getValue();
            if (v.getUnit() != null && !units.toString().contains(v.getUnit())) {
                units.add(v.getUnit());
            }
            if (v.getProposedBy() != null) {
                proposed.add(entry.getKey() + ": " + v.getProposedBy() + v.getSources().stream().filter(a -> !a.eIsProxy() && a.getAuthor() != null)
                        .findFirst().map(a -> ", accepted by " + a.getAuthor().getId()).orElse(""));
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
                quotes.add(entry.getKey() + ": \u201c" + text(a.getQuote()) + "\u201d [" + report + (a.getPage() == null ? "" : " p. " + a.getPage())
                        + " " + a.getStart() + "-" + a.getEnd() + "]");
            }
        }
        cells.string(row, 22, units.toString(), null);
        cells.string(row, 23, derived.toString(), null);
        cells.string(row, 24, derivations.toString(), cells.wrap);
        cells.string(row, 25, reports.toString(), null);
        cells.string(row, 26, quotes.toString(), cells.wrap);
        cells.string(row, 27, proposed.toString(), cells.wrap);
        StringJoiner notes = new StringJoiner("\n");
        if (r.getNotes() != null && !r.getNotes().isBlank()) {
            notes.add(r.getNotes());
        }
        if (m.getNotes() != null && !m.getNotes().isBlank()) {
            notes.add("Row: " + m.getNotes());
        }
        cells.string(row, 28, notes.toString(), cells.wrap);
    }

    private static void put(Map<String, Value> values, String name, Value value, Row row, int column, Cells cells) {
        if (value == null) {
            return;
        }
        values.put(name, value);
        cells.decimal(row, column, value.getNumber());
    }


    private static String label(Arm arm) {
        return arm == null ? "?" : arm.getLabel();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }



}
