package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.Excluded;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.StudyEffect;

/** The text columns of a forest plot: headers, one row per study and the total row, the group headings and the notes. */
record ForestTable(List<String> headers, List<List<String>> rows, List<Group> groups, String measureTitle, String methodTitle, List<String> notes,
        String predictionText) {

    /** A heading over columns first to last (an arm's data). */
    record Group(String name, int first, int last) {
    }

    static ForestTable of(MetaAnalysis analysis, ForestPlot.Labels labels) {
        EffectMeasure measure = analysis.settings().measure();
        String name = labels.measureName() == null ? measure.label() : labels.measureName();
        DoubleUnaryOperator read = measure.ratio() ? Math::exp : x -> x;
        int level = (int) Math.round(analysis.settings().level() * 100);
        List<String> headers = new ArrayList<>(List.of("Study or Subgroup"));
        List<Group> groups = new ArrayList<>();
        if (measure.dichotomous()) {
            headers.addAll(List.of("Events", "Total", "Events", "Total"));
            groups.add(new Group(labels.experimental(), 1, 2));
            groups.add(new Group(labels.control(), 3, 4));
        } else if (measure.continuous()) {
            headers.addAll(List.of("Mean", "SD", "Total", "Mean", "SD", "Total"));
            groups.add(new Group(labels.experimental(), 1, 3));
            groups.add(new Group(labels.control(), 4, 6));
        } else {
            headers.addAll(List.of(measure.ratio() ? "log[" + name + "]" : "Estimate", "SE"));
        }
        String effectHeader = name + " [" + level + "% CI]";
        headers.add("Weight");
        headers.add(effectHeader);
        List<List<String>> rows = new ArrayList<>();
        double[] totals = new double[6];
        for (StudyEffect s : analysis.studies()) {
            List<String> row = new ArrayList<>(List.of(s.label()));
            row.addAll(data(s.data(), totals));
            row.add(percent(s.weight()));
            row.add(Double.isNaN(s.yi()) ? "Not estimable" : effect(read, s.yi(), s.lower(), s.upper()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total (" + level + "% CI)"));
        if (measure.dichotomous()) {
            total.addAll(List.of(count(totals[0]), count(totals[1]), count(totals[2]), count(totals[3])));
        } else if (measure.continuous()) {
            total.addAll(List.of("", "", count(totals[1]), "", "", count(totals[3])));
        } else {
            total.addAll(List.of("", ""));
        }
        total.add(analysis.pooled().isPresent() ? "100.0%" : "");
        total.add(analysis.pooled().map(p -> effect(read, p.estimate(), p.lower(), p.upper())).orElse("Not estimable"));
        rows.add(total);
        String method = analysis.settings().method().label().replace("Inverse variance", "IV").replace("Mantel-Haenszel", "M-H")
                + (analysis.settings().knha() ? ", HKSJ" : "") + ", " + level + "% CI";
        String prediction = analysis.pooled().flatMap(Pooled::prediction)
                .map(i -> String.format(Locale.ROOT, "[%.2f, %.2f]", read.applyAsDouble(i.lower()), read.applyAsDouble(i.upper()))).orElse("");
        List<String> notes = new ArrayList<>(notes(analysis));
        notes.addAll(labels.leftOut());
        return new ForestTable(headers, rows, groups, name, method, notes, prediction);
    }

    private static List<String> data(StudyData data, double[] totals) {
        if (data instanceof StudyData.Dichotomous d) {
            totals[0] += d.ai();
            totals[1] += d.n1i();
            totals[2] += d.ci();
            totals[3] += d.n2i();
            return List.of(count(d.ai()), count(d.n1i()), count(d.ci()), count(d.n2i()));
        }
        if (data instanceof StudyData.Continuous c) {
            totals[1] += c.n1i();
            totals[3] += c.n2i();
            return List.of(number(c.m1i()), number(c.sd1i()), count(c.n1i()), number(c.m2i()), number(c.sd2i()), count(c.n2i()));
        }
        StudyData.Generic g = (StudyData.Generic) data;
        return List.of(String.format(Locale.ROOT, "%.4f", g.yi()), String.format(Locale.ROOT, "%.4f", g.sei()));
    }

    private static List<String> notes(MetaAnalysis analysis) {
        List<String> notes = new ArrayList<>();
        if (analysis.pooled().isEmpty()) {
            notes.add("Not pooled: " + analysis.notPooled());
        } else {
            Pooled p = analysis.pooled().get();
            notes.add(String.format(Locale.ROOT, "Heterogeneity: Tau\u00B2 = %.2f; Chi\u00B2 = %.2f, df = %d (P %s); I\u00B2 = %.0f%%", p.tau2(), p.q(), p.qDf(),
                    pValue(p.qP()), p.i2()));
            String test = p.df().isPresent() ? String.format(Locale.ROOT, "T = %.2f, df = %.0f", Math.abs(p.statistic()), p.df().getAsDouble())
                    : String.format(Locale.ROOT, "Z = %.2f", Math.abs(p.statistic()));
            notes.add("Test for overall effect: " + test + " (P " + pValue(p.p()) + ")");
        }
        for (Excluded e : analysis.excluded()) {
            notes.add("Left out: " + e.label() + " (" + e.reason() + ")");
        }
        if (analysis.studies().stream().anyMatch(StudyEffect::corrected)) {
            notes.add("1/2 was added to every cell of the studies with a zero cell (" + analysis.settings().zeroCells().name().toLowerCase(Locale.ROOT)
                    + " rule).");
        }
        return notes;
    }

    private static String pValue(double p) {
        return p < 0.00001 ? "< 0.00001" : "= " + String.format(Locale.ROOT, p < 0.001 ? "%.5f" : "%.3f", p);
    }

    private static String effect(DoubleUnaryOperator read, double y, double lower, double upper) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", read.applyAsDouble(y), read.applyAsDouble(lower), read.applyAsDouble(upper));
    }

    private static String percent(double weight) {
        return String.format(Locale.ROOT, "%.1f%%", weight);
    }

    private static String count(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : number(value);
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text;
    }
}
