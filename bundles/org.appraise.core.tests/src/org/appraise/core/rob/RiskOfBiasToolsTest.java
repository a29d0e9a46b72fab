package org.appraise.core.rob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped tool definitions, run exhaustively: every complete set of answers to every domain of every tool
 * (under each preliminary answer) gets exactly one proposal, every rule is reachable, every combination of
 * domain judgements gets exactly one overall proposal; and each algorithm agrees, on every path, with an
 * oracle written here independently from the published flowcharts and tables.
 */
class RiskOfBiasToolsTest {

    private static final RiskOfBiasTools TOOLS = RiskOfBiasTools.builtIn();

    @Test
    void theToolOfferedFirstIsTheOneMadeForTheStudysDesign() {
        Function<org.appraise.model.StudyDesign, String> first = d -> TOOLS.madeFor(d, true).map(RiskOfBiasTool::id).orElse("none");
        assertEquals("rob2", first.apply(org.appraise.model.StudyDesign.RANDOMISED_TRIAL));
        assertEquals("robins-i-2016", first.apply(org.appraise.model.StudyDesign.RETROSPECTIVE_COHORT), "a cohort is never offered RoB 2");
        assertEquals("nos-cohort", TOOLS.madeFor(org.appraise.model.StudyDesign.PROSPECTIVE_COHORT, false).orElseThrow().id(),
                "a cohort with no results to assess: the whole-study scale");
        assertEquals("nos-case-control", first.apply(org.appraise.model.StudyDesign.CASE_CONTROL));
        assertEquals("quadas-2", first.apply(org.appraise.model.StudyDesign.DIAGNOSTIC_ACCURACY));
        assertEquals("none", first.apply(org.appraise.model.StudyDesign.UNSPECIFIED), "no design yet: nothing is guessed");
    }

    @Test
    void shipsTheToolsTheIssueNames() {
        assertEquals(List.of("rob2", "robins-i-2016", "nos-cohort", "nos-case-control", "quadas-2"),
                TOOLS.all().stream().map(RiskOfBiasTool::id).toList());
        for (RiskOfBiasTool tool : TOOLS.all()) {
            assertFalse(tool.source().isBlank(), tool.id() + " names its source");
            assertFalse(tool.version().isBlank(), tool.id() + " has a version");
        }
        assertEquals(List.of("D1", "D2", "D3", "D4", "D5"), tool("rob2").captions());
        assertEquals(7, tool("robins-i-2016").domains().size());
        assertEquals(4, tool("nos-cohort").domain("S").orElseThrow().maxStars());
        assertEquals(2, tool("nos-cohort").domain("C").orElseThrow().maxStars());
        assertEquals(3, tool("nos-case-control").domain("E").orElseThrow().maxStars());
        assertEquals(List.of("Patient selection", "Index test", "Reference standard", "Flow and timing"),
                tool("quadas-2").captions());
    }

