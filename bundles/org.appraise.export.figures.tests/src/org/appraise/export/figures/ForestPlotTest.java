package org.appraise.export.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Analysis;
import org.appraise.model.Review;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.Synthesis;
import org.appraise.synthesis.review.SavedAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forest plots with everything on them: subgroups with their diamonds and the test for their differences, the
 * risk-of-bias columns, and a method title wider than the plot (Paule-Mandel with Hartung-Knapp on standardised mean
 * differences: Normand 1999's stroke units, metafor's dat.normand1999); no text runs off the page or over another.
 */
final class ForestPlotTest {

    private static final FigureFont FONT = new FigureFont();
    private static Review review;

    @BeforeAll
    static void open() throws IOException {
        review = SampleFigures.sample();
    }

    @Test
    void subgroupsAndRiskOfBiasColumnsOfTheSamplesAnalysis() throws IOException {
        Analysis saved = review.getAnalyses().stream().filter(a -> a.getId().equals("orr-rr-rob")).findFirst().orElseThrow();
        SavedAnalysis.Run run = SavedAnalysis.run(review, saved);
        Drawing drawing = new ForestPlot(FONT).draw(run, ForestPlot.Labels.of("Combination", "Comparator", "CONTROL"), Palette.robvis());
        List<String> texts = drawing.marks().stream().filter(Drawing.Label.class::isInstance).map(m -> ((Drawing.Label) m).text()).toList();
        for (String text : List.of("NOS (cohort): Good", "NOS (cohort): Poor", "Subtotal (95% CI)", "Total (95% CI)", "Risk of bias", "Selection",
                "Comparability", "Outcome", "Overall", "Heterogeneity: Not applicable")) {
            assertTrue(texts.contains(text), text + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Test for subgroup differences: Chi\u00B2 = 2.20, df = 1 (P = 0.138), I\u00B2 = 54.6%")), texts.toString());
        assertEquals(3, drawing.marks().stream().filter(Drawing.Diamond.class::isInstance).count(), "two subtotals and the total");
        assertEquals(3 * 4, drawing.marks().stream().filter(Drawing.Disc.class::isInstance).count(), "three domains and overall per study");
        // a response is wanted: fewer responses with the combination (a ratio under 1) favour the comparator
        assertTrue(x(drawing, "Favours [comparator]") < x(drawing, "Favours [combination]"), "the comparator is favoured left of the line");
        assertClear(drawing);
        Files.write(SampleFigures.OUT.resolve("forest-orr-rr-rob.svg"), svg(drawing));
    }

    @Test
    void aMethodTitleWiderThanThePlotWidensIt() throws IOException {
        List<StudyData> studies = List.of(new StudyData.Continuous("Edinburgh", 55, 47, 155, 75, 64, 156),
                new StudyData.Continuous("Orpington-Mild", 27, 7, 31, 29, 4, 32), new StudyData.Continuous("Orpington-Moderate", 64, 17, 75, 119, 29, 71),
                new StudyData.Continuous("Orpington-Severe", 66, 20, 18, 137, 48, 18), new StudyData.Continuous("Montreal-Home", 14, 8, 8, 18, 11, 13),
                new StudyData.Continuous("Montreal-Transfer", 19, 7, 57, 18, 4, 52), new StudyData.Continuous("Newcastle", 52, 45, 34, 41, 34, 33),
                new StudyData.Continuous("Umea", 21, 16, 110, 31, 27, 183), new StudyData.Continuous("Uppsala", 30, 27, 60, 23, 20, 52));
        var analysis = Synthesis.pool(studies, Settings.of(EffectMeasure.SMD, PoolingMethod.PM).withKnha(true));
        assertEquals(-0.537171963653, analysis.pooled().orElseThrow().estimate(), 1e-9, "metafor: rma(yi, vi, method = \"PM\", test = \"knha\", control = list(tol = 1e-12))");
        Drawing drawing = new ForestPlot(FONT).draw(analysis, ForestPlot.Labels.of("Stroke unit", "General ward", "EXPERIMENTAL"));
        assertClear(drawing);
        Files.write(SampleFigures.OUT.resolve("forest-normand.svg"), svg(drawing));
    }

    @Test
    void noSideIsSaidToBeFavouredWhenTheAnalysisDoesNotSayWhichIs() {
        Analysis saved = review.getAnalyses().stream().filter(a -> a.getId().equals("orr-rr")).findFirst().orElseThrow();
        Analysis unstated = org.eclipse.emf.ecore.util.EcoreUtil.copy(saved);
        unstated.setLowerFavours(null);
        SavedAnalysis.Run run = SavedAnalysis.run(review, saved);
        List<String> texts = labels(new ForestPlot(FONT).draw(run, ForestPlot.Labels.of(unstated, run), Palette.robvis()));
        assertTrue(texts.contains("Lower with [" + saved.getExperimentalName().toLowerCase(java.util.Locale.ROOT) + "]"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Favours")), texts.toString());
        List<String> stated = labels(new ForestPlot(FONT).draw(run, ForestPlot.Labels.of(saved, run), Palette.robvis()));
        assertTrue(stated.contains("Favours [" + saved.getExperimentalName().toLowerCase(java.util.Locale.ROOT) + "]"), stated.toString());
    }

    private static List<String> labels(Drawing drawing) {
        return drawing.marks().stream().filter(Drawing.Label.class::isInstance).map(m -> ((Drawing.Label) m).text()).toList();
    }

    private static double x(Drawing drawing, String text) {
        return drawing.marks().stream().filter(m -> m instanceof Drawing.Label l && l.text().equals(text)).map(m -> ((Drawing.Label) m).x())
                .findFirst().orElseThrow(() -> new AssertionError("no label " + text));
    }

    /** Every label lies on the page, and no two labels on one line overlap. */
    private static void assertClear(Drawing drawing) {
        List<double[]> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Label label) {
                double width = FONT.width(label.text(), label.size(), label.bold());
                double left = switch (label.anchor()) {
                case "middle" -> label.x() - width / 2;
                case "end" -> label.x() - width;
                default -> label.x();
                };
                assertTrue(left >= 0 && left + width <= drawing.width(), () -> "'" + label.text() + "' runs off the page");
                assertTrue(label.y() - label.size() >= 0 && label.y() + 3 <= drawing.height(), () -> "'" + label.text() + "' runs off the page");
                for (int i = 0; i < boxes.size(); i++) {
                    double[] other = boxes.get(i);
                    boolean sameLine = Math.abs(other[2] - label.y()) < Math.max(other[3], label.size()) * 0.8;
                    if (sameLine && left < other[1] - 0.01 && other[0] < left + width - 0.01) {
                        throw new AssertionError("'" + label.text() + "' overlaps '" + texts.get(i) + "'");
                    }
                }
                boxes.add(new double[] { left, left + width, label.y(), label.size() });
                texts.add(label.text());
            }
        }
    }

    private static byte[] svg(Drawing drawing) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FigureFormat.SVG.write(drawing, FONT, 600, out);
        return out.toByteArray();
    }
}
