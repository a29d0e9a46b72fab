package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.appraise.cli.Cli;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A review started from papers in a script: {@code add-study} copies a paper in, {@code propose --json} prints what
 * the assistant read (stable keys, offsets into the stored text), nothing recorded until {@code --accept-all --by};
 * {@code propose-benchmark} prints recall and precision against ab's hand-coded extractions. Refusals name the reason.
 */
final class ProposeCommandTest {

    @TempDir
    Path temp;

    private final PrintedRun printed = new PrintedRun();

    private int run(String... args) {
        return printed.fresh(args);
    }

    @Test
    void addAStudyFromItsPaperReadItAndAcceptWhatWasRead() throws IOException {
        Path review = temp.resolve("review");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Scripted", "--reviewer", "ab:A"));
        Path paper = CliTest.SAMPLE.resolve("reports/000_1ced1569fea2e094.txt");
        assertEquals(Cli.OK, run("add-study", review.toString(), paper.toString(), "--label", "TVGH 2016"), printed.err());
        assertEquals("tvgh-2016", printed.out().strip());
        assertTrue(Files.isRegularFile(review.resolve("reports/000_1ced1569fea2e094.txt")));

        assertEquals(Cli.OK, run("propose", review.toString(), "--study", "tvgh-2016", "--json"), printed.err());
        JsonNode read = new ObjectMapper().readTree(printed.out());
        assertEquals("Anti-PD-1 alone", read.get("arms").get(1).get("label").asText());
        JsonNode first = read.get("proposals").get(0);
        for (String key : List.of("kind", "values", "arm", "outcome", "criteria", "population", "timepoint", "quote", "start", "end", "page", "confidence",
                "reason")) {
            assertTrue(first.has(key), key + " in " + first);
        }
        String text = Files.readString(paper);
        for (JsonNode proposal : read.get("proposals")) {
            assertEquals(proposal.get("quote").asText(), text.substring(proposal.get("start").asInt(), proposal.get("end").asInt()),
                    "offsets are UTF-16 offsets into the stored text");
        }
        assertTrue(printed.err().contains("nothing recorded"));
        assertTrue(ReviewFolder.open(review).review().getStudies().get(0).getExtractions().isEmpty(), "proposing records nothing");

        assertEquals(Cli.OK, run("propose", review.toString(), "--study", "tvgh-2016", "--accept-all", "--by", "ab"), printed.err());
        Review saved = ReviewFolder.open(review).review();
        Extraction ab = saved.getStudies().get(0).getExtractions().get(0);
        DichotomousResult orr = ab.getMeasurements().stream().filter(m -> m.getOutcome().getId().equals("orr") && "after matching".equals(m.getPopulation()))
                .flatMap(m -> m.getResults().stream()).map(DichotomousResult.class::cast).filter(r -> r.getArm().getLabel().equals("Anti-PD-1 alone"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("9").compareTo(orr.getEvents().getNumber()));
        assertEquals(List.of("orr", "dcr", "cr", "pr", "sd", "pfs", "os", "ae34"), saved.getOutcomes().stream().map(o -> o.getId()).toList(),
                "the outcomes the paper reports, created on the way");

        assertEquals(Cli.OK, run("propose", review.toString(), "--study", "tvgh-2016", "--accept-all", "--by", "ab"));
        assertTrue(printed.err().contains("Recorded 0 value(s)"), "accepting twice records nothing more: "
                + printed.err());
    }

    @Test
    void refusalsNameWhy() throws IOException {
        Path review = temp.resolve("review");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Refusals", "--reviewer", "ab:A"));
        assertEquals(Cli.ERROR, run("propose", review.toString(), "--study", "nope"));
        assertTrue(printed.err().contains("no study 'nope'"), printed.err());
        assertEquals(Cli.ERROR, run("propose", review.toString(), "--study", "nope", "--accept-all"));
        assertTrue(printed.err().contains("--by REVIEWER"), printed.err());
        Path paper = CliTest.SAMPLE.resolve("reports/002_2a574011e3c7481b.txt");
        assertEquals(Cli.OK, run("add-study", review.toString(), paper.toString()));
        Path other = temp.resolve("elsewhere/002_2a574011e3c7481b.txt");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "another paper with the same file name");
        assertEquals(Cli.ERROR, run("add-study", review.toString(), other.toString()));
        assertTrue(printed.err().contains("already holds a different file"), printed.err());
        assertEquals(1, ReviewFolder.open(review).review().getStudies().size(), "nothing added");
    }

    @Test
    void eachReviewerComparedWithTheAssistant() throws IOException {
        assertEquals(Cli.OK, run("agreement", CliTest.SAMPLE.toString(), "--with-assistant", "--json"), printed.err());
        JsonNode comparisons = new ObjectMapper().readTree(printed.out()).get("comparisons");
        JsonNode cd = null;
        for (JsonNode c : comparisons) {
            cd = c.get("reviewer").asText().equals("cd") ? c : cd;
            if (c.get("reviewer").asText().equals("ab")) {
                assertEquals(c.get("values").asInt(), c.get("alsoProposed").asInt(), "every value ab coded is proposed: " + c);
            }
        }
        assertEquals("li-2022", cd.get("study").asText());
        assertEquals(cd.get("values").asInt(), cd.get("alsoProposed").asInt(), cd.toString());
        assertTrue(cd.get("notRecorded").toString().contains("21(56.76%)"), "cd coded RECIST 1.1 only; the mRECIST responses are the assistant's: " + cd);
    }

    @Test
    void theBenchmarkPrintsRecallAndPrecisionPerStudy() throws IOException {
        assertEquals(Cli.OK, run("propose-benchmark", CliTest.SAMPLE.toString()), printed.err());
        String table = printed.out();
        for (String study : List.of("li-2022", "liu-2021", "tvgh-2016")) {
            String line = table.lines().filter(l -> l.startsWith(study)).findFirst().orElseThrow(() -> new AssertionError(table));
            String[] cells = line.trim().split("\\s+");
            assertTrue(Double.parseDouble(cells[3]) >= 0.9 && Double.parseDouble(cells[6]) >= 0.9, line);
        }
    }
}
