package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.appraise.core.dedup.Deduplication;
import org.appraise.core.dedup.DeduplicationAccuracy;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Test;

/** The benchmark counts records as bib-dedupe does: a merge of two distinct works is a false positive, whatever their copies. */
final class DeduplicationAccuracyTest {

    private static Reference record(String id) {
        Reference r = AppraiseFactory.eINSTANCE.createReference();
        r.setId(id);
        r.setTitle("Title of " + id);
        return r;
    }

    @Test
    void twoWorksMergedCountOneFalsePositiveAndNeverMoreTruePositivesThanDuplicates() {
        Reference a1 = record("a1");
        Reference a2 = record("a2");
        Reference b1 = record("b1");
        Reference b2 = record("b2");
        Reference c = record("c");
        Map<String, String> labels = Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "c", "C");
        Deduplication.Group merged = new Deduplication.Group(a1, List.of(a2, b1, b2, c), Map.of(), Map.of());
        DeduplicationAccuracy a = DeduplicationAccuracy.of(List.of(a1, a2, b1, b2, c), new Deduplication.Finding(List.of(merged), List.of()), labels);
        assertEquals(2, a.toRemove());
        assertEquals(4, a.marked());
        assertEquals(2, a.truePositives(), "a2 (a copy of a1) and one of b1, b2");
        assertEquals(2, a.falsePositives(), "work B and work C lost");
        assertEquals(1.0, a.sensitivity());
        assertEquals(1 - 2 / 3.0, a.specificity(), 1e-12);

        Deduplication.Group right = new Deduplication.Group(a1, List.of(a2), Map.of(), Map.of());
        Deduplication.Group alsoRight = new Deduplication.Group(b2, List.of(b1), Map.of(), Map.of());
        DeduplicationAccuracy b = DeduplicationAccuracy.of(List.of(a1, a2, b1, b2, c), new Deduplication.Finding(List.of(right, alsoRight), List.of()),
                labels);
        assertEquals(2, b.truePositives());
        assertEquals(0, b.falsePositives());
    }
}
