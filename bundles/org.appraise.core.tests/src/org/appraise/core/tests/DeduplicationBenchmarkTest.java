package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.appraise.core.dedup.Deduplication;
import org.appraise.core.dedup.DeduplicationAccuracy;
import org.appraise.core.Progress;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accuracy on the human-labelled Rathbone 2015 sets, measured as the published tools report it: a record is
 * positive when it is a duplicate to remove. Prints the figures; asserts no false merge and a sensitivity at or
 * above bib-dedupe's published figure for each set (the figures themselves are in the README).
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
        Map<String, String> labels = new HashMap<>();
        truth.forEach((id, group) -> labels.put(id, String.valueOf(group)));
        long start = System.nanoTime();
        Deduplication.Finding finding = new Deduplication().search(references, Progress.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        DeduplicationAccuracy a = DeduplicationAccuracy.of(references, finding, labels);
        System.out.printf(java.util.Locale.ROOT, "dedup %-32s %s  sensitivity %.4f  specificity %.4f  shown %.4f  %d ms%n", set, a, a.sensitivity(),
                a.specificity(), a.sensitivityShown(), ms);
        // the target of #3: sensitivity >= 0.97 with specificity >= 0.995; on haematology the labels join errata and
        // replies to their articles and abstracts to their articles, which Appraise keeps apart or puts to the reviewer
        assertTrue(a.specificity() >= 0.995, set + ": specificity " + a.specificity());
        assertTrue(a.falsePositives() == 0, set + ": records merged that the labels keep apart: " + a.falsePositives());
        assertTrue(a.sensitivityShown() >= 0.97, set + ": sensitivity (marked or shown to check) " + a.sensitivityShown());
        if (!set.endsWith("haematology")) {
            assertTrue(a.sensitivity() >= 0.97, set + ": sensitivity " + a.sensitivity());
        }
        // the target of the scale issue: at or above bib-dedupe's published sensitivity on the set (its
        // output/current_results.md, record level, counted as here), with no false merge (asserted above)
        double bibDedupe = Map.of("rathbone2015/respiratory", 0.9358, "rathbone2015/cytology_screening", 0.9922, "rathbone2015/haematology", 0.8889)
                .getOrDefault(set, 0.0);
        assertTrue(a.sensitivity() >= bibDedupe, set + ": sensitivity " + a.sensitivity() + " below bib-dedupe's " + bibDedupe);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || s.equals("NA") ? null : s.strip();
    }
}
