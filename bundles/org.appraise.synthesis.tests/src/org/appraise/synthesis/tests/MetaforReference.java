package org.appraise.synthesis.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.ZeroCellRule;

/** The data sets and metafor's results that {@code metafor/reference.R} wrote (inputs.tsv, results.tsv.gz). */
final class MetaforReference {

    /** One analysis metafor ran on a data set: its settings and the values it gave, by key. */
    record Case(String set, Settings settings, Map<String, Double> values, boolean failed) {
        @Override
        public String toString() {
            return set + " " + settings.zeroCells() + " " + settings.measure() + " " + settings.method() + (settings.knha() ? " knha" : "");
        }
    }

    final String version;
    final Map<String, List<StudyData>> sets = new LinkedHashMap<>();
    final List<Case> cases = new ArrayList<>();

    MetaforReference(Path folder) throws IOException {
        List<String> inputs = Files.readAllLines(folder.resolve("inputs.tsv"), StandardCharsets.UTF_8);
        version = inputs.get(0).split("\t")[1];
        for (String line : inputs.subList(1, inputs.size())) {
            String[] f = line.split("\t");
            double[] x = new double[f.length - 3];
            for (int i = 3; i < f.length; i++) {
                x[i - 3] = number(f[i]);
            }
            String label = f[0] + " #" + f[2];
            StudyData study = switch (f[1]) {
            case "dichotomous" -> new StudyData.Dichotomous(label, x[0], x[1], x[2], x[3]);
            case "continuous" -> new StudyData.Continuous(label, x[0], x[1], x[2], x[3], x[4], x[5]);
            default -> new StudyData.Generic(label, x[0], x[1]);
            };
            sets.computeIfAbsent(f[0], s -> new ArrayList<>()).add(study);
        }
        Map<String, Case> byKey = new LinkedHashMap<>();
        List<String> results;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(folder.resolve("results.tsv.gz")))) {
            results = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (String line : results) {
            String[] f = line.split("\t");
            String key = String.join("\t", f[0], f[1], f[2], f[3], f[4]);
            Case c = byKey.computeIfAbsent(key, k -> new Case(f[0], settings(f[1], f[2], f[3], f[4]), new LinkedHashMap<>(), false));
            if (f[5].equals("error")) {
                byKey.put(key, new Case(c.set(), c.settings(), c.values(), true));
            } else {
                c.values().put(f[5], number(f[6]));
            }
        }
        cases.addAll(byKey.values());
    }

    private static Settings settings(String rule, String measure, String method, String test) {
        EffectMeasure m = measure.equals("GIV") ? EffectMeasure.GIV : EffectMeasure.valueOf(measure);
        return Settings.of(m, PoolingMethod.valueOf(method)).withKnha(test.equals("knha"))
                .withZeroCells(rule.equals("revman") ? ZeroCellRule.REVMAN : ZeroCellRule.METAFOR);
    }

    private static double number(String text) {
        return switch (text) {
        case "NA" -> Double.NaN;
        case "Inf" -> Double.POSITIVE_INFINITY;
        case "-Inf" -> Double.NEGATIVE_INFINITY;
        default -> Double.parseDouble(text);
        };
    }
}
