package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.appraise.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code appraise certainty} and {@code appraise sof}: an assessment made from the command line, one command per call, and the table it gives. */
final class CertaintyCommandTest {

    @TempDir
    Path temp;

    private final PrintedRun printed = new PrintedRun();

    private int run(String... args) {
        return printed.fresh(args);
    }

    private String said() {
        return printed.out() + printed.err();
    }

    @Test
    void anAssessorRatesTheDomainsAndTheTableShowsTheOutcome() throws IOException {
        Path review = temp.resolve("sample");
        FolderCopy.copy(CliTest.SAMPLE, review);
        assertEquals(Cli.OK, run("certainty", review.toString(), "--analysis", "dcr-rr", "--by", "ab", "--json"), said());
        JsonNode shown = new ObjectMapper().readTree(printed.out());
        assertTrue(shown.get("assessment").isNull(), "nothing is saved by looking");
        assertFalse(Files.exists(review.resolve("certainty/certainty-dcr-rr-ab.json")));
        assertEquals("IMPRECISION", shown.get("domains").get(3).get("domain").asText());
        assertFalse(shown.get("domains").get(3).get("figures").asText().isEmpty(), "the figures behind the proposal");

        assertEquals(Cli.ERROR, run("certainty", review.toString(), "--analysis", "dcr-rr", "--by", "ab", "--rate", "imprecision=serious"));
        assertTrue(said().contains("Imprecision rated SERIOUS needs its footnote"), said());
        assertFalse(Files.exists(review.resolve("certainty/certainty-dcr-rr-ab.json")), "a refused call changes nothing");

        assertEquals(Cli.OK, run("certainty", review.toString(), "--analysis", "dcr-rr", "--by", "ab", "--evidence", "non-randomised", "--order", "4",
                "--rate", "risk_of_bias=serious:Poor comparability", "--rate", "inconsistency=not_serious", "--rate", "indirectness=not_serious",
                "--rate", "imprecision=serious:Wide interval", "--rate", "publication_bias=not_serious"), said());
        assertTrue(Files.readString(review.resolve("certainty/certainty-dcr-rr-ab.json")).contains("\"rating\": \"SERIOUS\""));
        assertTrue(printed.out().contains("Certainty: \u2295\u25EF\u25EF\u25EF Very low (from low)"), said());

        assertEquals(Cli.OK, run("sof", review.toString(), "--json"), said());
        JsonNode table = new ObjectMapper().readTree(printed.out());
        assertEquals(4, table.get("rows").size());
        assertEquals("Disease control (mRECIST where reported; after matching)", table.get("rows").get(3).get("outcome").asText());

        Path docx = temp.resolve("tables/sof.docx");
        assertEquals(Cli.OK, run("sof", review.toString(), "--docx", docx.toString(), "--html", temp.resolve("sof.html").toString(), "--xlsx",
                temp.resolve("sof.xlsx").toString()), said());
        assertTrue(Files.size(docx) > 2000 && Files.readString(temp.resolve("sof.html")).contains("Disease control"));

        assertEquals(Cli.OK, run("certainty", review.toString(), "--analysis", "dcr-rr", "--by", "cd", "--order", "4"), said());
        assertEquals(Cli.FINDINGS, run("sof", review.toString()), said());
        assertTrue(printed.err().contains("analysis dcr-rr: assessed by ab and cd without a consensus"), said());

        assertEquals(Cli.ERROR, run("certainty", review.toString(), "--analysis", "dcr-rr", "--by", "zz"));
        assertTrue(said().contains("no reviewer 'zz' in the review (ab, cd, ef)"), said());
        assertEquals(Cli.ERROR, run("certainty", review.toString(), "--analysis", "dcr-rr", "--consensus", "--rate", "large_effect=three"));
        assertTrue(said().contains("Large effect is rated NONE, ONE, TWO, not THREE"), said());
    }
}
