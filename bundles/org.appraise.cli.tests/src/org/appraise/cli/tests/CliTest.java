package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appraise.cli.Cli;
import org.appraise.cli.internal.Commands;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CliTest {

    static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination");

    @TempDir
    Path temp;

    private final PrintedRun printed = new PrintedRun();

    private int run(String... args) {
        return printed.run(args);
    }

    @Test
    void infoJsonCountsTheSample() {
        assertEquals(Cli.OK, run("info", SAMPLE.toString(), "--json"));
        String json = printed.out();
        for (String expected : List.of("\"studies\" : 3", "\"reports\" : 3", "\"annotations\" : 191", "\"references\" : 45", "\"dichotomous\" : 78",
                "\"medianTimeToEvent\" : 22", "\"hazardRatio\" : 8", "\"continuous\" : 0", "\"assessments\" : 8",
                "\"problems\" : 0", "\"review\" : \"hcc-pd1-combination\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }

    /** A reviewer using the command line hears of edits the workbench kept and never saved, without its counts changing. */
    @Test
    void infoSaysWhenTheWorkbenchLeftUnsavedEdits() throws IOException {
        Path copy = FolderCopy.copy(SAMPLE, temp.resolve("review"));
        unsavedRelabel(copy);
        assertEquals(Cli.OK, run("info", copy.toString(), "--json"));
        assertTrue(printed.out().contains("\"studies\" : 3"), printed.out());
        assertTrue(printed.err().startsWith("note: the workbench was closed without saving edits to this review (1 file(s), kept "), printed.err());
    }

    /** A workbench session on the folder that relabelled its first study and kept a copy of that unsaved edit. */
    private static org.appraise.session.ReviewSession unsavedRelabel(Path folder) throws IOException {
        org.appraise.session.ReviewSession workbench = org.appraise.session.ReviewSession.open(folder);
        workbench.folder().review().getStudies().get(0).setLabel("Unsaved");
        workbench.keepUnsaved();
        return workbench;
    }

    /** While a workbench runs with unsaved edits, info names the files it holds, which commands must not write. */
    @Test
    void infoSaysWhichFilesARunningWorkbenchHolds() throws Exception {
        Path copy = FolderCopy.copy(SAMPLE, temp.resolve("review"));
        org.appraise.session.ReviewSession workbench = unsavedRelabel(copy);
        Path place = org.appraise.io.json.UnsavedEdits.placeFor(copy);
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path kept;
            try (java.util.stream.Stream<Path> copies = Files.list(place)) {
                kept = copies.findFirst().orElseThrow();
            }
            Files.move(kept, place.resolve(String.format("%015d-%d-beef", System.currentTimeMillis() + 1000, running.pid())));
            assertEquals(Cli.OK, run("info", copy.toString()));
            assertEquals("note: the workbench open on this review (process " + running.pid() + ") has unsaved edits to 1 file(s) (studies/"
                    + workbench.folder().review().getStudies().get(0).getId() + "/study.json); a command that writes them is refused until they"
                    + " are saved or closed there", printed.err().strip());
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void robPrintsTheJudgementsOfTheReviewsFirstToolAndDrawsItsFigures() throws IOException {
        assertEquals(Cli.OK, run("rob", SAMPLE.toString(), "--json"), printed.err());
        String json = printed.out();
        for (String expected : List.of("\"tool\" : \"robins-i-2016\"", "\"toolVersion\" : \"2016-09-19\"",
                "\"assessment\" : \"tvgh-2016--ab-robins-i-2016-tvgh-2016-os-psm\"", "\"D2\" : \"serious\"",
                "\"overall\" : \"moderate\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
        printed.clearOut();
        assertEquals(Cli.OK, run("rob", SAMPLE.toString(), "--tool", "nos-cohort"));
        String table = printed.out();
        assertTrue(table.contains("Newcastle-Ottawa Quality Assessment Scale, cohort studies (version 2000)"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Liu 2021") && l.endsWith("Good")), table);

        Path svg = temp.resolve("figures/traffic.svg");
        Path png = temp.resolve("figures/traffic.png");
        Path pdf = temp.resolve("figures/summary.pdf");
        assertEquals(Cli.OK, run("rob", SAMPLE.toString(), "--plot", "traffic-light", "--svg", svg.toString(), "--png",
                png.toString(), "--dpi", "300"), printed.err());
        assertTrue(Files.readString(svg).contains("version 2016-09-19"));
        assertTrue(printed.err().contains("Wrote " + png + " at 300 dpi"));
        assertEquals(Cli.OK, run("rob", SAMPLE.toString(), "--tool", "nos-cohort", "--plot", "summary", "--weighted", "--pdf",
                pdf.toString()));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        try (var listing = Files.list(temp.resolve("figures"))) {
            assertEquals(3, listing.count(), "no temporary files are left behind");
        }
    }

    @Test
    void screeningStatsAndPrismaCountTheSamplesSearch() throws IOException {
        assertEquals(Cli.OK, run("screening", SAMPLE.toString(), "--stats", "--json"), printed.err());
        String stats = printed.out();
        for (String expected : List.of("\"TITLE_ABSTRACT\" : {", "\"records\" : 33", "\"resolved\" : 4", "\"conflicts\" : 0",
                "\"percentAgreement\" : 0.8788", "\"kappa\" : 0.5479")) {
            assertTrue(stats.contains(expected), expected + " in " + stats);
        }
        printed.clearOut();
        Path svg = temp.resolve("prisma.svg");
        assertEquals(Cli.OK, run("prisma", SAMPLE.toString(), "--json", "--svg", svg.toString()), printed.err());
        String prisma = printed.out();
        for (String expected : List.of("\"databasesTotal\" : 45", "\"duplicatesRemoved\" : 12", "\"screened\" : 33", "\"excluded\" : 29",
                "\"sought\" : 4", "\"notRetrieved\" : 1", "\"assessed\" : 3", "\"studies\" : 3", "\"findings\" : [ ]")) {
            assertTrue(prisma.contains(expected), expected + " in " + prisma);
        }
        assertTrue(Files.readString(svg).contains("Records screened"));
        printed.clearOut();
        assertEquals(Cli.OK, run("dedup", SAMPLE.toString()));
        assertTrue(printed.err().contains("0 group(s), 0 duplicate record(s) among 33 unmarked record(s)"),
                printed.err());
        assertEquals(Cli.ERROR, run("screening", SAMPLE.toString()));
    }

    @Test
    void dedupMarksDuplicatesOnlyWithApplyAndDeletesNothing() throws IOException {
        Path review = temp.resolve("review");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Dedup", "--reviewer", "ab:A"));
        Path ris = temp.resolve("two.ris");
        String record = "TY  - JOUR\r\nAU  - Llovet JM\r\nTI  - Sorafenib in advanced hepatocellular carcinoma\r\nT2  - N Engl J Med\r\n"
                + "PY  - 2008\r\nVL  - 359\r\nSP  - 378\r\nDO  - 10.1056/NEJMoa0708857\r\nER  - \r\n";
        Files.writeString(ris, record + record.replace("Sorafenib in advanced", "Sorafenib in Advanced"));
        assertEquals(Cli.OK, run("import", review.toString(), ris.toString(), "--source", "PubMed"));
        assertEquals(Cli.OK, run("dedup", review.toString()));
        assertEquals(2, ReviewFolder.open(review).review().getReferences().stream().filter(r -> r.getDuplicateOf() == null).count(),
                "without --apply nothing changes");
        assertEquals(Cli.OK, run("dedup", review.toString(), "--apply"));
        var references = ReviewFolder.open(review).review().getReferences();
        assertEquals(2, references.size(), "nothing is deleted");
        assertEquals(1, references.stream().filter(r -> r.getDuplicateOf() != null).count());

        printed.clearErr();
        assertEquals(Cli.OK, run("import", review.toString(), ris.toString(), "--source", "PubMed"), "a repeated file is said, not refused");
        assertTrue(printed.err().contains("two.ris was imported before as batch batch-two, with the same 2 record(s)"),
                printed.err());
        assertEquals(4, ReviewFolder.open(review).review().getReferences().size(), "imported all the same: the reviewer decides");
    }

    @Test
    void aSearchImportedAgainIsMarkedAgainstTheRecordsTheReviewersScreenedNotTheOtherWayRound() throws IOException {
        Path review = FolderCopy.copy(SAMPLE, temp.resolve("review"));
        var before = ReviewFolder.open(review).review();
        List<String> screened = before.getScreening().stream().flatMap(log -> log.getDecisions().stream()).map(d -> d.getReference().getId())
                .distinct().toList();
        long open = before.getReferences().stream().filter(r -> r.getDuplicateOf() == null).count();
        // the batch of the search run again gets a name that sorts (and loads) before the first import's
        assertEquals(Cli.OK, run("import", review.toString(), review.resolve("search/pubmed-2021-06.ris").toString(), "--source", "PubMed"), printed.err());
        assertEquals(Cli.OK, run("dedup", review.toString(), "--apply"), printed.err());

        var after = ReviewFolder.open(review).review();
        for (var reference : after.getReferences()) {
            boolean rerun = !before.getReferences().stream().anyMatch(r -> r.getId().equals(reference.getId()));
            if (screened.contains(reference.getId())) {
                assertEquals(null, reference.getDuplicateOf(), reference.getId() + " was screened: it stays the record kept");
            }
            if (rerun) {
                assertTrue(reference.getDuplicateOf() != null, reference.getId() + " of the search run again is a duplicate of a record imported first");
            }
            if (reference.getDuplicateOf() != null) {
                assertEquals(null, reference.getDuplicateOf().getDuplicateOf(), reference.getId() + ": marks never chain");
            }
        }
        assertEquals(open, after.getReferences().stream().filter(r -> r.getDuplicateOf() == null).count(), "the same records are left to screen");
    }

    @Test
    void dedupBenchmarkImportsTheLabelledSetsAndPrintsTheTable() throws IOException {
        Path sets = SAMPLE.resolve("../../../shared/data/dedup").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sets), "../shared/data is not beside this clone: no benchmark");
        assertEquals(Cli.OK, run("dedup-benchmark", sets.toString(), "--json"), printed.err());
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed.out()).get("sets");
        assertEquals(5, rows.size(), "four CSV sets and the respiratory EndNote XML: " + rows);
        for (com.fasterxml.jackson.databind.JsonNode row : rows) {
            assertEquals(0, row.get("falsePositives").asInt(), row.toString());
            assertTrue(row.get("specificity").asDouble() >= 0.995, row.toString());
            assertTrue(row.get("sensitivityShown").asDouble() >= 0.97, row.toString());
            if (!row.get("set").asText().endsWith("haematology")) {
                assertTrue(row.get("sensitivity").asDouble() >= 0.97, row.toString());
            }
        }
        com.fasterxml.jackson.databind.JsonNode xml = rows.get(4);
        assertEquals("Respiratory_EndNote17.xml", xml.get("input").asText(), "the raw EndNote export runs import -> dedup -> compare");
        assertEquals(rows.get(3).get("truePositives"), xml.get("truePositives"), "the EndNote XML import gives what the CSV gives");
    }

    @Test
    void recordsRemovedBeforeScreeningFillTheirPrismaBoxes() throws IOException {
        Path review = temp.resolve("removal");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Removal", "--reviewer", "ab:A"), printed.err());
        Path ris = temp.resolve("three.ris");
        StringBuilder records = new StringBuilder();
        for (String title : List.of("Sorafenib in advanced hepatocellular carcinoma", "A rat model of liver fibrosis", "Editorial: the year in hepatology")) {
            records.append("TY  - JOUR\r\nAU  - Llovet JM\r\nTI  - ").append(title).append("\r\nPY  - 2008\r\nER  - \r\n");
        }
        Files.writeString(ris, records);
        assertEquals(Cli.OK, run("import", review.toString(), ris.toString(), "--source", "PubMed"));
        List<String> ids = ReviewFolder.open(review).review().getReferences().stream().map(r -> r.getId()).toList();
        assertEquals(Cli.FINDINGS, run("screening", review.toString(), "--remove", ids.get(1) + ",no-such-record", "--reason", "RCT classifier"));
        assertTrue(printed.err().contains("refused: no-such-record: no such record"), printed.err());
        assertEquals(null, ReviewFolder.open(review).review().getReferences().get(1).getRemovedBeforeScreening(), "nothing changed");
        assertEquals(Cli.OK, run("screening", review.toString(), "--remove", ids.get(1), "--reason", "Cochrane RCT Classifier (score < 0.1)", "--automation"), printed.err());
        Path file = temp.resolve("editorials.txt");
        Files.writeString(file, "# editorials found by a search filter\n" + ids.get(2) + "\n");
        assertEquals(Cli.OK, run("screening", review.toString(), "--remove-file", file.toString(), "--reason", "editorial"));
        printed.clearOut();
        assertEquals(Cli.OK, run("prisma", review.toString(), "--json"));
        String json = printed.out();
        assertTrue(json.contains("1 screened record(s) have no title/abstract verdict yet"), "the one record left is a gap, not an error: " + json);
        for (String expected : List.of("\"databasesTotal\" : 3", "\"automationRemoved\" : 1", "\"otherRemoved\" : 1", "\"screened\" : 1")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }

    @Test
    void consensusFromTheCommandLine() throws IOException {
        Path review = temp.resolve("sample");
        FolderCopy.copy(SAMPLE, review);
        String abBefore = Files.readString(review.resolve("studies/li-2022/li-2022--ab.json"));
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022"));
        assertTrue(printed.out().startsWith("li-2022: 44 disagreement(s) between li-2022--ab and li-2022--cd; no consensus started"),
                printed.out());
        assertEquals(Cli.ERROR, run("consensus", review.toString(), "--study", "li-2022", "--field", "1", "--take", "cd"), "start first");
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022", "--start-from", "ab", "--by", "ef"));
        printed.clearOut();
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022", "--json"));
        com.fasterxml.jackson.databind.JsonNode listing = new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed.out());
        int hr = -1;
        for (com.fasterxml.jackson.databind.JsonNode d : listing.get("disagreements")) {
            if (d.get("field").asText().contains("not stated") && d.get("field").asText().endsWith("estimate")) {
                hr = d.get("number").asInt();
            }
        }
        assertTrue(hr > 0, listing.toString());
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022", "--field", String.valueOf(hr), "--take", "cd"));
        assertEquals(Cli.FINDINGS, run("consensus", review.toString(), "--study", "li-2022", "--field", "1", "--value", "12", "--note", " "),
                "a value neither reviewer gave needs a note");
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022", "--field", "1", "--value", "12", "--note", "recounted by ef"));
        printed.clearOut();
        assertEquals(Cli.OK, run("consensus", review.toString(), "--study", "li-2022", "--json"));
        listing = new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed.out());
        assertEquals(2, listing.get("settled").asInt());
        assertEquals("li-2022--cd", listing.get("disagreements").get(hr - 1).get("settledBy").asText());
        assertEquals("12", listing.get("disagreements").get(0).get("consensus").asText());
        assertEquals("entered", listing.get("disagreements").get(0).get("settledBy").asText());
        assertEquals(abBefore, Files.readString(review.resolve("studies/li-2022/li-2022--ab.json")), "ab's file is never changed");
        printed.clearOut();
        assertEquals(Cli.FINDINGS, run("validate", review.toString()), printed.err());
        assertTrue(printed.out().contains("reported value 12 has no quote")
                && printed.err().contains("0 error(s), 1 warning(s)"),
                "the entered value loads and checks; its only warning asks for a quote: " + printed.out() + printed.err());

        // cd's file corrupted later: the consensus still loads, its decision's link to cd is named, nothing else is blamed
        Files.writeString(review.resolve("studies/li-2022/li-2022--cd.json"), "{ \"appraise\": \"extraction\", ");
        printed.clearOut();
        printed.clearErr();
        assertEquals(Cli.FINDINGS, run("validate", review.toString()));
        String report = printed.out() + printed.err();
        assertTrue(report.contains("li-2022--cd.json line 1") && report.contains("'li-2022--cd' is not an Extraction of this review"), report);
        assertTrue(!report.contains("another study"), report);
    }

    @Test
    void exportChosenSheetsOrOneSheetAsCsv() throws IOException {
        Path xlsx = temp.resolve("two.xlsx");
        assertEquals(Cli.OK, run("export", SAMPLE.toString(), "--out", xlsx.toString(), "--sheets", "PRISMA 2020,RoB ROBINS-I"),
                printed.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(3, book.getNumberOfSheets(), "README and the two sheets");
            assertEquals("RoB ROBINS-I", book.getSheetName(2));
        }
        Path csv = temp.resolve("prisma.csv");
        assertEquals(Cli.OK, run("export", SAMPLE.toString(), "--out", csv.toString(), "--sheet", "PRISMA 2020"));
        assertTrue(Files.readString(csv).contains("Screening,Records screened,33,"), Files.readString(csv));
        assertEquals(Cli.OK, run("export", SAMPLE.toString(), "--out", csv.toString(), "--sheet", "prisma 2020"), "a sheet's name in any case");
        assertTrue(Files.readString(csv).contains("Screening,Records screened,33,"), Files.readString(csv));
        assertEquals(Cli.ERROR, run("export", SAMPLE.toString(), "--out", csv.toString(), "--sheet", "Nope"));
        assertTrue(printed.err().contains("no sheet 'Nope' (one of README, PRISMA 2020, Characteristics"));
        assertEquals(Cli.ERROR, run("export", SAMPLE.toString(), "--out", temp.resolve("x.csv").toString()));
    }

    @Test
    void syncSharesTheReviewAndHistoryTellsWhoChangedWhat() throws Exception {
        Path bare = temp.resolve("team.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path review = temp.resolve("review");
        FolderCopy.copy(SAMPLE, review);
        assertEquals(Cli.ERROR, run("sync", review.toString()), "not a repository and no --remote");
        assertEquals(Cli.OK, run("sync", review.toString(), "--remote", bare.toUri().toString(), "--as", "ab", "--message", "The sample"),
                printed.err());
        assertTrue(printed.out().contains("pushed: "), printed.out());
        printed.clearOut();
        assertEquals(Cli.OK, run("history", review.toString(), "--study", "li-2022", "--json"));
        String history = printed.out();
        assertTrue(history.contains("\"author\" : \"ab\"") && history.contains("\"message\" : \"The sample\"")
                && history.contains("studies/li-2022/li-2022--ab.json"), history);
        assertEquals(Cli.ERROR, run("sync", review.toString(), "--as", "zz"));
    }

    @Test
    void agreementComparesTheTwoIndependentExtractionsOfLi2022() {
        assertEquals(Cli.OK, run("agreement", SAMPLE.toString(), "--json"));
        String json = printed.out();
        for (String expected : List.of("\"reviewers\" : [ \"ab\", \"cd\" ]", "\"studies\" : [ \"li-2022\" ]",
                "\"PICO\" : {", "\"riskOfBias:robins-i-2016\" : {", "\"judgements\" : 8", "\"weightedKappa\" : 0.7333",
                "\"field\" : \"robins-i-2016 \u00b7 os \u00b7 all enrolled \u00b7 D2\"", "\"ab\" : \"serious\"", "\"cd\" : \"moderate\"",
                "\"cd\" : \"(not recorded)\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }

    @Test
    void robRefusesWhatItCannotDo() {
        assertEquals(Cli.ERROR, run("rob", SAMPLE.toString(), "--tool", "rob3"));
        assertTrue(printed.err().contains("--tool is one of [rob2, robins-i-2016, nos-cohort, nos-case-control, quadas-2], not 'rob3'"),
                printed.err());
        assertEquals(Cli.ERROR, run("rob", SAMPLE.toString(), "--svg", temp.resolve("x.svg").toString()));
        assertEquals(Cli.ERROR, run("rob", SAMPLE.toString(), "--plot", "forest", "--svg", temp.resolve("x.svg").toString()));
        assertEquals(Cli.ERROR, run("rob", SAMPLE.toString(), "--plot", "summary", "--png", temp.resolve("x.png").toString(),
                "--palette", "low=green"));
        assertTrue(printed.err().contains("--palette: Palette entry 'low=green' is not tone=#rrggbb"));
        assertEquals(Cli.ERROR, run("rob", SAMPLE.toString(), "--plot", "summary", "--png", temp.resolve("x.png").toString(),
                "--dpi", "9000"));
        assertTrue(!Files.exists(temp.resolve("x.png")) && !Files.exists(temp.resolve("x.svg")));
    }

    @Test
    void exportWritesEveryResultWithItsValuesAndQuotes() throws IOException {
        Path xlsx = temp.resolve("out/extraction.xlsx");
        assertEquals(Cli.OK, run("export", SAMPLE.toString(), "--out", xlsx.toString()), printed.err());
        assertTrue(printed.err().contains("[3/3] Writing workbook"), "progress goes to stderr");
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        List<Object[]> expected = new ArrayList<>();
        for (Study study : folder.review().getStudies()) {
            for (Extraction e : study.getExtractions()) {
                for (OutcomeMeasurement m : e.getMeasurements()) {
                    for (Result r : m.getResults()) {
                        expected.add(new Object[] { study, e, m, r });
                    }
                }
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Extraction");
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 1);
                Object[] e = expected.get(i);
                Study study = (Study) e[0];
                OutcomeMeasurement m = (OutcomeMeasurement) e[2];
                Result r = (Result) e[3];
                String at = "row " + (i + 2);
                assertEquals(study.getId(), text(row, 0), at);
                assertEquals(m.getOutcome().getName(), text(row, 4), at);
                assertEquals(m.getPopulation(), text(row, 7), at);
                if (r instanceof ArmResult armResult) {
                    assertEquals(armResult.getArm().getLabel(), text(row, 8), at);
                }
                if (r instanceof DichotomousResult d) {
                    number(row, 10, d.getEvents(), at);
                    number(row, 11, d.getTotal(), at);
                    assertEquals(d.getEvents().isDerived() ? "events" : "", text(row, 23), at);
                } else if (r instanceof MedianTimeToEvent t) {
                    number(row, 15, t.getMedian(), at);
                    number(row, 17, t.getLower(), at);
                    number(row, 18, t.getUpper(), at);
                } else if (r instanceof HazardRatio hr) {
                    number(row, 16, hr.getEstimate(), at);
                    number(row, 17, hr.getLower(), at);
                    number(row, 18, hr.getUpper(), at);
                    number(row, 20, hr.getPValue(), at);
                } else if (r instanceof ContinuousResult) {
                    throw new AssertionError("the sample has no continuous results");
                }
                for (org.eclipse.emf.ecore.EObject content : r.eContents()) {
                    for (Annotation a : ((Value) content).getSources()) {
                        assertTrue(text(row, 26).contains("\u201c" + a.getQuote() + "\u201d [" + a.getReport().getId() + " "
                                + a.getStart() + "-" + a.getEnd() + "]"), at + " quotes " + a.getId());
                    }
                }
            }
        }
    }

    @Test
    void validateOnTheSampleFindsNothing() {
        assertEquals(Cli.OK, run("validate", SAMPLE.toString()), printed.out());
        assertEquals("", printed.out());
    }

    @Test
    void validateReportsFindingsWithExitCodeOne() throws IOException {
        Path review = temp.resolve("broken");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Broken", "--reviewer", "ab:Reviewer A"));
        Files.createDirectories(review.resolve("studies/s1"));
        Files.writeString(review.resolve("studies/s1/study.json"), "{\"appraise\": \"study\", \"schemaVersion\": 1, \"study\": {\"id\": \"s1\",");
        assertEquals(Cli.FINDINGS, run("validate", review.toString()));
        assertTrue(printed.err().contains("problem: studies/s1/study.json line 1"), printed.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.ERROR, run("frobnicate", "x"));
        assertTrue(printed.err().contains("unknown command 'frobnicate'"));
        assertEquals(Cli.ERROR, run("export", SAMPLE.toString()));
        assertTrue(printed.err().contains("export needs --out"));
        assertEquals(Cli.ERROR, run("info", temp.resolve("nowhere").toString()));
        assertTrue(printed.err().contains("is not a review folder"));
        assertEquals(Cli.OK, run("--help"));
        assertTrue(printed.out().startsWith("Usage: appraise <command>"));
    }

    @Test
    void eachCommandDescribesItselfAndBashCompletesThem() throws IOException {
        assertEquals(Cli.OK, run("import", "--help"));
        String help = printed.out();
        assertTrue(help.startsWith("Usage: appraise import"), help);
        assertTrue(help.contains("--format=FORMAT") && help.contains("--columns") && !help.contains("--plot"), help);
        assertTrue(help.contains("Exit codes: 0 ok") && !help.contains("open the workbench") && !help.contains("for one command"),
                "a command's help ends with the exit codes, not the command list's footer: " + help);
        printed.clearOut();
        assertEquals(Cli.OK, run("rob", "--help"));
        assertTrue(printed.out().contains("--dpi=N"), printed.out());
        printed.clearOut();
        assertEquals(Cli.ERROR, run("info", SAMPLE.toString(), "--jsn"));
        assertTrue(printed.err().contains("Unknown option: '--jsn'"), printed.err());
        assertTrue(printed.err().contains("--json"), "the command's usage follows the error");
        assertEquals(Cli.OK, run("generate-completion"));
        String script = printed.out();
        assertTrue(script.contains("complete -F _complete_appraise") && script.contains("dedup-benchmark"), script.lines().limit(5).toList().toString());
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneMadeAndTheTopUsageListsThemAll() {
        assertEquals(Cli.OK, run("--help"));
        List<String> listed = printed.out().lines().dropWhile(line -> !line.startsWith("Commands:")).skip(1)
                .filter(line -> line.startsWith("  ") && !line.startsWith("   ")).map(line -> line.trim().split("\\s+")[0]).filter(name -> !name.equals("generate-completion") && !name.equals("gui"))
                .toList();
        assertEquals(23, listed.size(), listed.toString());
        for (String name : listed) {
            assertEquals(name, Commands.named(List.of(name, "--help")).map(kind -> kind.getAnnotation(picocli.CommandLine.Command.class).name())
                    .orElse("none"), "the command made for '" + name + "'");
            printed.clearOut();
            assertEquals(Cli.OK, run(name, "--help"));
            assertTrue(printed.out().startsWith("Usage: appraise " + name), printed.out());
        }
        assertTrue(Commands.named(List.of("--help")).isEmpty() && Commands.named(List.of("generate-completion")).isEmpty());
    }

    @Test
    void newCreatesAReviewThatLoads() throws IOException {
        Path review = temp.resolve("fresh");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "A new review", "--reviewer", "ab:Reviewer A:arbiter"));
        ReviewFolder folder = ReviewFolder.open(review);
        assertEquals("A new review", folder.review().getTitle());
        assertEquals("fresh", folder.review().getId());
        assertEquals("ARBITER", folder.review().getReviewers().get(0).getRole().getLiteral());
        assertEquals(Cli.ERROR, run("new", review.toString(), "--title", "again"));
        assertTrue(printed.err().contains("holds a review already (review.json)"), printed.err());
        assertEquals(Cli.ERROR, run("new", temp.resolve("blank").toString(), "--title", " "));
        assertTrue(printed.err().contains("a review needs a title"), printed.err());
        assertEquals(Cli.OK, run("new", temp.resolve("Knee OA").toString(), "--title", "Exercise for knee osteoarthritis"));
        assertEquals("knee-oa", ReviewFolder.open(temp.resolve("Knee OA")).review().getId(), "the folder's name as an id");
    }

    @Test
    void singleScreeningCountsEachDecisionOfTheSampleAtOnce() throws IOException {
        Path review = FolderCopy.copy(SAMPLE, temp.resolve("single"));
        Files.delete(review.resolve("screening/screening-cd.json"));
        assertEquals(Cli.OK, run("screening", review.toString(), "--stats"));
        assertTrue(printed.out().contains("Method: dual screening") && printed.out().contains("TITLE_ABSTRACT: 33 record(s), 4 decided"), printed.out());
        assertTrue(printed.out().contains("4 resolved, 29 awaiting a second reviewer"), "ab decided them, cd's decisions are gone: " + printed.out());
        Path csv = temp.resolve("screening.csv");
        assertEquals(Cli.OK, run("export", review.toString(), "--out", csv.toString(), "--sheet", "Screening"), printed.err());
        assertTrue(Files.readString(csv).contains(",include,,awaiting a second reviewer,"), "the workbook's verdict says so too");
        printed.clearOut();
        assertEquals(Cli.OK, run("screening", review.toString(), "--method", "single"), printed.err());
        assertTrue(printed.err().contains("Screening is now single screening; saved"), printed.err());
        assertTrue(ReviewFolder.open(review).review().isSingleScreening());
        assertEquals(Cli.OK, run("screening", review.toString(), "--stats"));
        assertTrue(printed.out().contains("Method: single screening") && printed.out().contains("TITLE_ABSTRACT: 33 record(s), 33 decided"), printed.out());
        assertEquals(Cli.ERROR, run("screening", review.toString(), "--method", "triple"));
        assertTrue(printed.err().contains("--method is single or dual, not 'triple'"), printed.err());
    }

    /** An import made without --source is named afterwards, and PRISMA counts its records in the right box. */
    @Test
    void sourcesNamesAnImportAfterwardsAndPrismaCountsItThere() throws IOException {
        Path review = temp.resolve("sources");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Sources", "--reviewer", "ab:A"));
        Path table = temp.resolve("trials.csv");
        Files.writeString(table, "Title,Authors,Year\nA trial of something,Smith J,2020\nAnother trial,Doe A,2021\n");
        assertEquals(Cli.OK, run("import", review.toString(), table.toString()));
        assertTrue(printed.err().contains("PRISMA counts them as: (source not recorded) 2 (databases); name their source with: appraise sources "
                + review + " --batch batch-trials --source NAME"), printed.err());
        printed.clearOut();
        assertEquals(Cli.OK, run("sources", review.toString()));
        assertEquals("batch-trials  trials.csv  2 record(s)  source: none named  counted as: (source not recorded) 2 (databases)\n", printed.out());
        assertTrue(printed.err().contains("1 import(s) have records counted under no source: name each with --batch ID --source NAME"), printed.err());
        printed.clearOut();
        assertEquals(Cli.OK, run("prisma", review.toString(), "--json"));
        assertTrue(printed.out().contains("2 record(s) name no database, register or other source: name the source of their import"), printed.out());

        assertEquals(Cli.ERROR, run("sources", review.toString(), "--batch", "batch-trials"));
        assertTrue(printed.err().contains("name an import with --batch ID and either --source NAME or --clear"), printed.err());
        assertEquals(Cli.ERROR, run("sources", review.toString(), "--batch", "batch-none", "--source", "Embase"));
        assertTrue(printed.err().contains("no import batch 'batch-none' in the review"), printed.err());
        printed.clearOut();
        assertEquals(Cli.OK, run("sources", review.toString(), "--batch", "batch-trials", "--source", " ClinicalTrials.gov "));
        assertTrue(printed.err().contains("Source of trials.csv: ClinicalTrials.gov; saved"), printed.err());
        assertTrue(printed.out().contains("source: ClinicalTrials.gov  counted as: ClinicalTrials.gov 2 (registers)"), printed.out());
        printed.clearOut();
        assertEquals(Cli.OK, run("prisma", review.toString(), "--json"));
        assertTrue(printed.out().replaceAll("\\s+", "").contains("\"registers\":{\"ClinicalTrials.gov\":2}"), printed.out());
        assertFalse(printed.out().contains("name no database"), printed.out());
        assertEquals(Cli.OK, run("sources", review.toString(), "--batch", "batch-trials", "--clear"));
        assertTrue(printed.err().contains("Source of trials.csv: its records' own; saved"), printed.err());
    }

    @Test
    void studyRecordsListsEachStudysRecordsAndChangesThemByTheRules() throws IOException {
        assertEquals(Cli.OK, run("study-records", SAMPLE.toString()));
        assertTrue(printed.out().contains("liu-2021  Liu 2021 (camrelizumab + sorafenib vs sorafenib): 1 record(s)\n"
                + "  batch-embase-2021-06-00001  Liu 2021  Camrelizumab combined with sorafenib versus sorafenib alone in patien\u2026  [full text: include]"), printed.out());
        assertTrue(printed.out().contains("No record included at full text is waiting for a study."), printed.out());
        Path review = FolderCopy.copy(SAMPLE, temp.resolve("records"));
        assertEquals(Cli.FINDINGS, run("study-records", review.toString(), "--study", "liu-2021", "--link", "batch-pubmed-2021-06-00001"));
        assertTrue(printed.err().contains("refused: record batch-pubmed-2021-06-00001 is a duplicate of batch-embase-2021-06-00001: link that one"),
                printed.err());
        assertEquals(Cli.FINDINGS, run("study-records", review.toString(), "--study", "li-2022", "--link", "batch-embase-2021-06-00001"));
        assertTrue(printed.err().contains("is already the record of study Liu 2021"), printed.err());
        assertEquals(Cli.ERROR, run("study-records", review.toString(), "--link", "batch-embase-2021-06-00001"));
        assertTrue(printed.err().contains("--link and --unlink need --study ID"), printed.err());

        printed.clearOut();
        assertEquals(Cli.OK, run("study-records", review.toString(), "--study", "liu-2021", "--unlink", "batch-embase-2021-06-00001"));
        assertTrue(printed.out().startsWith("liu-2021  Liu 2021 (camrelizumab + sorafenib vs sorafenib): no record (link the record it was found in"),
                printed.out());
        printed.clearOut();
        assertEquals(Cli.OK, run("study-records", review.toString()));
        assertTrue(printed.out().contains("1 record(s) included at full text without a study:\n  batch-embase-2021-06-00001"), printed.out());
        assertEquals(Cli.FINDINGS, run("prisma", review.toString()), "a study without a record is a PRISMA error");
        assertTrue(printed.err().contains("not linked to a study of the review: batch-embase-2021-06-00001"), printed.err());
    }

    @Test
    void teamListsEachMembersWorkAndAddsMembersWhoseIdsAreSafeFileNames() throws IOException {
        Path review = FolderCopy.copy(SAMPLE, temp.resolve("team"));
        assertEquals(Cli.OK, run("team", review.toString()), printed.err());
        assertTrue(printed.out().contains("ab  Reviewer A (sample) (reviewer): 33 title/abstract decisions, 4 full-text decisions, "
                + "3 studies coded (92 results), 6 risk-of-bias assessments, 153 quotes, 2 import batches"), printed.out());
        assertTrue(printed.out().contains("ef  Reviewer E (sample arbiter) (arbiter): 4 conflicts resolved, 1 consensus extraction"), printed.out());
        printed.clearOut();
        assertEquals(Cli.OK, run("team", review.toString(), "--add", "gh:Reviewer G:methodologist", "--add", "ij:Reviewer I"), printed.err());
        assertTrue(printed.out().contains("gh  Reviewer G (methodologist): no work yet"), printed.out());
        var team = ReviewFolder.open(review).review().getReviewers();
        assertEquals(List.of("ab", "cd", "ef", "gh", "ij"), team.stream().map(r -> r.getId()).toList(), "saved");

        for (String[] refused : new String[][] { { "AB:Upper case", "lower-case letters" }, { "ab:Again", "'ab' is already an id in this review (a member" },
                { "li-2022:A study's id", "'li-2022' is already an id" }, { "kl:Someone:boss", "unknown role 'boss'" }, { "mn", "ID:NAME[:ROLE]" } }) {
            printed.clearErr();
            assertEquals(Cli.ERROR, run("team", review.toString(), "--add", refused[0]), refused[0]);
            assertTrue(printed.err().contains(refused[1]), printed.err());
        }
        assertEquals(Cli.ERROR, run("team", review.toString(), "--add", "op:O", "--add", "op:P"));
        assertEquals(5, ReviewFolder.open(review).review().getReviewers().size(), "a refused --add changes nothing");
    }

    @Test
    void importAddsABatchOfReferencesThatKeepsEveryField() throws IOException {
        Path review = temp.resolve("searches");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Searches", "--reviewer", "ab:Reviewer A"));
        Path ris = temp.resolve("embase export.ris");
        Files.writeString(ris, "\uFEFF1.\r\nTY  - JOUR\r\nAU  - Li, Y.\r\nTI  - Radiotherapy plus anti-PD1 versus TACE plus sorafenib\r\n"
                + "PY  - 2022\r\nDO  - 10.1186/s13014-022-02079-8\r\nM3  - custom\r\nER  - \r\n\r\n2.\r\nTY  - JOUR\r\nTI  - Second\r\n");
        assertEquals(Cli.FINDINGS, run("import", review.toString(), ris.toString(), "--source", "Embase", "--reviewer", "ab"),
                "a record cut off at the end is a finding");
        String messages = printed.err();
        assertTrue(messages.contains("problem: embase export.ris:11: the file ends inside this record"), messages);
        assertTrue(messages.contains("Imported 2 RIS record(s) from embase export.ris as batch batch-embase-export"), messages);
        ReviewFolder folder = ReviewFolder.open(review);
        assertEquals(List.of(), folder.problems());
        assertEquals(2, folder.review().getReferences().size());
        org.appraise.model.Reference first = folder.review().getReferences().get(0);
        assertEquals("10.1186/s13014-022-02079-8", first.getDoi());
        assertEquals("Embase", first.getSourceDatabase());
        assertEquals("M3", first.getFields().get(5).getTag(), "unknown tags are kept");
        assertEquals("ab", first.getBatch().getImportedBy().getId());
        assertEquals(2, first.getBatch().getRecordCount());
        assertTrue(Files.exists(review.resolve("references/batch-embase-export.json")));

        Path letter = temp.resolve("letter.txt");
        Files.writeString(letter, "Dear colleague,\nplease find the search results attached.\n");
        assertEquals(Cli.ERROR, run("import", review.toString(), letter.toString()));
        assertTrue(printed.err().contains("not a format Appraise reads yet"));

        // a file named as a format it is not, or empty, imports nothing and says so (exit 1), no empty batch made
        assertEquals(Cli.FINDINGS, run("import", review.toString(), letter.toString(), "--format", "ris"));
        assertTrue(printed.err().contains("letter.txt: no record read as RIS"), printed.err());
        assertFalse(Files.exists(review.resolve("references/batch-letter.json")));
        Path odd = temp.resolve("odd.csv");
        Files.writeString(odd, "Nom,Annee\nSorafenib,2008\n");
        assertEquals(Cli.ERROR, run("import", review.toString(), odd.toString(), "--format", "csv"));
        assertTrue(printed.err().contains("(columns: Nom, Annee)"), printed.err());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static void number(Row row, int column, Value value, String at) {
        Cell cell = row.getCell(column);
        if (value == null || value.getNumber() == null) {
            assertTrue(cell == null, at + " column " + column + " should be empty");
            return;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType(), at + " column " + column);
        assertEquals(0, value.getNumber().compareTo(BigDecimal.valueOf(cell.getNumericCellValue())), at + " column " + column);
        String format = cell.getCellStyle().getDataFormatString();
        int decimals = format.contains(".") ? format.length() - format.indexOf('.') - 1 : 0;
        assertEquals(Math.max(0, value.getNumber().scale()), decimals, at + " shows the recorded precision");
    }
}