    static Stream<Arguments> domainsWithAnAlgorithm() {
        return TOOLS.all().stream().flatMap(tool -> tool.domains().stream().filter(ToolDomain::hasAlgorithm)
                .map(domain -> Arguments.of(tool.id(), domain.id())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("domainsWithAnAlgorithm")
    void everyCompleteSetOfAnswersGetsExactlyOneProposalAndEveryRuleIsReachable(String toolId, String domainId) {
        RiskOfBiasTool tool = tool(toolId);
        ToolDomain domain = tool.domain(domainId).orElseThrow();
        JudgementProposal proposal = new JudgementProposal(tool);
        Set<String> fired = new TreeSet<>();
        int[] paths = { 0 };
        for (Map<String, String> preliminary : preliminaryAnswers(tool)) {
            if (!proposal.propose(preliminary, Map.of()).domain(domainId).applies()) {
                continue;
            }
            enumerate(proposal, domain.questions(), 0, new LinkedHashMap<>(preliminary), answers -> {
                paths[0]++;
                List<JudgementRule> holding = proposal.holdingRules(domain, answers);
                if (domain.partialAlgorithm()) {
                    assertTrue(holding.size() <= 1, () -> "at most one rule for " + answers + ": " + holding);
                } else {
                    assertEquals(1, holding.size(), () -> "exactly one rule for " + answers + ", got " + holding);
                }
                Proposal.DomainProposal result = proposal.propose(answers, Map.of()).domain(domainId);
                assertEquals(holding.stream().findFirst().map(JudgementRule::level), result.level());
                assertTrue(result.unanswered().isEmpty());
                holding.forEach(rule -> fired.add(rule.whenText()));
            });
        }
        assertTrue(paths[0] > 0);
        for (JudgementRule rule : domain.rules()) {
            assertTrue(fired.contains(rule.whenText()), () -> "rule never holds: " + rule.whenText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toolIds")
    void everyCombinationOfDomainJudgementsGetsExactlyOneOverallProposal(String toolId) {
        RiskOfBiasTool tool = tool(toolId);
        JudgementProposal proposal = new JudgementProposal(tool);
        List<ToolDomain> counted = tool.domains().stream().filter(ToolDomain::inOverall).toList();
        Set<String> fired = new TreeSet<>();
        boolean stars = counted.stream().allMatch(ToolDomain::starScored);
        if (stars) {
            combinations(counted.stream().map(d -> range(d.maxStars())).toList(), combination -> {
                Map<String, Integer> byDomain = new HashMap<>();
                for (int i = 0; i < counted.size(); i++) {
                    byDomain.put(counted.get(i).id(), Integer.valueOf(combination.get(i)));
                }
                List<JudgementRule> holding = proposal.holdingOverallRules(List.of(), byDomain);
                assertEquals(1, holding.size(), () -> "exactly one overall rule for stars " + byDomain);
                assertEquals(nosOverall(byDomain, counted), holding.get(0).level(), () -> "stars " + byDomain);
                fired.add(holding.get(0).whenText());
            });
        } else {
            int domains = (int) counted.stream().map(ToolDomain::caption).distinct().count();
            List<List<String>> levels = new ArrayList<>();
            for (int i = 0; i < domains; i++) {
                levels.add(tool.levels().stream().map(JudgementLevel::id).toList());
            }
            combinations(levels, judgements -> {
                List<JudgementRule> holding = proposal.holdingOverallRules(judgements, Map.of());
                assertEquals(1, holding.size(), () -> "exactly one overall rule for " + judgements + ": " + holding);
                assertEquals(worstOverall(tool, judgements), holding.get(0).level(), () -> "judgements " + judgements);
                fired.add(holding.get(0).whenText());
            });
        }
        for (JudgementRule rule : tool.overall()) {
            assertTrue(fired.contains(rule.whenText()), () -> "overall rule never holds: " + rule.whenText());
        }
    }

    static Stream<String> toolIds() {
        return TOOLS.all().stream().map(RiskOfBiasTool::id);
    }

    /** The oracles below are written from the RoB 2 flowcharts (guidance of 22 August 2019), not from the data. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "D1", "D2a", "D2b", "D3", "D4", "D5" })
    void rob2AgreesWithTheFlowchartsOnEveryPath(String domainId) {
        RiskOfBiasTool tool = tool("rob2");
        ToolDomain domain = tool.domain(domainId).orElseThrow();
        JudgementProposal proposal = new JudgementProposal(tool);
        Map<String, Function<Map<String, String>, String>> oracles = Map.of("D1", RiskOfBiasToolsTest::rob2D1, "D2a",
                RiskOfBiasToolsTest::rob2D2Assignment, "D2b", RiskOfBiasToolsTest::rob2D2Adherence, "D3",
                RiskOfBiasToolsTest::rob2D3, "D4", RiskOfBiasToolsTest::rob2D4, "D5", RiskOfBiasToolsTest::rob2D5);
        Map<String, String> start = new LinkedHashMap<>(Map.of("effect", domainId.equals("D2b") ? "adherence" : "assignment"));
        int[] paths = { 0 };
        enumerate(proposal, domain.questions(), 0, start, answers -> {
            paths[0]++;
            String expected = oracles.get(domainId).apply(answers);
            assertEquals(expected, proposal.propose(answers, Map.of()).domain(domainId).level().orElse(null),
                    () -> domainId + " " + answers);
        });
        // The number of distinct answer paths through each flowchart, counted by hand from the published figures:
        // D1 and D5: 5 x 5 x 5. D2 (assignment): part 1 = 4 unaware + 21 aware x (3 + 2 x (2 + 3 x 5)) = 781,
        // part 2 = 2 + 3 x 5 = 17, so 781 x 17. D3: 2 + 3 x (2 + 2 x (2 + 3 x 5)). D4: 16 + 9 x (2 + 3 x (2 + 3 x 5)).
        Map<String, Integer> expectedPaths = Map.of("D1", 125, "D2a", 781 * 17, "D2b", pathsD2b(), "D3", 110, "D4", 493,
                "D5", 125);
        assertEquals(expectedPaths.get(domainId), paths[0]);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // worked paths from the RoB 2 guidance, answers as question=answer
            "D1 | 1.1=Y 1.2=Y 1.3=N | low",
            "D1 | 1.1=NI 1.2=PY 1.3=NI | low",
            "D1 | 1.1=N 1.2=Y 1.3=N | some",
            "D1 | 1.1=Y 1.2=NI 1.3=N | some",
            "D1 | 1.1=Y 1.2=NI 1.3=Y | high",
            "D1 | 1.1=Y 1.2=N 1.3=N | high",
            "D2a | effect=assignment 2.1=N 2.2=N 2.6=Y | low",
            "D2a | effect=assignment 2.1=Y 2.2=Y 2.3=NI 2.6=Y | some",
            "D2a | effect=assignment 2.1=Y 2.2=Y 2.3=Y 2.4=Y 2.5=N 2.6=Y | high",
            "D2a | effect=assignment 2.1=N 2.2=N 2.6=N 2.7=N | some",
            "D2a | effect=assignment 2.1=N 2.2=N 2.6=N 2.7=Y | high",
            "D2b | effect=adherence 2b.1=N 2b.2=N 2b.4=N 2b.5=NA | low",
            "D2b | effect=adherence 2b.1=Y 2b.2=N 2b.3=N 2b.4=N 2b.5=N 2b.6=Y | some",
            "D2b | effect=adherence 2b.1=N 2b.2=N 2b.4=N 2b.5=Y 2b.6=NI | high",
            "D3 | 3.1=Y | low",
            "D3 | 3.1=N 3.2=N 3.3=PN | low",
            "D3 | 3.1=N 3.2=N 3.3=Y 3.4=N | some",
            "D3 | 3.1=NI 3.2=PN 3.3=NI 3.4=NI | high",
            "D4 | 4.1=Y 4.2=N | high",
            "D4 | 4.1=N 4.2=N 4.3=Y 4.4=Y 4.5=PN | some",
            "D4 | 4.1=N 4.2=NI 4.3=N | some",
            "D4 | 4.1=NI 4.2=N 4.3=N | low",
            "D5 | 5.1=Y 5.2=N 5.3=N | low",
            "D5 | 5.1=NI 5.2=N 5.3=N | some",
            "D5 | 5.1=Y 5.2=N 5.3=PY | high" })
    void rob2WorkedPaths(String domainId, String answers, String expected) {
        Map<String, String> map = new HashMap<>();
        for (String pair : answers.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            map.put(parts[0], parts[1]);
        }
        map.putIfAbsent("effect", "assignment");
        assertEquals(expected, new JudgementProposal(tool("rob2")).propose(map, Map.of()).domain(domainId).level().orElseThrow());
    }

    @Test
    void theOverallJudgementUsesTheAssessorsDomainJudgementsWhereGiven() {
        RiskOfBiasTool tool = tool("rob2");
        Map<String, String> answers = new HashMap<>(Map.of("effect", "assignment", "1.1", "Y", "1.2", "Y", "1.3", "N",
                "2.1", "N", "2.2", "N", "2.6", "Y", "3.1", "Y", "4.1", "N", "4.2", "N"));
        answers.putAll(Map.of("4.3", "N", "5.1", "Y", "5.2", "N", "5.3", "N"));
        JudgementProposal proposal = new JudgementProposal(tool);
        assertEquals("low", proposal.propose(answers, Map.of()).overall().orElseThrow());
        assertEquals("high", proposal.propose(answers, Map.of("D3", "high")).overall().orElseThrow());
        answers.remove("effect");
        Proposal withoutEffect = proposal.propose(answers, Map.of());
        assertTrue(withoutEffect.overall().isEmpty());
        assertTrue(withoutEffect.missingForOverall().contains("effect"));
    }

    @Test
    void robinsI2016LeavesDomainsToTheAssessorButProposesLowWithoutPotentialForConfounding() {
        RiskOfBiasTool tool = tool("robins-i-2016");
        JudgementProposal proposal = new JudgementProposal(tool);
        assertEquals("low", proposal.propose(Map.of("1.1", "N"), Map.of()).domain("D1").level().orElseThrow());
        Proposal yes = proposal.propose(Map.of("1.1", "Y", "1.2", "N", "1.4", "Y", "1.5", "Y", "1.6", "N"), Map.of());
        assertTrue(yes.domain("D1").level().isEmpty());
        assertTrue(yes.domain("D1").unanswered().isEmpty());
        assertEquals("NA", yes.effectiveAnswers().get("1.7"));
        assertTrue(proposal.propose(Map.of(), Map.of()).domain("D3").level().isEmpty());
        Map<String, String> judged = Map.of("D1", "moderate", "D2", "low", "D3", "low", "D4", "low", "D5", "ni",
                "D6", "low", "D7", "moderate");
        assertEquals("ni", proposal.propose(Map.of("effect", "assignment"), judged).overall().orElseThrow());
    }

    @Test
    void newcastleOttawaCountsStarsPerDomain() {
        RiskOfBiasTool tool = tool("nos-cohort");
        Map<String, String> answers = Map.of("S1", "b", "S2", "a", "S3", "a", "S4", "b", "C1", "a", "C2", "b", "O1", "b",
                "O2", "a", "O3", "c");
        Proposal proposal = new JudgementProposal(tool).propose(answers, Map.of());
        assertEquals(3, proposal.domain("S").stars());
        assertEquals(1, proposal.domain("C").stars());
        assertEquals(2, proposal.domain("O").stars());
        assertEquals("good", proposal.domain("S").level().orElseThrow());
        assertEquals("good", proposal.overall().orElseThrow());
        Proposal incomplete = new JudgementProposal(tool).propose(Map.of("S1", "a"), Map.of());
        assertTrue(incomplete.overall().isEmpty());
        assertEquals(List.of("S2", "S3", "S4"), incomplete.domain("S").unanswered());
    }

    @Test
    void quadasApplicabilityStaysOutOfTheOverallJudgement() {
        RiskOfBiasTool tool = tool("quadas-2");
        Map<String, String> answers = new HashMap<>(Map.of("1.1", "Y", "1.2", "Y", "1.3", "Y", "2.1", "Y", "2.2", "Y",
                "3.1", "Y", "3.2", "Y", "4.1", "Y", "4.2", "Y", "4.3", "Y"));
        answers.putAll(Map.of("4.4", "Y", "A1.1", "H", "A2.1", "L", "A3.1", "U"));
        Proposal proposal = new JudgementProposal(tool).propose(answers, Map.of());
        assertEquals("low", proposal.overall().orElseThrow());
        assertEquals("high", proposal.domain("A1").level().orElseThrow());
        answers.put("4.2", "U");
        assertEquals("unclear", new JudgementProposal(tool).propose(answers, Map.of()).overall().orElseThrow());
        answers.put("2.1", "N");
        assertEquals("high", new JudgementProposal(tool).propose(answers, Map.of()).overall().orElseThrow());
    }

    @Test
    void aBrokenDefinitionIsRefusedNamingFileAndPlace() {
        String unknownLevel = """
                {"appraise":"risk-of-bias-tool","id":"x","version":"1","name":"X","shortName":"X","source":"s","assesses":"study",
                 "levels":[{"id":"low","label":"Low","tone":"low","symbol":"+"}],
                 "answerSets":{"YN":[{"code":"Y","label":"Yes"}]},
                 "domains":[{"id":"D1","name":"One","questions":[{"id":"1.1","answers":"YN","text":"q"}],
                   "rules":[{"level":"severe","when":"1.1 is Y"}]}],
                 "overall":[]}""";
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> read("x.json", unknownLevel));
        assertEquals("x.json: domain D1: rule proposes unknown level severe", level.getMessage());
        String badCondition = unknownLevel.replace("\"severe\",\"when\":\"1.1 is Y\"", "\"low\",\"when\":\"1.1 is Y and (9.9 is N\"");
        IllegalArgumentException condition = assertThrows(IllegalArgumentException.class, () -> read("y.json", badCondition));
        assertTrue(condition.getMessage().startsWith("y.json: domain D1: "), condition.getMessage());
        String unknownQuestion = unknownLevel.replace("\"severe\",\"when\":\"1.1 is Y\"", "\"low\",\"when\":\"9.9 is Y\"");
        IllegalArgumentException question = assertThrows(IllegalArgumentException.class, () -> read("z.json", unknownQuestion));
        assertEquals("z.json: domain D1: condition names unknown question or domain 9.9", question.getMessage());
    }

    // ---- oracles, written from the published flowcharts ----

    private static String rob2D1(Map<String, String> a) {
        String concealed = a.get("1.2");
        if (in(concealed, "Y", "PY")) {
            return in(a.get("1.1"), "Y", "PY", "NI") && in(a.get("1.3"), "N", "PN", "NI") ? "low" : "some";
        }
        if (in(concealed, "N", "PN")) {
            return "high";
        }
        return in(a.get("1.3"), "Y", "PY") ? "high" : "some";
    }

    private static String rob2D2Assignment(Map<String, String> a) {
        String part1;
        if (in(a.get("2.1"), "N", "PN") && in(a.get("2.2"), "N", "PN")) {
            part1 = "low";
        } else if (in(a.get("2.3"), "N", "PN")) {
            part1 = "low";
        } else if (in(a.get("2.3"), "NI")) {
            part1 = "some";
        } else if (in(a.get("2.4"), "N", "PN")) {
            part1 = "some";
        } else {
            part1 = in(a.get("2.5"), "Y", "PY") ? "some" : "high";
        }
        String part2;
        if (in(a.get("2.6"), "Y", "PY")) {
            part2 = "low";
        } else {
            part2 = in(a.get("2.7"), "N", "PN") ? "some" : "high";
        }
        return worst(part1, part2);
    }

    private static String rob2D2Adherence(Map<String, String> a) {
        boolean aware = !(in(a.get("2b.1"), "N", "PN") && in(a.get("2b.2"), "N", "PN"));
        boolean balanced = !aware || in(a.get("2b.3"), "Y", "PY", "NA");
        boolean noProblems = in(a.get("2b.4"), "N", "PN", "NA") && in(a.get("2b.5"), "N", "PN", "NA");
        if (balanced && noProblems) {
            return "low";
        }
        return in(a.get("2b.6"), "Y", "PY") ? "some" : "high";
    }

    private static String rob2D3(Map<String, String> a) {
        if (in(a.get("3.1"), "Y", "PY") || in(a.get("3.2"), "Y", "PY") || in(a.get("3.3"), "N", "PN")) {
            return "low";
        }
        return in(a.get("3.4"), "N", "PN") ? "some" : "high";
    }

    private static String rob2D4(Map<String, String> a) {
        if (in(a.get("4.1"), "Y", "PY") || in(a.get("4.2"), "Y", "PY")) {
            return "high";
        }
        boolean differenceUnknown = in(a.get("4.2"), "NI");
        if (in(a.get("4.3"), "N", "PN") || in(a.get("4.4"), "N", "PN")) {
            return differenceUnknown ? "some" : "low";
        }
        return in(a.get("4.5"), "N", "PN") ? "some" : "high";
    }

    private static String rob2D5(Map<String, String> a) {
        if (in(a.get("5.2"), "Y", "PY") || in(a.get("5.3"), "Y", "PY")) {
            return "high";
        }
        return in(a.get("5.1"), "Y", "PY") && in(a.get("5.2"), "N", "PN") && in(a.get("5.3"), "N", "PN") ? "low" : "some";
    }

    private static int pathsD2b() {
        int notAware = 4;
        int aware = 25 - notAware;
        int count = 0;
        for (int awareness = 0; awareness < 2; awareness++) {
            int people = awareness == 0 ? notAware : aware;
            // 2.3 not asked (NA) when not aware; else 6 answers (NA/Y/PY/PN/N/NI)
            for (String a3 : awareness == 0 ? List.of("NA") : List.of("NA", "Y", "PY", "PN", "N", "NI")) {
                for (String a4 : List.of("NA", "Y", "PY", "PN", "N", "NI")) {
                    for (String a5 : List.of("NA", "Y", "PY", "PN", "N", "NI")) {
                        boolean asks6 = in(a3, "N", "PN", "NI") || in(a4, "Y", "PY", "NI") || in(a5, "Y", "PY", "NI");
                        count += people * (asks6 ? 5 : 1);
                    }
                }
            }
        }
        return count;
    }

    private static String worst(String a, String b) {
        List<String> order = List.of("low", "some", "high");
        return order.get(Math.max(order.indexOf(a), order.indexOf(b)));
    }

    /** RoB 2, QUADAS-2 and ROBINS-I overall tables, from the papers. */
    private static String worstOverall(RiskOfBiasTool tool, List<String> judgements) {
        switch (tool.id()) {
        case "robins-i-2016": {
            if (judgements.contains("critical")) {
                return "critical";
            }
            if (judgements.contains("serious")) {
                return "serious";
            }
            if (judgements.contains("ni")) {
                return "ni";
            }
            return judgements.contains("moderate") ? "moderate" : "low";
        }
        case "rob2":
            return judgements.contains("high") ? "high" : judgements.stream().allMatch("low"::equals) ? "low" : "some";
        case "quadas-2":
            return judgements.contains("high") ? "high" : judgements.stream().allMatch("low"::equals) ? "low" : "unclear";
        default:
            throw new AssertionError("no oracle for " + tool.id());
        }
    }

    /** The AHRQ conversion of Newcastle-Ottawa stars. */
    private static String nosOverall(Map<String, Integer> stars, List<ToolDomain> domains) {
        int selection = stars.get(domains.get(0).id());
        int comparability = stars.get(domains.get(1).id());
        int outcome = stars.get(domains.get(2).id());
        if (selection <= 1 || comparability == 0 || outcome <= 1) {
            return "poor";
        }
        return selection >= 3 ? "good" : "fair";
    }

    // ---- enumeration ----

    private static List<Map<String, String>> preliminaryAnswers(RiskOfBiasTool tool) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (SignallingQuestion question : tool.preliminary()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (AnswerOption option : question.answers()) {
                    Map<String, String> extended = new LinkedHashMap<>(partial);
                    extended.put(question.id(), option.code());
                    next.add(extended);
                }
            }
            all = next;
        }
        return all;
    }

    /** Every complete set of answers to the questions from index i on, following the tool's routing. */
    private static void enumerate(JudgementProposal proposal, List<SignallingQuestion> questions, int i,
            Map<String, String> answers, Consumer<Map<String, String>> each) {
        if (i == questions.size()) {
            each.accept(new HashMap<>(answers));
            return;
        }
        SignallingQuestion question = questions.get(i);
        if (JudgementProposal.NOT_ASKED.equals(proposal.effectiveAnswers(answers).get(question.id()))) {
            enumerate(proposal, questions, i + 1, answers, each);
            return;
        }
        for (AnswerOption option : question.answers()) {
            answers.put(question.id(), option.code());
            enumerate(proposal, questions, i + 1, answers, each);
            answers.remove(question.id());
        }
    }

    private static void combinations(List<List<String>> choices, Consumer<List<String>> each) {
        combine(choices, 0, new ArrayList<>(), each);
    }

    private static void combine(List<List<String>> choices, int i, List<String> current, Consumer<List<String>> each) {
        if (i == choices.size()) {
            each.accept(List.copyOf(current));
            return;
        }
        for (String choice : choices.get(i)) {
            current.add(choice);
            combine(choices, i + 1, current, each);
            current.remove(current.size() - 1);
        }
    }

    private static List<String> range(int max) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            values.add(Integer.toString(i));
        }
        return values;
    }

    private static boolean in(String value, String... codes) {
        return value != null && List.of(codes).contains(value);
    }

    private static RiskOfBiasTool tool(String id) {
        return TOOLS.find(id).orElseThrow();
    }

    private static RiskOfBiasTool read(String file, String json) throws Exception {
        return RiskOfBiasTools.read(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
