package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.appraise.core.QuoteAssignment;
import org.appraise.core.QuoteUses;
import org.appraise.core.ReportText;
import org.appraise.core.ResultParts;
import org.appraise.core.ResultParts.Filling;
import org.appraise.core.ResultParts.Part;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Value;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** One selection fills a whole result: the parts proposed from spans worded as the corpus words them, and the one command that fills them. */
final class ResultPartsTest {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    @Test
    void aMedianWithItsIntervalFillsMedianLowerUpperAndTheLevel() {
        MedianTimeToEvent median = CREATE.createMedianTimeToEvent();
        assertEquals(List.of("median = 7.4 months", "lower = 6.1 months", "upper = 8.7 months", "CI level = 0.95"),
                described(ResultParts.read(median, MODEL.getMedianTimeToEvent_Lower(), "7.4 months 95% CI:6.1\u20138.7")));
        assertEquals(List.of("median = 13.0 months", "lower = 9.0 months", "upper = 17.0 months"),
                described(ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "13.0 (9.0\u201117.0) months")));
        assertTrue(ResultParts.read(median, null, "13.0 (9.0\u201117.0) months").notes().get(0).startsWith("The selection does not say the interval's level"));
        assertEquals(List.of("median = 7.4"), described(ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "7.4")),
                "a bare number goes to the field chosen, and only there");
        assertEquals(List.of(), described(ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "95%")));
    }

    /** An upper limit or a median not reached is left empty, and the notes say why: no number stands in for it. */
    @Test
    void aLimitOrAMedianNotReachedIsLeftEmptyWithTheReason() {
        MedianTimeToEvent median = CREATE.createMedianTimeToEvent();
        ResultParts.Filling open = ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "14.1 months (95% CI, 10.2 to not reached)");
        assertEquals(List.of("median = 14.1 months", "lower = 10.2 months", "CI level = 0.95"), described(open));
        assertEquals(List.of("The interval's upper limit was not reached (the paper gives no number for it): upper is left empty; say so in the result's notes."),
                open.notes());
        ResultParts.Filling nr = ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "NR (95% CI 18.5–NR)");
        assertEquals(List.of("median not reached", "lower = 18.5", "CI level = 0.95"), described(nr));
        assertTrue(nr.notes().get(0).startsWith("The median was not reached: it is recorded as not reached, with no median number"), nr.notes().toString());
        ResultParts.Filling spelled = ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), "not reached");
        assertEquals(List.of("median not reached"), described(spelled));
        assertEquals(1, spelled.notes().size(), "no interval: nothing said of its level " + spelled.notes());
    }

    @Test
    void aHazardRatioTakesItsIntervalAndAnExactPButNeverABound() {
        HazardRatio hr = CREATE.createHazardRatio();
        assertEquals(List.of("estimate = 0.70", "lower = 0.38", "upper = 1.30", "CI level = 0.95", "pValue = 0.146"),
                described(ResultParts.read(hr, MODEL.getHazardRatio_Estimate(), "HR: 0.70, 95% CI, 0.38\u20131.30, P = 0.146")));
        assertEquals(List.of("estimate = 0.51", "lower = 0.30", "upper = 0.86", "CI level = 0.95", "pValue = 0.017"),
                described(ResultParts.read(hr, MODEL.getHazardRatio_Estimate(), "0.51; 95% CI 0.30\u20130.86; P = 0.017")));
        Filling bound = ResultParts.read(hr, MODEL.getHazardRatio_PValue(), "HR 0.45 (95% CI 0.28\u20130.72), P<0.001");
        assertEquals(List.of("estimate = 0.45", "lower = 0.28", "upper = 0.72", "CI level = 0.95"), described(bound));
        assertTrue(bound.notes().get(0).startsWith("P<0.001 is a bound"), bound.notes().toString());
        assertEquals(List.of("pValue = 0.049"), described(ResultParts.read(hr, MODEL.getHazardRatio_PValue(), "$P=0.049$")));
        assertEquals(List.of(), described(ResultParts.read(hr, MODEL.getHazardRatio_Estimate(), "10.2 months; 95% CI 4.5\u201319.0")),
                "a time with its interval is a median, never a hazard ratio");
    }

    @Test
    void countsFillEventsOnlyWhenTheSelectionHoldsOne() {
        DichotomousResult result = armResult(null);
        assertEquals(List.of("events = 13"), described(ResultParts.read(result, MODEL.getDichotomousResult_Total(), "13 (22.4%)")),
                "a count is never a total");
        Filling two = ResultParts.read(result, MODEL.getDichotomousResult_Events(), "ORR 20 (54.05%) 15 (36.59%)");
        assertEquals(List.of(), described(two));
        assertEquals("The selection holds 2 counts; select just the one for this result.", two.notes().get(0));
        assertEquals(List.of("total = 37"), described(ResultParts.read(result, MODEL.getDichotomousResult_Total(), "(N = 37)")));
    }

    @Test
    void aPercentageAloneGivesDerivedEventsOnlyWhenOneCountOfTheArmRoundsToIt() {
        DichotomousResult result = armResult(new BigDecimal("58"));
        Filling filling = ResultParts.read(result, MODEL.getDichotomousResult_Events(), "27.6%");
        assertEquals(1, filling.parts().size());
        Part events = filling.parts().get(0);
        assertEquals(new BigDecimal("16"), events.number());
        assertTrue(events.derived());
        assertEquals("27.6% of 58 = 16.008, the one whole count that rounds to 27.6% (16/58)", events.derivation());
        Filling coarse = ResultParts.read(armResult(new BigDecimal("300")), MODEL.getDichotomousResult_Events(), "27%");
        assertEquals(List.of(), coarse.parts(), "27% of 300 could be 80, 81 or 82");
        assertTrue(coarse.notes().get(0).contains("could be 3 counts"), coarse.notes().toString());
        Filling noN = ResultParts.read(armResult(null), MODEL.getDichotomousResult_Events(), "27.6%");
        assertEquals(List.of(), noN.parts());
        assertTrue(noN.notes().get(0).contains("the arm has no n"), noN.notes().toString());
    }

    @Test
    void oneCommandFillsEveryPartWithOneQuoteAndReplacesTheQuotesItHad() {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        Extraction extraction = CREATE.createExtraction();
        extraction.setId("x");
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/x")).getContents().add(extraction);
        OutcomeMeasurement row = CREATE.createOutcomeMeasurement();
        row.setCriteria("from treatment start");
        row.setPopulation("all enrolled");
        MedianTimeToEvent median = CREATE.createMedianTimeToEvent();
        Arm rt = CREATE.createArm();
        rt.setLabel("RT");
        median.setArm(rt);
        row.getResults().add(median);
        extraction.getMeasurements().add(row);
        Report report = CREATE.createReport();
        String paper = "The median OS was 7.4 months 95% CI:6.1\u20138.7 in the RT group; elsewhere 7.4 months (6.0\u20138.8).";
        ReportText text = ReportText.decode(paper.getBytes(java.nio.charset.StandardCharsets.UTF_8), "paper.txt");
        QuoteAssignment assignment = new QuoteAssignment(domain, extraction, null);

        int start = paper.indexOf("7.4 months 95%");
        int end = paper.indexOf(" in the RT");
        Annotation first = assignment.annotation(report, text, start, end, "median");
        List<Part> parts = ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), first.getQuote()).parts();
        stack.execute(assignment.fill(first, median, parts, false));
        assertEquals(1, extraction.getAnnotations().size(), "one quote, stored once");
        for (Value v : List.of(median.getMedian(), median.getLower(), median.getUpper())) {
            assertEquals(List.of(first), v.getSources());
        }
        assertEquals(new BigDecimal("8.7"), median.getUpper().getNumber());
        assertEquals("months", median.getUpper().getUnit(), "the unit the selection names");
        assertEquals(new BigDecimal("0.95"), median.getCiLevel());
        assertEquals("? \u00b7 from treatment start \u00b7 all enrolled \u00b7 RT: median = 7.4, lower = 6.1, upper = 8.7", QuoteUses.describe(first),
                "the label is worded from the model now");

        int again = paper.indexOf("7.4 months (6.0");
        Annotation second = assignment.annotation(report, text, again, paper.length() - 2, "median");
        stack.execute(assignment.fill(second, median, ResultParts.read(median, null, second.getQuote()).parts(), false));
        assertEquals(List.of(second), extraction.getAnnotations(), "the replaced quote supports nothing now, and is gone");
        assertEquals("supports nothing", QuoteUses.describe(first));
        assertEquals(List.of(second), median.getLower().getSources());
        assertEquals(new BigDecimal("6.0"), median.getLower().getNumber());
        stack.undo();
        assertEquals(List.of(first), extraction.getAnnotations(), "one undo brings the first quote back");
        assertEquals(List.of(first), median.getUpper().getSources());
        assertEquals(new BigDecimal("8.7"), median.getUpper().getNumber());

        Annotation added = assignment.annotation(report, text, again, paper.length() - 2, "median");
        stack.execute(assignment.fill(added, median, List.of(new Part(MODEL.getMedianTimeToEvent_Median(), new BigDecimal("7.4"), null)), true));
        assertEquals(List.of(first, added), median.getMedian().getSources(), "\"add\" keeps the quotes a value had");
        assertEquals(List.of(first), median.getLower().getSources());
        assertFalse(median.getMedian().isDerived());
        stack.undo();
        stack.undo();
        assertNull(median.getMedian(), "back to where it started");
        assertEquals(List.of(), extraction.getAnnotations());

        // a median not reached: the flag, the lower limit quoted, and the words in the notes (a flag holds no quote)
        String nr = "Median OS was NR (95% CI 18.5\u2013NR) months with RT.";
        ReportText nrText = ReportText.decode(nr.getBytes(java.nio.charset.StandardCharsets.UTF_8), "nr.txt");
        Annotation notReached = assignment.annotation(report, nrText, nr.indexOf("NR ("), nr.indexOf(" with"), "median");
        stack.execute(assignment.fill(notReached, median, ResultParts.read(median, MODEL.getMedianTimeToEvent_Median(), notReached.getQuote()).parts(), false));
        assertTrue(median.isNotReached());
        assertNull(median.getMedian());
        assertEquals(List.of(notReached), median.getLower().getSources());
        assertEquals("Median not reached (the paper: \"NR (95% CI 18.5\u2013NR) months\").", median.getNotes());
        stack.undo();
        assertFalse(median.isNotReached(), "one undo");
        Annotation words = assignment.annotation(report, nrText, nr.indexOf("NR ("), nr.indexOf("NR (") + 2, "median");
        stack.execute(assignment.fill(words, median, List.of(new Part(MODEL.getMedianTimeToEvent_NotReached(), BigDecimal.ONE, null)), false));
        assertTrue(median.isNotReached());
        assertEquals(List.of(), extraction.getAnnotations(), "a quote that would support no value is not kept: the notes give its words");
    }

    private static DichotomousResult armResult(BigDecimal n) {
        Arm arm = CREATE.createArm();
        if (n != null) {
            GroupSize size = CREATE.createGroupSize();
            size.setPopulation("all enrolled");
            Value value = CREATE.createValue();
            value.setNumber(n);
            size.setN(value);
            arm.getGroupSizes().add(size);
        }
        OutcomeMeasurement row = CREATE.createOutcomeMeasurement();
        row.setPopulation("all enrolled");
        DichotomousResult result = CREATE.createDichotomousResult();
        result.setArm(arm);
        row.getResults().add(result);
        return result;
    }

    private static List<String> described(Filling filling) {
        return filling.parts().stream().map(Part::describe).toList();
    }
}
