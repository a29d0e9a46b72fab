package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.appraise.core.Deduplication;
import org.appraise.core.Progress;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accuracy on the human-labelled Rathbone 2015 sets, measured as the published tools report it: a record is
 * positive when it is a duplicate to remove. Prints the figures; asserts only a floor well below the target
 * so that a regression shows, the target itself being tracked in the README.
 */
final class DeduplicationBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = { "rathbone2015/respiratory", "rathbone2015/cytology_screening", "rathbone2015/haematology",
            "bib_dedupe_special_cases" })
    void accuracyOnTheLabelledSets(String set) throws IOException {
        Path folder = ReportTextTest.REPO.resolve("../shared/data/dedup").resolve(set);
        Assumptions.assumeTrue(Files.isDirectory(folder), "../shared/data is not beside this clone: no benchmark");
        List<Reference> references = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(folder.resolve("records_pre_merged.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Reference r = AppraiseFactory.eINSTANCE.createReference();
                r.setId(row.get("ID"));
                r.setTitle(row.get("title"));
                String year = row.get("year");
                if (year.matches("\\d{4}")) {
                    r.setYear(Integer.valueOf(year));
                }
                for (String author : row.get("author").split(" and ")) {
                    if (!author.isBlank()) {
                        r.getAuthors().add(author.strip());
                    }
                }
                r.setPages(blank(row.get("pages")));
                r.setVolume(blank(row.get("volume")));
                r.setIssue(blank(row.isMapped("number") ? row.get("number") : row.get("issue")));
                if (row.isMapped("doi")) {
                    r.setDoi(blank(row.get("doi")));
                }
                r.setJournal(blank(row.get("journal")));
                references.add(r);
            }
        }
        Map<String, Integer> truth = new HashMap<>();
        int truthGroup = 0;
        for (String line : Files.readAllLines(folder.resolve("merged_record_ids.csv")).subList(1, Files.readAllLines(folder.resolve("merged_record_ids.csv")).size())) {
            truthGroup++;
            for (String id : line.replace("\"", "").split(";")) {
                truth.put(id.strip(), truthGroup);
            }
        }
        long start = System.nanoTime();
        List<Deduplication.Group> groups = new Deduplication().find(references, Progress.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        int truePositives = 0;
        int falsePositives = 0;
        Set<String> removed = new HashSet<>();
        for (Deduplication.Group g : groups) {
            Integer keptTruth = truth.get(g.kept().getId());
            for (Reference d : g.duplicates()) {
                removed.add(d.getId());
                Integer t = truth.get(d.getId());
                boolean sameWork = t != null && (t.equals(keptTruth) || g.duplicates().stream().anyMatch(o -> o != d && t.equals(truth.get(o.getId()))));
                if (sameWork) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        truth.values().forEach(t -> sizes.merge(t, 1, Integer::sum));
        int toRemove = sizes.values().stream().mapToInt(s -> s - 1).sum();
        int falseNegatives = Math.max(0, toRemove - truePositives);
        int trueNegatives = references.size() - truePositives - falsePositives - falseNegatives;
        double sensitivity = toRemove == 0 ? 1 : truePositives / (double) toRemove;
        double specificity = trueNegatives / (double) (trueNegatives + falsePositives);
        System.out.printf("dedup %-32s records %5d  to remove %4d  removed %4d  TP %4d  FP %3d  FN %4d  sensitivity %.3f  specificity %.4f  %d ms%n",
                set, references.size(), toRemove, removed.size(), truePositives, falsePositives, falseNegatives, sensitivity, specificity, ms);
        assertTrue(specificity >= 0.999, set + ": specificity " + specificity);
        assertTrue(sensitivity >= 0.83, set + ": sensitivity " + sensitivity);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || s.equals("NA") ? null : s.strip();
    }
}
