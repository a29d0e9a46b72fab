package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.appraise.core.ReviewIds;
import org.appraise.io.json.ReviewFolder;
import org.junit.jupiter.api.Test;

final class ReviewIdsTest {

    @Test
    void newIdsAreReadableSafeAndUniqueInTheReview() throws IOException {
        ReviewIds ids = ReviewIds.of(ReviewFolder.open(ReviewChecksTest.SAMPLE).review());
        assertEquals("li-2022-2", ids.next("Li 2022"), "li-2022 is taken by a study");
        assertEquals("li-2022-3", ids.next("li-2022"));
        assertEquals("munoz-garcia-2020", ids.next("Mu\u00f1oz Garc\u00eda 2020"));
        assertEquals("rt-pd1-arm", ids.next("  RT + PD1 / arm  "));
        assertEquals("item", ids.next("\u2011\u2011"));
        assertEquals("tvgh-2016-a001-2", ids.next("tvgh-2016-a001"), "annotation ids count too");
    }
}
