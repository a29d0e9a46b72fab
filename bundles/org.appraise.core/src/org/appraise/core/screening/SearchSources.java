package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;

/**
 * Where a review's records were found, import by import, as the PRISMA 2020 diagram counts them: the source named for
 * the import (the import's --source), or else each record's own (a MEDLINE file's PubMed, an EndNote record's
 * remote database), or else none. The Sources form and {@code appraise sources} show it; {@link ImportEdits#source}
 * changes it.
 */
public final class SearchSources {

    /**
     * One import: its batch, how many of its records the review holds, the source named for it (null: none), and
     * what PRISMA counts its records under, with how many each, in the box of each ("Embase (databases)"), and what it
     * would count them under with no source named (each record's own).
     */
    public record Import(ImportBatch batch, int records, String named, Map<String, Integer> counted, Map<String, Integer> own) {

        /** "Embase 18 (databases)", or "PubMed 10, (source not recorded) 2 (databases)" for records with sources of their own. */
        public String countedAs() {
            return words(counted);
        }

        /** What PRISMA would count the records as with this source named instead (blank: each record's own), before it is. */
        public String countedAs(String source) {
            return source == null || source.isBlank() ? words(own) : words(Map.of(source.strip(), records));
        }

        private static String words(Map<String, Integer> sources) {
            return sources.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " (" + PrismaCounts.boxOf(e.getKey()) + ")")
                    .collect(Collectors.joining(", "));
        }

        /** Whether some of its records are counted under no source at all. */
        public boolean unnamed() {
            return counted.containsKey(PrismaCounts.NOT_RECORDED);
        }
    }

    private SearchSources() {
    }

    /** The review's imports in the order they were made. */
    public static List<Import> of(Review review) {
        Map<ImportBatch, Map<String, Integer>> counted = new LinkedHashMap<>();
        Map<ImportBatch, Map<String, Integer>> own = new LinkedHashMap<>();
        review.getImportBatches().forEach(b -> {
            counted.put(b, new TreeMap<>());
            own.put(b, new TreeMap<>());
        });
        for (Reference reference : review.getReferences()) {
            if (reference.getBatch() != null && counted.containsKey(reference.getBatch())) {
                counted.get(reference.getBatch()).merge(PrismaCounts.source(reference), 1, Integer::sum);
                String mine = reference.getSourceDatabase();
                own.get(reference.getBatch()).merge(mine == null || mine.isBlank() ? PrismaCounts.NOT_RECORDED : mine.strip(), 1, Integer::sum);
            }
        }
        List<Import> imports = new ArrayList<>();
        counted.forEach((batch, sources) -> imports.add(new Import(batch, sources.values().stream().mapToInt(Integer::intValue).sum(),
                batch.getSourceDatabase(), java.util.Collections.unmodifiableMap(sources), java.util.Collections.unmodifiableMap(own.get(batch)))));
        return imports;
    }
}
