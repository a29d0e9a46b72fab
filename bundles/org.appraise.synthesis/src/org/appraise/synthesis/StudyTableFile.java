package org.appraise.synthesis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of study data in a CSV file with metafor's column names, the layout of the workbook's MA sheets:
 * {@code study, ai, n1i, ci, n2i} (events and totals), {@code study, m1i, sd1i, n1i, m2i, sd2i, n2i} (means), or
 * {@code study, yi, sei} (an estimate and its SE), and optionally {@code subgroup}. Column names are matched without regard to case; a row that cannot
 * be read is named with its line and column and left out, the others are read.
 */
public final class StudyTableFile {

    private static final List<String> DICHOTOMOUS = List.of("ai", "n1i", "ci", "n2i");
    private static final List<String> CONTINUOUS = List.of("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i");
    private static final List<String> GENERIC = List.of("yi", "sei");

    /**
     * The studies read, the problems of the rows that were not, how many data rows the file holds, and each study's
     * subgroup (from a {@code subgroup} column; empty when the file has none).
     */
    public record Read(List<StudyData> studies, List<String> problems, int rows, Map<StudyData, String> subgroups) {

        /** The studies by subgroup, in the order the subgroups first appear. */
        public Map<String, List<StudyData>> bySubgroup() {
            Map<String, List<StudyData>> groups = new LinkedHashMap<>();
            for (StudyData study : studies) {
                groups.computeIfAbsent(subgroups.getOrDefault(study, ""), g -> new ArrayList<>()).add(study);
            }
            return groups;
        }
    }

    private StudyTableFile() {
    }

    public static Read read(Path file, EffectMeasure measure) throws IOException {
        List<String> columns = measure.dichotomous() ? DICHOTOMOUS : measure.continuous() ? CONTINUOUS : GENERIC;
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get()
                        .parse(reader)) {
            Map<String, String> byLowerCase = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> byLowerCase.put(h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), h));
            List<String> missing = columns.stream().filter(c -> !byLowerCase.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IOException(name + ": a " + measure.label().toLowerCase(Locale.ROOT) + " needs the columns " + String.join(", ", columns)
                        + "; missing " + String.join(", ", missing) + " (the header has " + String.join(", ", parser.getHeaderNames()) + ")");
            }
            List<StudyData> studies = new ArrayList<>();
            Map<StudyData, String> subgroups = new java.util.IdentityHashMap<>();
            List<String> problems = new ArrayList<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                String label = byLowerCase.containsKey("study") ? record.get(byLowerCase.get("study")) : "Study " + rows;
                double[] x = new double[columns.size()];
                String problem = null;
                for (int i = 0; i < columns.size() && problem == null; i++) {
                    String text = record.get(byLowerCase.get(columns.get(i)));
                    try {
                        x[i] = Double.parseDouble(text.strip());
                    } catch (NumberFormatException e) {
                        problem = name + " line " + record.getParser().getCurrentLineNumber() + ", column " + columns.get(i) + ": "
                                + (text.isBlank() ? "empty" : "'" + text + "' is not a number") + "; row left out";
                    }
                }
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                StudyData study = switch (columns.size()) {
                case 4 -> new StudyData.Dichotomous(label, x[0], x[1], x[2], x[3]);
                case 6 -> new StudyData.Continuous(label, x[0], x[1], x[2], x[3], x[4], x[5]);
                default -> new StudyData.Generic(label, x[0], x[1]);
                };
                studies.add(study);
                if (byLowerCase.containsKey("subgroup")) {
                    subgroups.put(study, record.get(byLowerCase.get("subgroup")).strip());
                }
            }
            return new Read(studies, problems, rows, subgroups);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(name + ": not a CSV table with a header row (" + e.getMessage() + ")", e);
        }
    }
}
