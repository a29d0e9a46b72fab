package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.appraise.core.ExtractionEdits.RowType;
import org.appraise.core.SelectionWords;
import org.appraise.model.StudyDesign;
import org.junit.jupiter.api.Test;

/** What selections worded as the corpus words them propose for the forms they open. */
final class SelectionWordsTest {

    @Test
    void armsRowsAndTheDesignAreProposedFromTheWordsOnly() {
        assertEquals("RT + anti-PD1 group", SelectionWords.armLabel("RT + anti-PD1 group (n = 37)"));
        assertEquals("", SelectionWords.armLabel("6(17.1%)"), "a count is no label");
        assertEquals("", SelectionWords.armLabel("n = 35"));
        assertEquals(new BigDecimal("35"), SelectionWords.size("n = 35"));
        assertNull(SelectionWords.size("combined-therapy group"));
        assertEquals("mRECIST", SelectionWords.criteria("According to mRECIST"));
        assertEquals("RECIST 1.1", SelectionWords.criteria("According to RECIST 1.1"));
        assertEquals(RowType.MEDIAN_TIME_TO_EVENT, SelectionWords.rowType("14.1 months (6.8\u201321.4 months)"));
        assertEquals(RowType.CONTINUOUS, SelectionWords.rowType("53.0 \u00b1 10.3"));
        assertEquals(RowType.DICHOTOMOUS, SelectionWords.rowType("6(17.1%)"));
        assertEquals(StudyDesign.RETROSPECTIVE_COHORT, SelectionWords.design("a retrospective study"));
        assertEquals(StudyDesign.NON_RANDOMISED_TRIAL, SelectionWords.design("a non-randomized trial"));
        assertEquals(StudyDesign.RANDOMISED_TRIAL, SelectionWords.design("Randomised, open-label"));
        assertEquals(StudyDesign.UNSPECIFIED, SelectionWords.design("Xinqiao Hospital"), "nothing is guessed");
    }
}
