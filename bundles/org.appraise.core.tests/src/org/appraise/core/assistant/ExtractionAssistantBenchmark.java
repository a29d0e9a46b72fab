package org.appraise.core.assistant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.appraise.core.ReportText;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the time the assistant takes to read a 40-page paper (the sample's three papers, twice over: 167,000
 * characters, six results tables) and propose its results, 9 times after one read to warm up. Run with
 * {@code ./mvnw -B verify -Pbench}; the figures go to {@code target/benchmarks/assistant.txt} and the README.
 */
final class ExtractionAssistantBenchmark {

    private static final Path REPORTS = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination/reports");

    @Test
    void readAFortyPagePaper() throws Exception {
        StringBuilder paper = new StringBuilder();
        for (int copy = 0; copy < 2; copy++) {
            for (String name : new String[] { "000_1ced1569fea2e094.txt", "001_32a8eb1ab80cdc81.txt", "002_2a574011e3c7481b.txt" }) {
                paper.append(Files.readString(REPORTS.resolve(name), StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        ReportText text = ReportText.decode(paper.toString().getBytes(StandardCharsets.UTF_8), "forty-pages.txt");
        ExtractionAssistant.read(text);
        long[] nanos = new long[9];
        int proposals = 0;
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            proposals = ExtractionAssistant.read(text).proposals().size();
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String line = String.format(Locale.ROOT, "%,d characters, %d proposals: median %.1f ms, best %.1f ms, worst %.1f ms (after one warm-up read)",
                text.length(), proposals, nanos[4] / 1e6, nanos[0] / 1e6, nanos[8] / 1e6);
        System.out.println(line);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/assistant.txt"), line + "\n");
    }
}
