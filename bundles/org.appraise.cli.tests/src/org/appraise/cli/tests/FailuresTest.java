package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.appraise.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures issue #19 saw exit 0 with nothing said: each now ends non-zero with a message, or works. */
final class FailuresTest {

    @TempDir
    Path temp;

    private final PrintedRun printed = new PrintedRun();

    private int run(String... args) {
        printed.clearOut();
        printed.clearErr();
        return printed.runGuarded(args);
    }

    private String said() {
        return printed.err();
    }

    @Test
    void anExportOfAReviewWhoseReviewJsonIsCutRefusesAndSaysWhy() throws IOException {
        Path copy = sample();
        Path review = copy.resolve("review.json");
        Files.write(review, java.util.Arrays.copyOf(Files.readAllBytes(review), 98));
        Path workbook = temp.resolve("x.xlsx");
        assertEquals(Cli.ERROR, run("export", copy.toString(), "--out", workbook.toString()));
        assertTrue(said().contains("review.json line") && said().contains("review.json did not load"), said());
        assertFalse(said().contains("unexpectedly"), said());
        assertFalse(Files.exists(workbook));
    }

    @Test
    void aScreeningLogWithoutItsReviewerStillExports() throws IOException {
        Path copy = sample();
        Path log = copy.resolve("screening/screening-ab.json");
        Files.writeString(log, Files.readString(log).replace("\"reviewer\": \"ab\",", ""));
        int code = run("export", copy.toString(), "--out", temp.resolve("x.xlsx").toString());
        assertFalse(said().contains("unexpectedly"), said());
        assertNotEquals(Cli.OK, code, "a log without its reviewer is a finding");
    }

    @Test
    void aNumberBeyondRangeIsANamedProblemNotAnExhaustedHeap() throws IOException {
        Path copy = sample();
        Path extraction = copy.resolve("studies/tvgh-2016/tvgh-2016--ab.json");
        String text = Files.readString(extraction);
        int at = text.indexOf("\"number\": ") + "\"number\": ".length();
        int end = at;
        while (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.') {
            end++;
        }
        Files.writeString(extraction, text.substring(0, at) + "1e999999999" + text.substring(end));
        assertEquals(Cli.FINDINGS, run("info", copy.toString()));
        assertTrue(said().contains("studies/tvgh-2016/tvgh-2016--ab.json") && said().contains("out of range"), said());
        assertEquals(Cli.FINDINGS, run("export", copy.toString(), "--out", temp.resolve("y.xlsx").toString()));
    }

    @Test
    void anUnexpectedFailureExitsTwoWithOneLineNamingTheLog() {
        assertEquals(Cli.ERROR, printed.runGuarded("info", null));
        assertTrue(said().startsWith("appraise: failed unexpectedly (") && said().contains(".appraise/logs/appraise-"), said());
        assertEquals(1, said().lines().count(), said());
    }

    private Path sample() throws IOException {
        Path copy = temp.resolve("review");
        FolderCopy.copy(CliTest.SAMPLE, copy);
        return copy;
    }
}
