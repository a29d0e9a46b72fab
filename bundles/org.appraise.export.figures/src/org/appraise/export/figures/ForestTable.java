package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.Excluded;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.StudyEffect;

/**
 * The text of a forest plot, line by line as RevMan sets it: headers; per subgroup its heading, its studies, its
 * subtotal with its heterogeneity and test (without subgroups, the studies alone); the total row; the notes under the
 * plot (heterogeneity, overall effect, the test for subgroup differences, studies left out). Weights are those of the
 * whole analysis, a subtotal's the sum of its studies'.
 */
record ForestTable(List<String> headers, List<Line> lines, List<Group> groups, String measureTitle, String methodTitle, List<String> notes,
        String predictionText) {

    /** A heading over columns first to last (an arm's data). */
    record Group(String name, int first, int last) {
    }

    enum Kind {
        /** A subgroup's name, bold, across the columns. */
        HEADING,
        /** A study: its cells, its square and interval. */
        STUDY,
        /** A subgroup's pooled row: bold cells and a diamond. */
        SUBTOTAL,
        /** A subgroup's heterogeneity or test, across the columns. */
        NOTE,
        /** The whole analysis' pooled row. */
        TOTAL
    }

    /** One line: its cells (one text across the columns for a heading or a note), and the study or pooled result it draws. */
    record Line(Kind kind, List<String> cells, Optional<StudyEffect> study, Optional<Pooled> pooled) {
    }

    static ForestTable of(MetaAnalysis analysis, ForestPlot.Labels labels) {
        return of(analysis, labels, Optional.empty());
    }

    static ForestTable of(MetaAnalysis analysis, ForestPlot.Labels labels, Optional<ForestPlot.Subgroups> subgroups) {
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
        headers.add("Weight");
        headers.add(name + " [" + level + "% CI]");
        List<Line> lines = new ArrayList<>();
        double[] totals = new double[6];
        if (subgroups.isEmpty()) {
            analysis.studies().forEach(s -> lines.add(study(s, read, totals)));
        } else {
            for (Map.Entry<String, MetaAnalysis> group : subgroups.get().result().groups().entrySet()) {
                lines.add(new Line(Kind.HEADING, List.of(group.getKey()), Optional.empty(), Optional.empty()));
                double[] subtotals = new double[6];
                double weight = 0;
                for (String label : subgroups.get().members().getOrDefault(group.getKey(), List.of())) {
                    Optional<StudyEffect> effect = analysis.studies().stream().filter(s -> s.label().equals(label)).findFirst();
                    if (effect.isPresent()) {
                        lines.add(study(effect.get(), read, subtotals));
                        weight += effect.get().weight();
                    }
                }
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += subtotals[i];
                }
                lines.add(pooledLine(Kind.SUBTOTAL, "Subtotal (" + level + "% CI)", measure, subtotals, String.format(Locale.ROOT, "%.1f%%", weight),
                        group.getValue(), read));
                notes(group.getValue(), false).forEach(n -> lines.add(new Line(Kind.NOTE, List.of(n), Optional.empty(), Optional.empty())));
            }
        }
        lines.add(pooledLine(Kind.TOTAL, "Total (" + level + "% CI)", measure, totals, analysis.pooled().isPresent() ? "100.0%" : "", analysis, read));
        String method = analysis.settings().method().label().replace("Inverse variance", "IV").replace("Mantel-Haenszel", "M-H")
                + (analysis.settings().knha() ? ", HKSJ" : "") + ", " + level + "% CI";
        String prediction = analysis.pooled().flatMap(Pooled::prediction)
                .map(i -> String.format(Locale.ROOT, "[%.2f, %.2f]", read.applyAsDouble(i.lower()), read.applyAsDouble(i.upper()))).orElse("");
        List<String> notes = new ArrayList<>(notes(analysis, true));
        subgroups.ifPresent(g -> notes.add(subgroupTest(g.result())));
        notes.addAll(labels.leftOut());
        return new ForestTable(headers, lines, groups, name, method, notes, prediction);
    }

    /** The lines that draw a study's square: the studies in the order drawn. */
    List<Line> studyLines() {
        return lines.stream().filter(l -> l.kind() == Kind.STUDY).toList();
    }

    private static Line study(StudyEffect s, DoubleUnaryOperator read, double[] totals) {
        List<String> row = new ArrayList<>(List.of(s.label()));
        row.addAll(data(s.data(), totals));
        row.add(percent(s.weight()));
        row.add(Double.isNaN(s.yi()) ? "Not estimable" : effect(read, s.yi(), s.lower(), s.upper()));
        return new Line(Kind.STUDY, row, Optional.of(s), Optional.empty());
    }

    private static Line pooledLine(Kind kind, String title, EffectMeasure measure, double[] totals, String weight, MetaAnalysis analysis,
            DoubleUnaryOperator read) {
        List<String> row = new ArrayList<>(List.of(title));
        if (measure.dichotomous()) {
            row.addAll(List.of(count(totals[0]), count(totals[1]), count(totals[2]), count(totals[3])));
        } else if (measure.continuous()) {
            row.addAll(List.of("", "", count(totals[1]), "", "", count(totals[3])));
        } else {
            row.addAll(List.of("", ""));
        }
        row.add(weight);
        row.add(analysis.pooled().map(p -> effect(read, p.estimate(), p.lower(), p.upper())).orElse("Not estimable"));
        return new Line(kind, row, Optional.empty(), analysis.pooled());
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

    /** Heterogeneity and the test for the effect; with {@code all}, the studies left out and the zero-cell rule too. */
    private static List<String> notes(MetaAnalysis analysis, boolean all) {
        List<String> notes = new ArrayList<>();
        if (analysis.pooled().isEmpty()) {
            notes.add("Not pooled: " + analysis.notPooled());
        } else {
            Pooled p = analysis.pooled().get();
            notes.add(p.k() < 2 ? "Heterogeneity: Not applicable"
                    : String.format(Locale.ROOT, "Heterogeneity: Tau\u00B2 = %.2f; Chi\u00B2 = %.2f, df = %d (P %s); I\u00B2 = %.0f%%", p.tau2(), p.q(), p.qDf(),
                            pValue(p.qP()), p.i2()));
            String test = p.df().isPresent() ? String.format(Locale.ROOT, "T = %.2f, df = %.0f", Math.abs(p.statistic()), p.df().getAsDouble())
                    : String.format(Locale.ROOT, "Z = %.2f", Math.abs(p.statistic()));
            notes.add("Test for overall effect: " + test + " (P " + pValue(p.p()) + ")");
        }
        if (!all) {
            return notes;
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

    /** RevMan's line: Chi² of the subgroups' estimates, its df and P, and I² = (Chi² - df) / Chi². */
    private static String subgroupTest(Sensitivity.Subgroups result) {
        if (result.df() < 1) {
            return "Test for subgroup differences: Not applicable (fewer than two subgroups with a pooled estimate)";
        }
        double i2 = result.q() > 0 ? Math.max(0, 100 * (result.q() - result.df()) / result.q()) : 0;
        return String.format(Locale.ROOT, "Test for subgroup differences: Chi\u00B2 = %.2f, df = %d (P %s), I\u00B2 = %.1f%%", result.q(), result.df(),
                pValue(result.p()), i2);
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
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
