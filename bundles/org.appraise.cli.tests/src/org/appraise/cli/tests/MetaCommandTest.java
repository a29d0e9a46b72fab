package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.appraise.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code appraise meta --data}: the BCG trials pooled as metafor pools them, and a table with a bad row said. */
final class MetaCommandTest {

    static final Path BCG = Path.of(System.getProperty("appraise.repo", "../.."), "bundles/org.appraise.cli.tests/data/bcg.csv");

    @TempDir
    Path temp;

    private final PrintedRun printed = new PrintedRun();

    private int run(String... args) {
        return printed.fresh(args);
    }

    private static void near(double expected, JsonNode actual) {
        assertEquals(expected, actual.asDouble(), 1e-8 * Math.abs(expected), actual.toString());
    }

    @Test
    void theBcgTrialsPooledWithRemlAndMantelHaenszelEqualMetafor() throws IOException {
        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--method", "REML", "--json"), printed.err());
        JsonNode pooled = new ObjectMapper().readTree(printed.out()).get("pooled");
        near(0.4894209398, pooled.get("estimate"));
        near(0.3440743061, pooled.get("lower"));
        near(0.6961660667, pooled.get("upper"));
        near(0.3132432581, pooled.get("tau2"));
        near(92.2213845213, pooled.get("I2"));
        near(152.2330080824, pooled.get("Q"));
        near(7.05425810164e-05, pooled.get("p"));
        near(0.1546343134, pooled.get("piLower"));
        near(1.5490278391, pooled.get("piUpper"));
        assertEquals(13, pooled.get("k").asInt());

        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "or", "--method", "mh", "--json"));
        pooled = new ObjectMapper().readTree(printed.out()).get("pooled");
        near(0.6228740246, pooled.get("estimate"));
        near(0.5747703225, pooled.get("lower"));
        near(0.6750036237, pooled.get("upper"));
        near(163.9425795692, pooled.get("Q"));

        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR"));
        String text = printed.out();
        assertTrue(text.contains("Pooled (13)") && text.contains("0.489 [0.344, 0.696]") && text.contains("I^2 = 92.2%"), text);
    }

    @Test
    void theForestPlotShowsEveryStudyTheDiamondAndTheHeterogeneity() throws IOException {
        Path figures = Path.of("target/figures");
        Files.createDirectories(figures);
        for (String file : List.of("forest-bcg.svg", "forest-bcg.png", "forest-bcg.pdf")) {
            assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--knha", "--forest", figures.resolve(file).toString(),
                    "--experimental", "Vaccinated", "--control", "Not vaccinated", "--favours", "Favours vaccine,Favours no vaccine"),
                    printed.err());
        }
        String svg = Files.readString(figures.resolve("forest-bcg.svg"));
        for (String text : List.of("Aronson 1948", "Comstock &amp; Webster 1969", "Vaccinated", "Not vaccinated", "Favours vaccine",
                "Total (95% CI)", "0.49 [0.33, 0.73]", "Heterogeneity: Tau\u00B2 = 0.31", "I\u00B2 = 92%", "Test for overall effect: T = 3.95, df = 12",
                "Prediction interval", "<polygon")) {
            assertTrue(svg.contains(text), text + " in the forest plot");
        }
        assertEquals(Cli.ERROR, run("meta", "--data", BCG.toString(), "--measure", "RR", "--forest", "forest.gif"));
    }

    @Test
    void theSideALowerEffectFavoursIsSaidOrNoSideIsFavoured() throws IOException {
        Path figures = Path.of("target/figures");
        Files.createDirectories(figures);
        Path svg = figures.resolve("forest-bcg-sides.svg");
        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--forest", svg.toString(), "--experimental", "Vaccinated",
                "--control", "Not vaccinated", "--lower-favours", "experimental"), printed.err());
        assertTrue(Files.readString(svg).contains("text-anchor=\"end\" fill=\"#000000\">Favours [vaccinated]</text>"), "left of the line");
        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--forest", svg.toString(), "--experimental", "Vaccinated",
                "--control", "Not vaccinated"));
        String unstated = Files.readString(svg);
        assertTrue(unstated.contains(">Lower with [vaccinated]</text>") && unstated.contains(">Higher with [vaccinated]</text>")
                && !unstated.contains("Favours"), "no side favoured when none is stated");
        assertEquals(Cli.ERROR, run("meta", "--data", BCG.toString(), "--measure", "RR", "--forest", svg.toString(), "--lower-favours", "left"));
        assertTrue(printed.err().contains("--lower-favours takes experimental or control, not left"), printed.err());
    }

    @Test
    void leaveOneOutSubgroupsEggerAndTheFunnelPlotFromTheCommandLine() throws IOException {
        Path funnel = Path.of("target/figures/funnel-bcg.svg");
        Files.createDirectories(funnel.getParent());
        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--leave-one-out", "--subgroups", "--json", "--funnel",
                funnel.toString(), "--forest", "target/figures/forest-bcg-plain.png"), printed.err());
        JsonNode root = new ObjectMapper().readTree(printed.out());
        assertEquals("Aronson 1948", root.get("leaveOneOut").get(0).get("omitted").asText());
        near(0.4930800304, root.get("leaveOneOut").get(0).get("estimate"));
        near(0.4516861926, root.get("leaveOneOut").get(7).get("estimate"));
        near(1.86144494615, root.get("subgroups").get("test").get("Q"));
        assertEquals(2, root.get("subgroups").get("test").get("df").asInt());
        near(-1.4012820023, root.get("egger").get("t"));
        near(0.1887069951, root.get("egger").get("p"));
        String svg = Files.readString(funnel);
        assertTrue(svg.contains("Egger&apos;s test: t = -1.40, df = 11, p = 0.189") || svg.contains("Egger's test: t = -1.40, df = 11, p = 0.189"), svg);
        assertEquals(13, svg.split("<circle").length - 1, "a point per trial");

        assertEquals(Cli.OK, run("meta", "--data", BCG.toString(), "--measure", "RR", "--subgroups"));
        assertTrue(printed.out().contains("Test for subgroup differences: Q = 1.86, df = 2, p = 0.3943"),
                printed.out());
    }

    /**
     * The sample review's objective and disease control responses pooled from its extractions: one row per study chosen
     * by preference (mRECIST where a study reports it, the population after matching where it reports one), each
     * study's source said, and the pooled risk ratio equal to metafor's on the same counts (Li 2022 21/37 vs 13/41,
     * Liu 2021 6/34 vs 0/34 with 1/2 added, TVGH 13/58 vs 9/42).
     */
    @Test
    void theSampleReviewsOutcomesPooledFromItsExtractions() throws IOException {
        String[][] analyses = { { "orr", "1.5671258202", "0.955934612294", "2.56909134239", "0.0307639468252", "13.1133644246" },
                { "dcr", "1.42418248158", "0.938604559665", "2.16096940927", "0.0970805050742", "71.9421579824" } };
        for (String[] a : analyses) {
            assertEquals(Cli.OK, run("meta", CliTest.SAMPLE.toString(), "--outcome", a[0], "--measure", "RR", "--criteria", "mRECIST", "--population",
                    "after", "--json"), printed.err());
            JsonNode root = new ObjectMapper().readTree(printed.out());
            JsonNode pooled = root.get("pooled");
            for (int i = 0; i < 5; i++) {
                near(Double.parseDouble(a[i + 1]), pooled.get(new String[] { "estimate", "lower", "upper", "tau2", "I2" }[i]));
            }
            assertEquals(3, root.get("studies").size());
            String said = printed.err();
            assertTrue(said.contains("Liu 2021 (camrelizumab + sorafenib vs sorafenib): liu-2021--ab, mRECIST, after PSM; experimental from arm order"),
                    said);
            assertTrue(said.contains("tvgh-2016--ab, unspecified, after matching; experimental from the extraction's hazard ratio"), said);
        }
        assertTrue(saidAfter(run("meta", CliTest.SAMPLE.toString(), "--outcome", "orr", "--measure", "RR")).contains(
                "Liu 2021 (camrelizumab + sorafenib vs sorafenib) left out: 2 rows of outcome orr (mRECIST, before PSM; mRECIST, after PSM)"),
                "without a choice, a study with two rows is left out, never picked");
        assertEquals(Cli.FINDINGS, run("meta", CliTest.SAMPLE.toString(), "--outcome", "os", "--measure", "GIV_RATIO", "--population", "after"));
        assertTrue(printed.err().contains("Liu 2021 (camrelizumab + sorafenib vs sorafenib) left out: no hazard ratio row of outcome os"),
                printed.err());
    }

    @Test
    void anAnalysisSavedInTheReviewRunsAgainAndLeavesAStudyOutWithItsReason() throws IOException {
        Path review = temp.resolve("sample");
        FolderCopy.copy(CliTest.SAMPLE, review);
        assertEquals(Cli.OK, run("meta", review.toString(), "--outcome", "orr", "--measure", "RR", "--criteria", "mRECIST", "--population", "after",
                "--save-as", "orr-rr", "--name", "Objective response, mRECIST", "--experimental", "Combination", "--control", "Comparator"));
        assertTrue(printed.err().contains("Saved analysis orr-rr in analyses/orr-rr.json"), printed.err());
        String json = Files.readString(review.resolve("analyses/orr-rr.json"));
        assertTrue(json.contains("\"appraise\": \"analysis\"") && json.contains("\"outcome\": \"orr\"") && json.contains("\"measure\": \"RR\""), json);

        assertEquals(Cli.OK, run("meta", review.toString(), "--analysis", "orr-rr", "--json"), printed.err());
        near(1.5671258202, new ObjectMapper().readTree(printed.out()).get("pooled").get("estimate"));

        assertEquals(Cli.OK, run("meta", review.toString(), "--analysis", "orr-rr", "--exclude", "liu-2021", "--reason", "no response in the control arm",
                "--json"), printed.err());
        assertTrue(printed.err().contains("Liu 2021 (camrelizumab + sorafenib vs sorafenib) left out by the reviewers: "
                + "no response in the control arm"), printed.err());
        assertEquals(2, new ObjectMapper().readTree(printed.out()).get("pooled").get("k").asInt());
        var reopened = org.appraise.io.json.ReviewFolder.open(review);
        assertEquals(List.of(), reopened.problems());
        var saved = reopened.review().getAnalyses().stream().filter(a -> a.getId().equals("orr-rr")).findFirst().orElseThrow();
        assertEquals("liu-2021", saved.getExclusions().get(0).getStudy().getId(), "the exclusion names its study, resolved on load");
        assertEquals("Combination", saved.getExperimentalName());

        assertEquals(Cli.ERROR, run("meta", review.toString(), "--analysis", "nope"));
        assertTrue(printed.err().contains("no analysis 'nope' in the review (dcr-rr, orr-rr, orr-rr-rob, os-hr, pfs-hr)"), printed.err());
        assertEquals(Cli.ERROR, run("meta", review.toString(), "--outcome", "orr", "--measure", "RR", "--save-as", "orr"));
        assertTrue(printed.err().contains("the id orr is taken by a outcomedefinition"), printed.err());
    }

    /** The forest plots shipped with the sample are the ones its saved analyses draw today (figures.sh writes them). */
    @Test
    void theSampleForestPlotsAreWhatItsAnalysesDrawToday() throws IOException {
        for (String id : List.of("orr-rr", "orr-rr-rob", "dcr-rr", "pfs-hr", "os-hr")) {
            Path svg = temp.resolve(id + ".svg");
            int code = run("meta", CliTest.SAMPLE.toString(), "--analysis", id, "--forest", svg.toString());
            assertTrue(code == Cli.OK || code == Cli.FINDINGS, printed.err());
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(CliTest.SAMPLE.resolve("figures/forest-" + id + ".svg")),
                    Files.readAllBytes(svg), id + ": run samples/hcc-pd1-combination/figures.sh after changing the forest plot");
        }
    }

    /**
     * The reviewers state which arms a study compares: TVGH's hazard ratio, reported as combination versus anti-PD-1
     * alone, read the other way round is inverted (1/HR, its interval swapped) and says so; the statement is saved with
     * the analysis, its arms resolved when the review is opened again; arms of another reviewer's extraction are refused.
     */
    @Test
    void armsStatedByTheReviewersAreComparedAndAHazardRatioTheOtherWayRoundIsInverted() throws IOException {
        Path review = temp.resolve("stated");
        FolderCopy.copy(CliTest.SAMPLE, review);
        // exit 1: Liu 2021 reports no hazard ratio of PFS, and is left out with that reason
        assertEquals(Cli.FINDINGS, run("meta", review.toString(), "--analysis", "pfs-hr", "--json"), printed.err());
        double before = tvgh(new ObjectMapper().readTree(printed.out())).get("effect").asDouble();
        assertEquals(Cli.FINDINGS, run("meta", review.toString(), "--analysis", "pfs-hr", "--compare", "tvgh-2016:Anti-PD-1 alone:tvgh-2016-combo",
                "--reason", "anti-PD-1 alone is the experimental arm of this sensitivity analysis", "--json"), printed.err());
        JsonNode after = tvgh(new ObjectMapper().readTree(printed.out()));
        assertEquals(1 / before, after.get("effect").asDouble(), 1e-12 / before);
        String said = printed.err();
        assertTrue(said.contains("Analysis pfs-hr compares Anti-PD-1 alone with Anti-PD-1 + sorafenib in tvgh-2016"), said);
        assertTrue(said.contains("experimental from the comparison the reviewers stated (anti-PD-1 alone is the experimental arm of this sensitivity "
                + "analysis); the paper's hazard ratio is of the control arm versus the experimental one"), said);
        assertTrue(said.contains("inverted (1/HR, 1/upper, 1/lower) to compare Anti-PD-1 alone with Anti-PD-1 + sorafenib"), said);
        var reopened = org.appraise.io.json.ReviewFolder.open(review);
        assertEquals(List.of(), reopened.problems());
        var stated = reopened.review().getAnalyses().stream().filter(a -> a.getId().equals("pfs-hr")).findFirst().orElseThrow().getComparisons().get(0);
        assertEquals("tvgh-2016-mono", stated.getExperimental().getId(), "the arm is resolved across files on load");

        assertEquals(Cli.ERROR, run("meta", review.toString(), "--analysis", "pfs-hr", "--compare", "li-2022:li-2022-cd-rt-pd1:li-2022-tace-sor",
                "--reason", "r"));
        assertTrue(printed.err().contains("no arm 'li-2022-cd-rt-pd1' in the extraction li-2022's numbers come from "
                + "(li-2022-rt-pd1 \"RT + anti-PD1\", li-2022-tace-sor \"TACE + sorafenib\")"), printed.err());
    }

    private static JsonNode tvgh(JsonNode root) {
        for (JsonNode study : root.get("studies")) {
            if (study.get("study").asText().startsWith("Taipei VGH")) {
                return study;
            }
        }
        throw new AssertionError("no TVGH row in " + root);
    }

    /**
     * Subgroups of a review's studies by what the reviewers recorded: the sample's saved analysis by Newcastle-Ottawa
     * overall judgement (Liu 2021 good; Li 2022 and TVGH poor), and an unsaved one by country (China, Taiwan); each
     * subgroup pooled apart equals the engine on those studies alone, the test for differences is Cochran's Q of the
     * subgroups' estimates, and the sensitivity analysis leaves out the studies at high risk of bias; the forest plot
     * draws each subgroup's diamond and the tool's columns. I² can be RevMan's.
     */
    @Test
    void subgroupsByRiskOfBiasAndByCountryAndTheAnalysisWithoutHighRisk() throws IOException {
        Path svg = temp.resolve("rob.svg");
        assertEquals(Cli.OK, run("meta", CliTest.SAMPLE.toString(), "--analysis", "orr-rr-rob", "--json", "--forest", svg.toString()),
                printed.err());
        JsonNode root = new ObjectMapper().readTree(printed.out());
        JsonNode groups = root.get("subgroups");
        assertEquals(List.of("NOS (cohort): Good", "NOS (cohort): Poor", "test"), iterator(groups.fieldNames()));
        assertEquals(1, groups.get("NOS (cohort): Good").get("k").asInt());
        assertEquals(2, groups.get("NOS (cohort): Poor").get("k").asInt());
        near(13.0, groups.get("NOS (cohort): Good").get("estimate"));
        assertEquals(1, groups.get("test").get("df").asInt());
        JsonNode without = root.get("withoutHighRisk");
        assertEquals(2, without.get("omitted").size());
        assertEquals(1, without.get("k").asInt());
        String drawn = Files.readString(svg);
        for (String text : List.of("NOS (cohort): Good", "NOS (cohort): Poor", "Subtotal (95% CI)", "Test for subgroup differences: Chi",
                "Risk of bias", "Selection", "Overall")) {
            assertTrue(drawn.contains(text), text + " in " + drawn);
        }

        assertEquals(Cli.OK, run("meta", CliTest.SAMPLE.toString(), "--outcome", "orr", "--measure", "RR", "--criteria", "mRECIST", "--population",
                "after", "--subgroup-by", "country", "--i2", "revman", "--json"), printed.err());
        root = new ObjectMapper().readTree(printed.out());
        assertEquals(List.of("China", "Taiwan", "test"), iterator(root.get("subgroups").fieldNames()));
        JsonNode pooled = root.get("pooled");
        double q = pooled.get("Q").asDouble();
        near(100 * (q - 2) / q, pooled.get("I2"));
        assertEquals("revman", root.get("i2Rule").asText());

        assertEquals(Cli.ERROR, run("meta", CliTest.SAMPLE.toString(), "--outcome", "orr", "--measure", "RR", "--subgroup-by", "colour"));
        assertTrue(printed.err().contains("'colour' is not a way to group studies (RISK_OF_BIAS, DESIGN, or a characteristic: "
                + "SETTING, COUNTRY"), printed.err());
    }

    private static List<String> iterator(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private String saidAfter(int exitCode) {
        return printed.err();
    }

    @Test
    void aBadRowAndAnImpossibleStudyAreSaidAndTheRestIsPooled() throws IOException {
        Path table = temp.resolve("orr.csv");
        Files.writeString(table, "Study,AI,N1I,CI,N2I\nLi 2022,13,48,6,50\nTypo,1O,40,3,40\nEmpty arm,3,0,4,40\nTvgh 2016,20,60,11,58\n");
        assertEquals(Cli.FINDINGS, run("meta", "--data", table.toString(), "--measure", "OR", "--method", "FE"));
        String said = printed.err();
        assertTrue(said.contains("orr.csv line 3, column ai: '1O' is not a number; row left out"), said);
        assertTrue(said.contains("Read 3 of the 4 rows of orr.csv"), said);
        assertTrue(said.contains("left out: Empty arm: a group has no participants (total 0)"), said);
        assertTrue(printed.out().contains("Pooled (2)"), printed.out());

        assertEquals(Cli.ERROR, run("meta", "--data", table.toString(), "--measure", "OR", "--subgroups"));
        assertTrue(printed.err().contains("--subgroups needs a subgroup column in orr.csv"), printed.err());
        assertEquals(Cli.ERROR, run("meta", "--data", table.toString(), "--measure", "MD"));
        assertTrue(printed.err().contains("needs the columns m1i, sd1i, n1i, m2i, sd2i, n2i"), printed.err());
        assertEquals(Cli.ERROR, run("meta", "--data", table.toString(), "--measure", "MD", "--method", "MH"));
        assertTrue(printed.err().contains("Mantel-Haenszel pools odds ratios"), printed.err());
        assertEquals(Cli.ERROR, run("meta", CliTest.SAMPLE.toString(), "--measure", "OR"));
        assertTrue(printed.err().contains("name the outcome and the measure (--outcome ID --measure M), or a saved analysis (--analysis ID)"), printed.err());
        assertEquals(Cli.ERROR, run("meta", CliTest.SAMPLE.toString(), "--measure", "OR", "--outcome", "response"));
        assertTrue(printed.err().contains("no outcome 'response' in the review (orr, dcr,"), printed.err());
    }
}
