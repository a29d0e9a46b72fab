package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NumberReaderTest {

    /** Sentences and table cells exactly as the corpus papers have them (U+2011, U+00A0, en dashes, tabs). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Combination therapy had a lower risk of disease progression (HR 0.62, [0.38\u20131.00])|0.62|0.38|1.00|",
            "lower risk of death \\n(HR 0.46, [0.27\u20130.78]). Subgro|0.46|0.27|0.78|",
            "sorafenib (HR: 0.70, 95% CI, 0.38\u20131.30, P = 0.146; Table 2|0.70|0.38|1.30|0.146",
            "(5.86 vs. 3.70\u00a0 months; HR, \\n0.51; 95% CI 0.30\u20130.86; P = 0.017; Table\u00a0 2|0.51|0.30|0.86|0.017",
            "RT plus anti\u2011PD1 provided significantly better PFS (HR, 0.51; 95% CI \\n0.30\u20130.86; P = 0.017)|0.51|0.30|0.86|0.017",
            "with sorafenib; hazard ratio for death, 0.52; 95% CI, 0.31 to 0.88; P = 0.014.|0.52|0.31|0.88|0.014",
            "(HR for disease progression or death 0.61, 95% CI 0.40-0.93)|0.61|0.40|0.93|",
            "(hazard ratio for death, 0.76; 95% confidence interval [CI], 0.63 to 0.92; P=0.005)|0.76|0.63|0.92|0.005" })
    void ratiosWithTheirIntervals(String cell, String estimate, String lower, String upper, String p) {
        String span = lines(cell);
        List<Reading> readings = NumberReader.read(span);
        Reading ratio = readings.stream().filter(r -> r.shape() == Shape.RATIO_WITH_INTERVAL).findFirst().orElseThrow(
                () -> new AssertionError("no ratio in " + span + ": " + readings));
        assertEquals(new BigDecimal(estimate), ratio.get("estimate"));
        assertEquals(new BigDecimal(lower), ratio.get("lower"));
        assertEquals(new BigDecimal(upper), ratio.get("upper"), "1.00 keeps its decimals");
        assertEquals(p == null ? null : new BigDecimal(p), ratio.get("p"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(10.2 months; 95% CI 4.5\u201319.0 vs. 6.1 months; 95% CI 2.5\u20139.7; $P = 0.041$)|10.2|4.5|19.0|95",
            "with median OS of 14.1 months (6.8\u201321.4 months) in the combined-therapy group|14.1|6.8|21.4|",
            "Progression\u2011free survival, months, median, (95% CI) 5.86(3.19\u20138.53) 3.70(2.60\u20134.80) 0.017|5.86|3.19|8.53|",
            "Overall survival, months, median, (95% CI) 17.40 (8.69\u201326.11) 11.90 (6.35\u201317.45) 0.146|17.40|8.69|26.11|",
            "median 3.87 (95% CI 2.1\u20135.6)|3.87|2.1|5.6|95",
            "non-inferior to sorafenib (12.3 months, 10.4\u201313.9; hazard ratio 0.92)|12.3|10.4|13.9|" })
    void estimatesWithTheirIntervals(String cell, String estimate, String lower, String upper, String level) {
        String span = lines(cell);
        Reading first = NumberReader.read(span).stream().filter(r -> r.shape() == Shape.ESTIMATE_WITH_INTERVAL)
                .findFirst().orElseThrow(() -> new AssertionError("no estimate in " + span));
        assertEquals(new BigDecimal(estimate), first.get("estimate"));
        assertEquals(new BigDecimal(lower), first.get("lower"));
        assertEquals(new BigDecimal(upper), first.get("upper"));
        assertEquals(level == null ? null : new BigDecimal(level), first.get("level"));
    }

    @Test
    void aCommaAndARangeThatGoOnAreAListNotAnInterval() {
        for (String list : new String[] { "assessed at 6 months, 12-18 months later and again", "12.3, 10.4-13.9; hazard ratio",
                "at 24 months, 10-14; then" }) {
            assertTrue(NumberReader.read(list).stream().noneMatch(r -> r.shape() == Shape.ESTIMATE_WITH_INTERVAL), list + ": " + NumberReader.read(list));
        }
    }

    @Test
    void countsWithPercentagesFromTablesInEveryLayout() {
        List<Reading> tab = NumberReader.read("Objective response\t6(17.1%)\t2(3.1%)\t0.037\t6(17.6%)\t0(0.0%)\t0.010");
        assertEquals(List.of("6/17.1", "2/3.1", "6/17.6", "0/0.0"), counts(tab));
        assertEquals(List.of("13/22.4", "16/19.5"), counts(NumberReader.read("ORR 13 22.4% 16 19.5% 0.68")));
        assertEquals(List.of("20/54.05", "5/12.20"), counts(NumberReader.read("Confirmed objective response 20 (54.05%) 5(12.20%)  < 0.001")));
        assertEquals(List.of("0/0", "0/0"), counts(NumberReader.read("  CR 0(0) 0(0) 1.000")));
    }

    @Test
    void thousandsGroupedByCommasAreOneNumberAndADecimalCommaIsNone() {
        assertEquals(List.of("1234/45.6"), counts(NumberReader.read("Male\t1,234 (45.6%)\t987 (44.1%)").subList(0, 1)),
                "a count of a large cohort was read as its last three digits (234)");
        assertEquals(new BigDecimal("1234"), NumberReader.read("Sorafenib (n = 1,234)").get(0).get("n"), "n = 1,234 was read as n = 1");
        assertEquals(new BigDecimal("1234567"), NumberReader.read("1,234,567").get(0).get("number"));
        assertEquals(List.of(), NumberReader.read("8,2 (6,1-10,3)"), "a decimal comma is not read, not even as its parts");
        assertEquals(List.of(Shape.PERCENT), NumberReader.read("12,34 (5%)").stream().map(Reading::shape).toList(),
                "12,34 is no number: the 34 after its comma is never read as a count");
        assertEquals(new BigDecimal("6.1"), NumberReader.read("7.4 months 95% CI,6.1\u20138.7").get(0).get("lower"), "a comma after a word still parts numbers");
    }

    @Test
    void aNegativeNumberIsNotReadWithoutItsSign() {
        List<Reading> change = NumberReader.read("Change in score\t-1.2 \u00b1 0.4\t0.3 \u00b1 0.5");
        assertEquals(List.of(new BigDecimal("0.3")), change.stream().map(r -> r.get("mean")).toList(), "-1.2 \u00b1 0.4 was read as a mean of 1.2");
        assertEquals(List.of(), NumberReader.read("(\u221212.5%)"), "a negative percentage (a change) was read as 12.5%");
        assertEquals(List.of(), NumberReader.read("MD \u22122.3 (95% CI \u22124.1 to \u22120.5)"));
        assertEquals(new BigDecimal("6.6"), NumberReader.read("5.4 (4.2-6.6)").get(0).get("upper"), "a dash between numbers is a range, not a sign");
        assertEquals(new BigDecimal("19.5"), NumberReader.read("13 (22.4%)\t\u2212\t16 (19.5%)").get(1).get("percent"),
                "a dash alone in a cell is an empty cell, not the next number's sign");
    }

    @Test
    void meansGroupSizesAndTheAgreementOfACountWithItsTotal() {
        Reading mean = NumberReader.read("Age, years\t53.0 \u00b1 10.3\t53.2 \u00b1 11.6\t0.917").get(0);
        assertEquals(Shape.MEAN_AND_SD, mean.shape());
        assertEquals(Map.of("mean", new BigDecimal("53.0"), "sd", new BigDecimal("10.3")), mean.values());
        assertEquals(Shape.MEAN_AND_SD, NumberReader.read("mean $53.0 \\pm 10.3$").get(0).shape());
        Reading n = NumberReader.read("Anti\u2011PD\u20111\nalone (n = 42)").get(0);
        assertEquals(Shape.GROUP_SIZE, n.shape());
        assertEquals(new BigDecimal("42"), n.get("n"));

        Reading orr = NumberReader.read("13 22.4%").get(0);
        assertTrue(NumberReader.agrees(orr, new BigDecimal("58")));
        assertFalse(NumberReader.agrees(orr, new BigDecimal("82")));
        assertTrue(NumberReader.agrees(NumberReader.read("6(17.1%)").get(0), new BigDecimal("35")));
    }

    @Test
    void rangesThatAreNotEstimatesAreNotProposed() {
        assertEquals(List.of(), NumberReader.read("Between January 2016 and February 2019, 173 HCC"));
        assertEquals(List.of(), NumberReader.read("median 40  Gy (range, 30\u201360  Gy)").stream()
                .filter(r -> r.shape() == Shape.ESTIMATE_WITH_INTERVAL && r.get("estimate").intValue() == 2019).toList());
        assertTrue(NumberReader.read("2016 (2018\u20132020)").stream().noneMatch(r -> r.shape() == Shape.ESTIMATE_WITH_INTERVAL));
    }

    /**
     * An interval whose upper limit was not reached gives the estimate and its lower limit, never a number for the upper
     * one; a median not reached gives its lower limit when the paper gives one. A bare "NR" may mean "not reported": nothing.
     */
    @Test
    void intervalsWithoutAnUpperLimitAndMediansNotReached() {
        Reading open = NumberReader.read("median OS 14.1 months (95% CI, 10.2 to not reached) in the combination group").get(0);
        assertEquals(Shape.ESTIMATE_OPEN_INTERVAL, open.shape());
        assertEquals(java.util.Map.of("estimate", new BigDecimal("14.1"), "lower", new BigDecimal("10.2"), "level", new BigDecimal("95")), open.values());
        assertEquals("14.1 months (95% CI, 10.2 to not reached)", "median OS 14.1 months (95% CI, 10.2 to not reached) in".substring(open.start(), open.end()));
        Reading cell = NumberReader.read("Median OS, months	11.3 (8.2–NR)	7.2 (5.1–9.3)").get(0);
        assertEquals(Shape.ESTIMATE_OPEN_INTERVAL, cell.shape());
        assertEquals(null, cell.get("upper"));
        assertEquals(Shape.ESTIMATE_WITH_INTERVAL, NumberReader.read("Median OS, months	11.3 (8.2–NR)	7.2 (5.1–9.3)").get(1).shape());
        assertEquals(new BigDecimal("6.0"), NumberReader.read("9.1 (6.0-NE)").get(0).get("lower"));

        Reading nr = NumberReader.read("NR (95% CI 14.2–NR)").get(0);
        assertEquals(Shape.NOT_REACHED, nr.shape());
        assertEquals(java.util.Map.of("lower", new BigDecimal("14.2"), "level", new BigDecimal("95")), nr.values());
        Reading spelled = NumberReader.read("was not reached (20.1 to not reached) versus 9.6 months").get(0);
        assertEquals(Shape.NOT_REACHED, spelled.shape());
        assertEquals(java.util.Map.of("lower", new BigDecimal("20.1")), spelled.values());
        assertEquals(java.util.Map.of(), NumberReader.read("overall survival (not reached vs. 7.17 months").get(0).values());
        assertEquals(List.of(), NumberReader.read("Median OS	NR	7.2").stream().filter(r -> r.shape() == Shape.NOT_REACHED).toList(),
                "a bare NR may be 'not reported'");
        assertEquals(List.of(), NumberReader.read("12.0 (14.2–NR)"), "an estimate below its lower limit is no estimate");
    }

    /** Every value the sample review coded from a quote is what the reader proposes for that quote. */
    @Test
    void proposalsMatchEveryValueCodedByHandInTheSample() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ReviewChecksTest.SAMPLE);
        int checked = 0;
        for (Study study : folder.review().getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                for (OutcomeMeasurement measurement : extraction.getMeasurements()) {
                    for (Result result : measurement.getResults()) {
                        if (result instanceof DichotomousResult d && !d.getEvents().isDerived()) {
                            Reading r = only(d.getEvents(), Shape.COUNT_AND_PERCENT);
                            assertEquals(d.getEvents().getNumber(), r.get("count"), d.getId());
                            assertTrue(NumberReader.agrees(r, d.getTotal().getNumber()), d.getId() + " percentage agrees with the total");
                            checked++;
                        } else if (result instanceof MedianTimeToEvent m && m.getLower() != null) {
                            Reading r = only(m.getMedian(), Shape.ESTIMATE_WITH_INTERVAL);
                            assertEquals(List.of(m.getMedian().getNumber(), m.getLower().getNumber(), m.getUpper().getNumber()),
                                    List.of(r.get("estimate"), r.get("lower"), r.get("upper")), m.getId());
                            checked++;
                        } else if (result instanceof HazardRatio hr && hr.getLower() != null) {
                            Reading r = only(hr.getEstimate(), Shape.RATIO_WITH_INTERVAL, Shape.ESTIMATE_WITH_INTERVAL);
                            assertEquals(List.of(hr.getEstimate().getNumber(), hr.getLower().getNumber(), hr.getUpper().getNumber()),
                                    List.of(r.get("estimate"), r.get("lower"), r.get("upper")), hr.getId());
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(74 + 18 + 6, checked, "74 counted events, 18 medians with intervals, 6 hazard ratios with intervals (ab and cd)");
    }

    private static Reading only(Value value, Shape... shapes) {
        String quote = value.getSources().get(0).getQuote();
        List<Shape> allowed = List.of(shapes);
        List<Reading> readings = NumberReader.read(quote).stream().filter(r -> allowed.contains(r.shape())).toList();
        assertEquals(1, readings.size(), "one " + allowed + " in \"" + quote + "\": " + readings);
        return readings.get(0);
    }

    /** A CSV row cannot hold a line break: the cells write the papers' soft breaks as a backslash and n. */
    private static String lines(String cell) {
        return cell.replace("\\n", "\n");
    }

    private static List<String> counts(List<Reading> readings) {
        return readings.stream().filter(r -> r.shape() == Shape.COUNT_AND_PERCENT)
                .map(r -> r.get("count").toPlainString() + "/" + r.get("percent").toPlainString()).toList();
    }
}
