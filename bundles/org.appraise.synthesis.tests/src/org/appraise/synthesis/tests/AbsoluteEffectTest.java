package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.certainty.AbsoluteEffect;
import org.junit.jupiter.api.Test;

/** Relative effects made absolute as GRADEpro makes them: the worked examples of ../shared/notes/synthesis.md and hand-computed cases. */
class AbsoluteEffectTest {

    @Test
    void aRiskRatioOf083AgainstFortyPercentIs68FewerPer1000() {
        AbsoluteEffect a = AbsoluteEffect.of(EffectMeasure.RR, 0.83, 0.72, 0.96, 0.40, false).orElseThrow();
        assertEquals(400, a.comparator(), 1e-9);
        assertEquals(332, a.intervention(), 1e-9);
        assertEquals(-68, a.difference(), 1e-9);
        assertEquals(288, a.lower(), 1e-9);
        assertEquals(384, a.upper(), 1e-9);
        assertEquals("68 fewer per 1000 (from 112 fewer to 16 fewer)", a.differenceText());
    }

    /** The note's example rounds the implied RR to 0.70 first (0.70 x 256 = 179.2: 77 fewer); the exact formula gives 180.5, 76 fewer. */
    @Test
    void anOddsRatioOf064AgainstTwentyFivePointSixPercent() {
        AbsoluteEffect a = AbsoluteEffect.of(EffectMeasure.OR, 0.64, 0.64, 0.64, 0.256, false).orElseThrow();
        assertEquals(0.64 * 0.256 / (1 - 0.256 + 0.64 * 0.256) * 1000, a.intervention(), 1e-9);
        assertEquals(0.70, a.intervention() / a.comparator(), 0.006, "the implied risk ratio");
        assertEquals(-75.53, a.difference(), 0.01);
        AbsoluteEffect rounded = AbsoluteEffect.of(EffectMeasure.RR, 0.70, 0.70, 0.70, 0.256, false).orElseThrow();
        assertEquals(-77, Math.round(rounded.difference()), "the note's 77 fewer, from RR 0.70");
    }

    @Test
    void aHazardRatioUsesTheComparatorsRiskByTheStatedTime() {
        AbsoluteEffect a = AbsoluteEffect.of(EffectMeasure.GIV_RATIO, 0.5, 0.25, 1.0, 0.4, true).orElseThrow();
        assertEquals(1000 * (1 - Math.sqrt(0.6)), a.intervention(), 1e-9); // 225.4
        assertEquals(1000 * (1 - Math.pow(0.6, 0.25)), a.lower(), 1e-9);
        assertEquals(400, a.upper(), 1e-9, "HR 1 keeps the comparator's risk");
        assertEquals("175 fewer per 1000 (from 280 fewer to 0 fewer)", a.differenceText());
    }

    @Test
    void aRiskDifferenceAddsToTheRiskAndAnIntervalBeyond1000IsHeldThere() {
        AbsoluteEffect rd = AbsoluteEffect.of(EffectMeasure.RD, -0.10, -0.15, -0.05, 0.30, false).orElseThrow();
        assertEquals(200, rd.intervention(), 1e-9);
        assertFalse(rd.capped());
        AbsoluteEffect rr = AbsoluteEffect.of(EffectMeasure.RR, 1.57, 0.96, 2.57, 0.40, false).orElseThrow(); // crosses 1: 0.4 x 2.57 > 1
        assertTrue(rr.capped());
        assertEquals(1000, rr.upper(), 1e-9);
        assertEquals(384, rr.lower(), 1e-9);
        assertTrue(AbsoluteEffect.of(EffectMeasure.RR, 3, 2, 4, 0.5, false).isEmpty(), "the estimate's own risk above 1: nothing to give");
        assertTrue(AbsoluteEffect.of(EffectMeasure.MD, 1, 0, 2, 0.5, false).isEmpty(), "a mean difference has no risk");
        assertThrows(IllegalArgumentException.class, () -> AbsoluteEffect.of(EffectMeasure.RR, 1, 1, 1, 1.5, false));
    }
}
