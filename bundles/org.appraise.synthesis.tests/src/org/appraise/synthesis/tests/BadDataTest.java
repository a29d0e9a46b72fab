package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.Synthesis;
import org.appraise.synthesis.ZeroCellRule;
import org.junit.jupiter.api.Test;

/** Data that cannot give an effect leave their study out with the reason; the analysis says so and never throws. */
final class BadDataTest {

    @Test
    void impossibleCountsAreLeftOutWithTheirReasonAndTheRestIsPooled() {
        MetaAnalysis analysis = Synthesis.pool(List.of(new StudyData.Dichotomous("Zero total", 0, 0, 3, 40),
                new StudyData.Dichotomous("Too many events", 50, 40, 3, 40), new StudyData.Dichotomous("Li 2022", 13, 48, 6, 50),
                new StudyData.Dichotomous("Tvgh 2016", 20, 60, 11, 58), new StudyData.Continuous("Means", 1, 1, 10, 2, 1, 10)),
                Settings.of(EffectMeasure.OR, PoolingMethod.REML));
        assertEquals(List.of("Zero total: a group has no participants (total 0)", "Too many events: more events than participants (50 of 40)",
                "Means: its data are not of the kind the measure needs (odds ratio)"),
                analysis.excluded().stream().map(e -> e.label() + ": " + e.reason()).toList());
        assertEquals(2, analysis.pooled().orElseThrow().k());
    }

    @Test
    void anSdOfZeroAndNothingLeftGiveNoPooledResultWithTheReason() {
        MetaAnalysis analysis = Synthesis.pool(List.of(new StudyData.Continuous("A", 10, 0, 20, 12, 3, 20)), Settings.of(EffectMeasure.MD,
                PoolingMethod.FE));
        assertTrue(analysis.pooled().isEmpty());
        assertEquals("no study has data to pool", analysis.notPooled());
        assertEquals("an SD of 0 (an SD is above 0)", analysis.excluded().get(0).reason());
        assertEquals("no study has data to pool", Synthesis.pool(List.of(), Settings.of(EffectMeasure.GIV, PoolingMethod.DL)).notPooled());
    }

    @Test
    void mantelHaenszelWithoutEventsSaysWhyThereIsNoOddsRatio() {
        MetaAnalysis analysis = Synthesis.pool(List.of(new StudyData.Dichotomous("A", 0, 30, 0, 30), new StudyData.Dichotomous("B", 0, 20, 0, 25)),
                Settings.of(EffectMeasure.OR, PoolingMethod.MH));
        assertTrue(analysis.pooled().isEmpty());
        assertTrue(analysis.notPooled().startsWith("the tables give no odds ratio"), analysis.notPooled());
        MetaAnalysis revman = Synthesis.pool(List.of(new StudyData.Dichotomous("A", 0, 30, 0, 30), new StudyData.Dichotomous("B", 2, 20, 5, 25)),
                Settings.of(EffectMeasure.OR, PoolingMethod.MH).withZeroCells(ZeroCellRule.REVMAN));
        assertEquals("no events in either arm, or only events: no odds ratio (RevMan 5 leaves it out)", revman.excluded().get(0).reason());
    }

    @Test
    void aHazardRatioWithItsIntervalGivesTheLogAndItsStandardErrorOrSaysWhyNot() {
        StudyData.Generic hr = StudyData.Generic.ofRatio("Li 2022", 0.64, 0.45, 0.91, 0.95);
        assertEquals(Math.log(0.64), hr.yi(), 1e-15);
        assertEquals((Math.log(0.91) - Math.log(0.45)) / (2 * 1.959963984540054), hr.sei(), 1e-12);
        assertEquals("the interval 0.7 to 0.9 does not contain the ratio 0.64",
                assertThrows(IllegalArgumentException.class, () -> StudyData.Generic.ofRatio("x", 0.64, 0.7, 0.9, 0.95)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StudyData.Generic.ofRatio("x", 0, 0.1, 0.9, 0.95)).getMessage()
                .startsWith("a ratio and its bounds are above 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StudyData.Generic.ofRatio("x", 0.64, 0.6, 0.99, 0.95)).getMessage()
                .contains("not symmetric"));
    }

    @Test
    void settingsThatDoNotGoTogetherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.of(EffectMeasure.MD, PoolingMethod.MH));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(EffectMeasure.RR, PoolingMethod.PETO));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(EffectMeasure.OR, PoolingMethod.FE).withKnha(true));
    }
}
