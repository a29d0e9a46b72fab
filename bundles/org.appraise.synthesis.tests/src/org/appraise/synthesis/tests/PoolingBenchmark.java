package org.appraise.synthesis.tests;

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
 * Not a test: 1,000 studies (2x2 tables) pooled as odds ratios by REML with Hartung-Knapp, the Q-profile interval of
 * tau^2 and the prediction interval, 9 times. Run with {@code ./mvnw -B verify -Pbench}; the figures go to
 * {@code target/benchmarks/pooling.txt} and the README. Nothing is asserted.
 */
final class PoolingBenchmark {

    @Test
    void poolAThousandStudies() throws Exception {
        Random random = new Random(20261202);
        List<StudyData> studies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n1 = 20 + random.nextInt(400);
            int n2 = 20 + random.nextInt(400);
            double p2 = 0.05 + 0.5 * random.nextDouble();
            double p1 = Math.min(0.95, p2 * Math.exp(random.nextGaussian() * 0.4 - 0.2));
            studies.add(new StudyData.Dichotomous("Study " + i, binomial(random, n1, p1), n1, binomial(random, n2, p2), n2));
        }
        Settings settings = Settings.of(EffectMeasure.OR, PoolingMethod.REML).withKnha(true);
        long[] nanos = new long[9];
        MetaAnalysis analysis = null;
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            analysis = Synthesis.pool(studies, settings);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String line = String.format(Locale.ROOT, "1,000 studies, OR, REML + HKSJ + Q-profile CI + PI: median %.1f ms, best %.1f ms, worst %.1f ms"
                + " (first run included); tau2 = %.4f [%.4f, %.4f]", nanos[4] / 1e6, nanos[0] / 1e6, nanos[8] / 1e6,
                analysis.pooled().orElseThrow().tau2(), analysis.pooled().orElseThrow().tau2Interval().orElseThrow().lower(),
                analysis.pooled().orElseThrow().tau2Interval().orElseThrow().upper());
        System.out.println(line);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/pooling.txt"), line + "\n");
    }

    private static int binomial(Random random, int n, double p) {
        int events = 0;
        for (int i = 0; i < n; i++) {
            events += random.nextDouble() < p ? 1 : 0;
        }
        return events;
    }
}
