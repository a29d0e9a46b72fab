package org.appraise.core.dedup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.appraise.model.Reference;

/**
 * How a de-duplication compares with a human-labelled set, measured as the published tools report it
 * (Rathbone 2015, ASySD, Deduklick, bib-dedupe): a record is positive when it is a duplicate to remove, i.e. every
 * member of a labelled group but one. Within a group the finding makes, each labelled work's copies but one are true
 * positives, and each work besides the one kept is a false positive: merging two distinct works loses one of them,
 * however many copies each has (never more true positives than duplicates to remove). Pairwise precision and recall count the pairs of records put together.
 * Pairs left to the reviewer ({@link Deduplication.Check}) are counted apart: they are shown, not marked.
 *
 * @param records records in the set
 * @param toRemove labelled duplicates to remove (group sizes minus one)
 * @param marked records the finding marks as duplicates
 * @param truePositives marked records that are duplicates in the labels
 * @param falsePositives marked records that are not
 * @param falseNegatives labelled duplicates left unmarked
 * @param noticesApart of the false negatives, those the labels join to an article they are a notice of (an
 *        erratum, a reply): kept apart on purpose
 * @param toCheck pairs left to the reviewer
 * @param toCheckLabelledSame of those, pairs the labels call one work (neither of them a notice)
 * @param pairPrecision share of the pairs put together that the labels put together
 * @param pairRecall share of the labelled pairs put together
 */
public record DeduplicationAccuracy(int records, int toRemove, int marked, int truePositives, int falsePositives, int falseNegatives,
        int noticesApart, int toCheck, int toCheckLabelledSame, double pairPrecision, double pairRecall) {

    /** Compares a finding with labels: record id to labelled group (records absent from the map are alone). */
    public static DeduplicationAccuracy of(List<Reference> references, Deduplication.Finding finding, Map<String, String> labelledGroup) {
        int truePositives = 0;
        int falsePositives = 0;
        long pairsTogether = 0;
        long pairsTogetherRight = 0;
        Set<String> marked = new HashSet<>();
        for (Deduplication.Group group : finding.groups()) {
            List<Reference> members = new java.util.ArrayList<>();
            members.add(group.kept());
            members.addAll(group.duplicates());
            // counted as bib-dedupe counts records: of each labelled work in the group all copies but one are rightly
            // removed; every work the group holds besides the kept record's is lost, one false positive each (a record
            // without a label is a work of its own)
            Map<String, Integer> works = new HashMap<>();
            for (Reference member : members) {
                marked.add(member.getId());
                String label = labelledGroup.get(member.getId());
                works.merge(label == null ? "\u0000" + member.getId() : label, 1, Integer::sum);
            }
            marked.remove(group.kept().getId());
            for (int copies : works.values()) {
                truePositives += copies - 1;
            }
            falsePositives += works.size() - 1;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    pairsTogether++;
                    String label = labelledGroup.get(members.get(i).getId());
                    if (label != null && label.equals(labelledGroup.get(members.get(j).getId()))) {
                        pairsTogetherRight++;
                    }
                }
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        labelledGroup.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
        int toRemove = sizes.values().stream().mapToInt(s -> s - 1).sum();
        long labelledPairs = sizes.values().stream().mapToLong(s -> (long) s * (s - 1) / 2).sum();
        int falseNegatives = Math.max(0, toRemove - truePositives);
        int toCheckLabelledSame = 0;
        for (Deduplication.Check check : finding.toCheck()) {
            String label = labelledGroup.get(check.first().getId());
            if (label != null && label.equals(labelledGroup.get(check.second().getId())) && !Deduplication.isNotice(check.first())
                    && !Deduplication.isNotice(check.second())) {
                toCheckLabelledSame++;
            }
        }
        return new DeduplicationAccuracy(references.size(), toRemove, marked.size(), truePositives, falsePositives, falseNegatives,
                noticesApart(references, finding, labelledGroup), finding.toCheck().size(), toCheckLabelledSame,
                pairsTogether == 0 ? 1 : pairsTogetherRight / (double) pairsTogether,
                labelledPairs == 0 ? 1 : pairsTogetherRight / (double) labelledPairs);
    }

    /**
     * Labelled groups that hold both notices (errata, replies) and the articles they concern, which the finding
     * keeps apart: each such group counts its notices, or its articles if fewer, as missed on purpose.
     */
    private static int noticesApart(List<Reference> references, Deduplication.Finding finding, Map<String, String> labelledGroup) {
        Map<String, int[]> byGroup = new HashMap<>();
        for (Reference r : references) {
            String label = labelledGroup.get(r.getId());
            if (label != null) {
                byGroup.computeIfAbsent(label, k -> new int[2])[Deduplication.isNotice(r) ? 0 : 1]++;
            }
        }
        int apart = 0;
        for (int[] counts : byGroup.values()) {
            if (counts[0] > 0 && counts[1] > 0) {
                apart += Math.min(counts[0], counts[1]);
            }
        }
        return apart;
    }

    public double sensitivity() {
        return toRemove == 0 ? 1 : truePositives / (double) toRemove;
    }

    public double specificity() {
        int negatives = records - toRemove;
        int trueNegatives = negatives - falsePositives;
        return negatives == 0 ? 1 : trueNegatives / (double) negatives;
    }

    /**
     * Labelled duplicates the reviewer is shown, marked or as a pair to check, with the notices the labels join to
     * their article counted as separate works.
     */
    public double sensitivityShown() {
        int wanted = toRemove - noticesApart;
        return wanted <= 0 ? 1 : Math.min(1, (truePositives + toCheckLabelledSame) / (double) wanted);
    }

    /** Sensitivity when the notices the labels join to their article count as separate works, as Appraise keeps them. */
    public double sensitivityNoticesApart() {
        int wanted = toRemove - noticesApart;
        return wanted <= 0 ? 1 : Math.min(1, truePositives / (double) wanted);
    }
}
