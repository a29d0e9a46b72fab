package org.appraise.export.figures;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the forest plot of 200 studies laid out and written as SVG, PNG (600 dpi) and PDF, 5 times. Run with
 * {@code ./mvnw -B verify -Pbench}; the figures go to {@code target/benchmarks/forest-plot.txt} and the README.
 */
final class ForestPlotBenchmark {

    @Test
    void drawTwoHundredStudies() throws Exception {
        Random random = new Random(7);
        List<StudyData> studies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            studies.add(new StudyData.Generic("Study " + (i + 1) + " " + (1990 + random.nextInt(35)), random.nextGaussian() * 0.3 - 0.2,
                    0.08 + random.nextDouble() * 0.5));
        }
        MetaAnalysis analysis = Synthesis.pool(studies, Settings.of(EffectMeasure.GIV_RATIO, PoolingMethod.REML));
        FigureFont font = new FigureFont();
        ForestPlot.Labels labels = new ForestPlot.Labels("Experimental", "Control", "Favours experimental", "Favours control");
        long[][] nanos = new long[4][5];
        long[] sizes = new long[3];
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            Drawing drawing = new ForestPlot(font).draw(analysis, labels);
            nanos[0][run] = System.nanoTime() - start;
            int f = 0;
            for (FigureFormat format : FigureFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long t = System.nanoTime();
                format.write(drawing, font, 600, out);
                nanos[1 + f][run] = System.nanoTime() - t;
                sizes[f++] = out.size();
            }
        }
        StringBuilder text = new StringBuilder("Forest plot of 200 studies (median of 5 runs, first included): ");
        String[] names = { "layout", "SVG", "PNG 600 dpi", "PDF" };
        for (int i = 0; i < 4; i++) {
            Arrays.sort(nanos[i]);
            text.append(String.format(Locale.ROOT, "%s %.0f ms%s", names[i], nanos[i][2] / 1e6, i == 0 ? "" : " (" + sizes[i - 1] / 1024 + " KB)"))
                    .append(i < 3 ? ", " : "\n");
        }
        PngFigure png = new PngFigure(font, 600);
        Drawing drawing = new ForestPlot(font).draw(analysis, labels);
        long t = System.nanoTime();
        java.awt.image.BufferedImage image = png.render(drawing);
        long render = System.nanoTime() - t;
        text.append(String.format(Locale.ROOT, "of which rasterising %.0f ms (%d x %d pixels)%n", render / 1e6, image.getWidth(), image.getHeight()));
        System.out.print(text);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/forest-plot.txt"), text.toString());
    }
}
