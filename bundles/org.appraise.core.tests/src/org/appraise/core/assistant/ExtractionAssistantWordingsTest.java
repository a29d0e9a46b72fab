package org.appraise.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.appraise.core.ReportText;
import org.junit.jupiter.api.Test;

/**
 * The assistant on wordings written for this test, not taken from the corpus: a randomised trial's abstract whose
 * arms are named only in its prose, a tab-separated table with the criteria in its caption, and sentences that
 * must give nothing (another trial in the discussion, a percentage that is no whole count of either arm, a hazard
 * ratio with no survival outcome named).
 */
final class ExtractionAssistantWordingsTest {

    private static final String TRIAL = String.join("\n",
            "Abstract",
            "Methods: Patients were randomly assigned to nivolumab plus ipilimumab (n = 120) or sunitinib (n = 118).",
            "Results: The objective response rate was 41.7% with nivolumab plus ipilimumab versus 26.3% with sunitinib (P < 0.001).",
            "Median progression\u2011free survival was 11.6 months (95% CI, 8.7\u201315.5) with nivolumab plus ipilimumab and 8.4 months",
            "(95% CI, 7.0\u201310.8) with sunitinib (hazard ratio 0.82; 95% CI, 0.64\u20131.05; P = 0.03). Grade 3\u20134 treatment-related",
            "adverse events occurred in 46 (38.3%) patients in the nivolumab plus ipilimumab group and 74 (62.7%) patients in the",
            "sunitinib group. Complete response was seen in 9.1% versus 1.0% of patients.",
            "Quality of life scores improved (HR 0.63, 95% CI 0.44\u20130.89).",
            "",
            "Discussion",
            "In another trial, the ORR was 42% vs. 27% and the median PFS 8.2 vs. 5.4 months with sunitinib and nivolumab plus ipilimumab.",
            "");

    private static final String TABLED = String.join("\n",
            "Results",
            "",
            "Table 2 Best overall response by RECIST 1.1",
            "Response\tLenvatinib (n = 50)\tSorafenib (n = 48)\tP",
            "Objective response rate\t12 (24.0%)\t6 (12.5%)\t0.14",
            "Disease control rate\t35 (70.0%)\t28 (58.3%)\t0.22",
            "Median PFS, months (95% CI)\t7.4 (5.6\u20139.2)\t3.7 (2.8\u20134.6)\t<0.001",
            "",
            "Lenvatinib gave a longer overall survival than sorafenib (HR 0.71, 95% CI 0.52\u20130.97).",
            "",
            "Table 3 Adverse events",
            "Event\tLenvatinib (n = 50)\tSorafenib (n = 48)",
            "Hypertension\t20 (40.0%)\t10 (20.8%)",
            "Discussion",
            "In REFLECT the ORR was 24.1% versus 9.2%.",
            "");

    @Test
    void aTrialWhoseArmsAreNamedInItsProse() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(TRIAL.getBytes(StandardCharsets.UTF_8), "trial.txt"));
        assertEquals(List.of("nivolumab plus ipilimumab", "sunitinib"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        Proposal orr = only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1);
        assertEquals(0, new BigDecimal("31").compareTo(orr.part("events").number()), "26.3% of 118 is 31 and no other whole count");
        assertTrue(orr.part("events").derived());
        Proposal pfs = only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0);
        assertEquals(List.of("11.6", "8.7", "15.5", "0.95"), numbers(pfs));
        Proposal hr = only(read, OutcomeTerm.PFS, Proposal.Kind.HAZARD_RATIO, 0);
        assertEquals(List.of("0.82", "0.64", "1.05", "0.95", "0.03"), numbers(hr));
        assertEquals(1, hr.comparator());
        Proposal ae = only(read, OutcomeTerm.AE34, Proposal.Kind.DICHOTOMOUS, 1);
        assertEquals("74 (62.7%)", ae.quote().text());
        assertTrue(!ae.part("events").derived(), "a count stated with its percentage is read, not derived");
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.CR),
                "1.0% of 118 is no whole count: complete response is left to the reviewer");
        assertTrue(read.proposals().stream().noneMatch(p -> p.part("estimate") != null && p.part("estimate").number().compareTo(new BigDecimal("0.63")) == 0),
                "a hazard ratio of quality of life is not a survival outcome's");
        assertTrue(read.proposals().stream().noneMatch(p -> p.quote().text().contains("42%") || p.quote().text().contains("8.2")),
                "another trial, in the discussion");
    }

    private static final String MATCHED = String.join("\n",
            "Results",
            "",
            "Table 1 Characteristics of the patients",
            "\tBefore matching\t\t\tAfter matching",
            "\tHAIC plus lenvatinib (n = 58)\tLenvatinib (n = 82)\tP\tHAIC plus lenvatinib (n = 58)\tLenvatinib (n = 42)\tP",
            "Male\t45 (77.6%)\t64 (78.0%)\t0.95\t45 (77.6%)\t29 (69.0%)\t0.77",
            "",
            "Grade 3 or higher adverse events were more frequent with HAIC plus lenvatinib than with lenvatinib (12.1% vs 4.8%).",
            "");

    @Test
    void thePopulationWhoseSizesMakeBothPercentagesWholeCounts() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(MATCHED.getBytes(StandardCharsets.UTF_8), "matched.txt"));
        Proposal ae = only(read, OutcomeTerm.AE34, Proposal.Kind.DICHOTOMOUS, 1);
        assertEquals(Population.AFTER_MATCHING, ae.populationKind(), "4.8% is 2 of 42, no count of 82");
        assertEquals(List.of("2", "42"), numbers(ae));
        assertTrue(ae.reason().contains("the one population whose sizes make both whole counts"), ae.reason());
        assertEquals(List.of("7", "58"), numbers(only(read, OutcomeTerm.AE34, Proposal.Kind.DICHOTOMOUS, 0)));
    }

    @Test
    void aTabSeparatedTableWithTheCriteriaInItsCaption() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(TABLED.getBytes(StandardCharsets.UTF_8), "tabled.txt"));
        assertEquals(List.of("Lenvatinib", "Sorafenib"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        Proposal orr = only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1);
        assertEquals("RECIST 1.1", orr.criteria());
        assertEquals(List.of("6", "48"), numbers(orr));
        Proposal pfs = only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0);
        assertEquals(List.of("7.4", "5.6", "9.2", "0.95"), numbers(pfs));
        Proposal os = only(read, OutcomeTerm.OS, Proposal.Kind.HAZARD_RATIO, 0);
        assertEquals(List.of("0.71", "0.52", "0.97"), numbers(os).subList(0, 3));
        assertTrue(os.reason().contains("Lenvatinib (named first)"), os.reason());
        assertTrue(read.proposals().stream().noneMatch(p -> p.quote().text().contains("24.1%")),
                "a sentence of the discussion right under the table is no row of it (found by trying a paper written for nothing)");
    }

    private static final String COUNTED = String.join("\n",
            "Methods: Patients received lenvatinib plus pembrolizumab (n = 48) or lenvatinib alone (n = 72).",
            "Results: An objective response was achieved by 21 of the 48 patients in the combination group (43.8%) compared with 17 of the 72",
            "patients in the monotherapy group (23.6%). Disease control rates were 79.2% and 61.1%, respectively. Complete response: 3/48",
            "with lenvatinib plus pembrolizumab and 1/72 with lenvatinib alone. Among evaluable patients, partial response was seen in 18 of",
            "45 in the combination group and 16 of 70 in the monotherapy group. Stable disease: 12 of 48 with lenvatinib plus pembrolizumab",
            "(30.0%) and 20 of 72 with lenvatinib alone (27.8%). Grade 3 or higher adverse events were",
            "reported in the combination group; 30 of the 48 patients in the combination group had prior TACE compared with 40 of the 72",
            "in the monotherapy group. Progressive disease: combination 6/48 vs monotherapy 14/72.",
            "");

    @Test
    void countsOfTotalsEachWithItsArm() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(COUNTED.getBytes(StandardCharsets.UTF_8), "counted.txt"));
        Proposal orr = only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0);
        assertEquals(List.of("21", "48"), numbers(orr));
        assertEquals("21 of the 48 patients", orr.quote().text());
        assertTrue(!orr.part("events").derived(), "a stated count is read, not derived");
        assertEquals(List.of("17", "72"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1)));
        assertEquals(List.of("3", "48"), numbers(only(read, OutcomeTerm.CR, Proposal.Kind.DICHOTOMOUS, 0)));
        assertEquals(List.of("1", "72"), numbers(only(read, OutcomeTerm.CR, Proposal.Kind.DICHOTOMOUS, 1)));
        assertEquals(List.of("6", "48"), numbers(only(read, OutcomeTerm.PD, Proposal.Kind.DICHOTOMOUS, 0)),
                "each arm named before its count: 'monotherapy' right after 6/48 is the next count's");
        assertEquals(List.of("14", "72"), numbers(only(read, OutcomeTerm.PD, Proposal.Kind.DICHOTOMOUS, 1)));
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.DCR),
                "'79.2% and 61.1%, respectively' names no arm in its sentence: left to the reviewer");
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.PR),
                "18 of 45 evaluable patients is a count of a population the arms' sizes do not give");
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.SD),
                "12 of 48 is 25.0%, not the 30.0% written beside it: the paper contradicts itself, nothing is proposed");
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.AE34),
                "the counts after the semicolon are of prior TACE, not of the adverse events named before it");
    }

    private static final String REFERENCE_FIRST = String.join("\n",
            "Methods: Patients received lenvatinib plus pembrolizumab (n = 48) or lenvatinib alone (n = 72).",
            "Results: Compared with lenvatinib alone, lenvatinib plus pembrolizumab prolonged median OS (19.6 vs 14.6 months).",
            "Relative to monotherapy, the combination gave a longer overall survival (19.6 vs 14.6 months).",
            "Versus lenvatinib alone, lenvatinib plus pembrolizumab reduced the risk of death (HR 0.62, 95% CI 0.40-0.96).",
            "Lenvatinib plus pembrolizumab gave a longer median PFS than lenvatinib alone (8.2 vs 5.4 months).",
            "");

    @Test
    void anArmNamedFirstAsTheReferenceDoesNotOrderTheNumbers() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(REFERENCE_FIRST.getBytes(StandardCharsets.UTF_8), "reference.txt"));
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.OS),
                "'Compared with Y, X ... (19.6 vs 14.6 months)' once gave Y 19.6 months, by the order the arms are named in: " + read.proposals());
        assertEquals(List.of("8.2"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0)), "'X ... than Y (a vs b)': a is X's");
        assertEquals(List.of("5.4"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1)));
    }

    private static final String SUBGROUPS = String.join("\n",
            "Methods: Patients received lenvatinib plus pembrolizumab (n = 48) or lenvatinib alone (n = 72).",
            "",
            "Results: Median PFS was 8.2 months (95% CI 6.1-10.3) and 5.4 months (95% CI 4.2-6.6) in the combination and monotherapy",
            "groups, respectively.",
            "",
            "In patients with extrahepatic spread, median PFS was 7.1 vs 4.0 months with lenvatinib plus pembrolizumab and lenvatinib",
            "alone, respectively. The ORR was 37.5% with lenvatinib plus pembrolizumab versus 20.8% with lenvatinib alone among patients",
            "with BCLC stage C disease. In the subgroup with AFP of 400 ng/mL or more, lenvatinib plus pembrolizumab improved overall",
            "survival (HR 0.55, 95% CI 0.31-0.98). Among patients aged 70 or older, outcomes were similar. Median OS was 20.1 vs",
            "15.0 months with lenvatinib plus pembrolizumab and lenvatinib alone.",
            "");

    @Test
    void aSubgroupsNumbersAreNotTheArms() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(SUBGROUPS.getBytes(StandardCharsets.UTF_8), "subgroups.txt"));
        assertEquals(List.of("8.2", "6.1", "10.3", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0)),
                "the whole cohort's medians, in the order 'respectively' gives");
        assertEquals(List.of("5.4", "4.2", "6.6", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1)));
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.ORR || p.outcome() == OutcomeTerm.OS),
                "a subgroup's response (named after the numbers), hazard ratio (named before), and medians in the sentence after"
                        + " one that opens on a subgroup are no results of the arms: " + read.proposals());
        assertTrue(read.proposals().stream().allMatch(p -> p.confidence() > 0.5), "the subgroup's 7.1 months no longer doubts the cohort's 8.2");
    }

    private static final String NOT_MEDIANS = String.join("\n",
            "Methods: Patients received lenvatinib plus pembrolizumab (n = 48) or lenvatinib alone (n = 72).",
            "Results: Mean PFS was 9.0 vs 6.1 months with lenvatinib plus pembrolizumab and lenvatinib alone. The restricted mean",
            "survival time for OS was 16.4 vs 13.9 months with lenvatinib plus pembrolizumab and lenvatinib alone. The median duration",
            "of objective response was 10.2 vs 6.3 months with lenvatinib plus pembrolizumab and lenvatinib alone. The 12-month overall",
            "survival was 75.0% vs 58.3% with lenvatinib plus pembrolizumab and lenvatinib alone.",
            "");

    @Test
    void meansDurationsAndRatesAtATimeAreNoMedians() {
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(NOT_MEDIANS.getBytes(StandardCharsets.UTF_8), "means.txt"));
        assertEquals(List.of(), read.proposals(), "a mean PFS and a restricted mean survival time were proposed as medians");
        assertTrue(read.whyNone().orElseThrow().startsWith("no table row or sentence reads as a result"), read.whyNone().toString());
        String noArms = "Results: The objective response rate was 43.8% versus 23.6%.";
        assertTrue(ExtractionAssistant.read(ReportText.decode(noArms.getBytes(StandardCharsets.UTF_8), "x.txt")).whyNone().orElseThrow()
                .startsWith("no arms found"), "a paper whose arms are not found says so");
    }

    @Test
    void armsOfThousandsFromTheirHeaders() {
        String paper = String.join("\n", "Results", "", "Table 2 Response by RECIST 1.1",
                "Response\tLenvatinib (n = 1,234)\tSorafenib (n = 1,105)\tP", "Objective response rate\t247 (20.0%)\t166 (15.0%)\t0.002", "");
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(paper.getBytes(StandardCharsets.UTF_8), "large.txt"));
        assertEquals(new BigDecimal("1234"), read.arms().arms().get(0).n(Population.ALL), "'n = 1,234' was an arm of 1");
        assertEquals(List.of("247", "1234"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0)));
        assertEquals(List.of("166", "1105"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1)));
        String prose = "Methods: Patients received atezolizumab plus bevacizumab (n = 1,203) or sorafenib (n = 1,215).\nResults: An objective"
                + " response was achieved by 361 of the 1,203 patients in the combination group (30.0%) compared with 146 of the 1,215"
                + " patients in the sorafenib group (12.0%).";
        ExtractionAssistant.PaperResults counted = ExtractionAssistant.read(ReportText.decode(prose.getBytes(StandardCharsets.UTF_8), "prose.txt"));
        assertEquals(List.of("361", "1203"), numbers(only(counted, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0)), "a count of a total of thousands");
        assertEquals(List.of("146", "1215"), numbers(only(counted, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1)));
    }

    /** Arms given as counts before their treatments ("40 received X and 41 received Y"), as cohort papers write them. */
    @Test
    void armsCountedBeforeTheirTreatments() {
        String cohort = String.join("\n", "Camrelizumab plus apatinib versus sorafenib: a retrospective cohort", "", "Methods",
                "We enrolled 81 patients: 40 received camrelizumab plus apatinib and 41 received sorafenib.", "", "Results",
                "An objective response occurred in 12 of 40 patients (30.0%) with camrelizumab plus apatinib and 5 of 41 (12.2%) with sorafenib.",
                "Median overall survival was 18.1 months (95% CI, 14.2 to 22.0) with the combination and 11.3 months (95% CI 9.0-13.6) with sorafenib;"
                        + " hazard ratio for death, 0.52; 95% CI, 0.31 to 0.88; P = 0.014.",
                "Median progression-free survival was 7.2 versus 4.1 months (hazard ratio for death, 0.61; 95% CI, 0.40 to 0.93).", "");
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(cohort.getBytes(StandardCharsets.UTF_8), "cohort.txt"));
        assertEquals(List.of("camrelizumab plus apatinib", "sorafenib"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        assertEquals(List.of("40", "41"), read.arms().arms().stream().map(a -> a.n(Population.ALL).toPlainString()).toList());
        assertEquals(List.of("12", "40"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0)));
        assertEquals(List.of("5", "41"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1)));
        assertEquals(List.of("18.1", "14.2", "22.0", "0.95"), numbers(only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0)));
        assertEquals(List.of("0.52", "0.31", "0.88", "0.95", "0.014"), numbers(only(read, OutcomeTerm.OS, Proposal.Kind.HAZARD_RATIO, 0)),
                "a ratio named by its event, death: overall survival's");
        assertTrue(read.proposals().stream().noneMatch(p -> p.kind() == Proposal.Kind.HAZARD_RATIO && p.outcome() == OutcomeTerm.PFS),
                "a ratio for death in a sentence of progression-free survival is no PFS ratio: left to the reviewer");

        String doublet = "Methods\nOf 90 patients enrolled, 45 received carboplatin and paclitaxel, and 45 were treated with carboplatin alone.\n";
        assertEquals(List.of("carboplatin and paclitaxel", "carboplatin alone"), ExtractionAssistant.read(ReportText.decode(doublet.getBytes(
                StandardCharsets.UTF_8), "doublet.txt")).arms().arms().stream().map(PaperArms.Arm::label).toList(), "an 'and' inside a label stays");
        for (String notArms : List.of("Methods\nOf these, 12 received radiotherapy and 8 received surgery after progression.\n",
                "Methods\nWe enrolled 90 patients: 40 received camrelizumab and 41 received sorafenib.\n")) {
            assertEquals(List.of(), ExtractionAssistant.read(ReportText.decode(notArms.getBytes(StandardCharsets.UTF_8), "x.txt")).arms().arms(),
                    "later treatments of some patients, or sizes that are not the total's parts, are no arms: " + notArms);
        }
    }

    /**
     * A median or an interval's upper limit that was not reached is proposed as such, never as a number: the flag, the
     * lower limit when given, no upper limit. A bare "NR" cell (not reached, or not reported?) gives nothing for its row.
     */
    @Test
    void mediansAndLimitsNotReached() {
        String trial = String.join("\n", "Methods", "Patients were randomly assigned to atezolizumab plus bevacizumab (n = 336) or sorafenib (n = 165).", "",
                "Results", "Median overall survival was not reached (95% CI, 14.2 to not reached) with atezolizumab plus bevacizumab and 13.2 months"
                        + " (95% CI, 10.4 to not reached) with sorafenib.",
                "Median progression-free survival was 6.8 months (95% CI, 5.7 to NR) with atezolizumab plus bevacizumab and 4.3 months (95% CI, 4.0"
                        + " to 5.6) with sorafenib.", "");
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(trial.getBytes(StandardCharsets.UTF_8), "trial.txt"));
        Proposal notReached = only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0);
        assertEquals(List.of("median not reached", "lower 14.2", "level 0.95"), notReached.values().stream().map(Proposal.Part::describe).toList());
        assertEquals(List.of("13.2", "10.4", "0.95"), numbers(only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1)), "no upper limit");
        assertEquals(List.of("6.8", "5.7", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0)));
        assertEquals(List.of("4.3", "4.0", "5.6", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1)));

        String tabled = String.join("\n", "Results", "", "Table 2 Survival", "Outcome\tLenvatinib (n = 50)\tSorafenib (n = 48)",
                "Median OS, months (95% CI)\tNR (14.2\u2013NR)\t11.0 (8.1\u2013NR)", "Median PFS, months (95% CI)\tNR\t3.7 (2.8\u20134.6)", "");
        ExtractionAssistant.PaperResults table = ExtractionAssistant.read(ReportText.decode(tabled.getBytes(StandardCharsets.UTF_8), "table.txt"));
        assertEquals(List.of("median not reached", "lower 14.2", "level 0.95"),
                only(table, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0).values().stream().map(Proposal.Part::describe).toList());
        assertEquals(List.of("11.0", "8.1", "0.95"), numbers(only(table, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1)));
        assertEquals("months", only(table, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1).part("median").unit(), "the unit the row's label names");
        assertEquals("months", only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1).part("lower").unit(), "the unit beside the numbers");
        assertEquals(null, only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1).part("level").unit());
        assertTrue(table.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.PFS), "a bare NR: its row is left to the reviewer");

        String apart = String.join("\n", "Methods", "Patients were randomly assigned in a 2:1 ratio to receive atezolizumab plus bevacizumab (n = 336)"
                + " or sorafenib (n = 165).", "", "Results", "Median overall survival was not reached in the atezolizumab plus bevacizumab group (95% CI,"
                + " 18.3 to not reached) and was 13.2 months (95% CI, 10.4 to not reached) in the sorafenib group.", "");
        ExtractionAssistant.PaperResults prose = ExtractionAssistant.read(ReportText.decode(apart.getBytes(StandardCharsets.UTF_8), "apart.txt"));
        assertEquals(List.of("atezolizumab plus bevacizumab", "sorafenib"), prose.arms().arms().stream().map(PaperArms.Arm::label).toList(),
                "'to receive' is no part of the arm's name");
        assertEquals(List.of("median not reached"), only(prose, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0).values().stream().map(Proposal.Part::describe).toList(),
                "an interval standing apart from its median is not taken for it");
        assertEquals(List.of("13.2", "10.4", "0.95"), numbers(only(prose, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1)));
        String either = apart.replace("was not reached in the atezolizumab plus bevacizumab group (95% CI, 18.3 to not reached) and was 13.2 months"
                + " (95% CI, 10.4 to not reached) in the sorafenib group", "was not reached in either group, and median progression-free survival was"
                + " 6.8 months (95% CI, 5.7 to 8.3) with atezolizumab plus bevacizumab");
        assertTrue(ExtractionAssistant.read(ReportText.decode(either.getBytes(StandardCharsets.UTF_8), "either.txt")).proposals().stream()
                .noneMatch(p -> p.kind() == Proposal.Kind.MEDIAN), "not reached in either group: no arm's pair");
        String followUp = apart.replace("was not reached in the atezolizumab plus bevacizumab group (95% CI, 18.3 to not reached) and was 13.2 months"
                + " (95% CI, 10.4 to not reached) in the sorafenib group", "was 14.1 months (95% CI, 10.0 to 18.0) with atezolizumab plus bevacizumab"
                + " and 9.6 months with sorafenib; in the sorafenib group the median follow-up was not reached");
        assertTrue(ExtractionAssistant.read(ReportText.decode(followUp.getBytes(StandardCharsets.UTF_8), "f.txt")).proposals().stream()
                .noneMatch(p -> p.part(MedianParts.NOT_REACHED) != null), "a follow-up not reached, in another clause, is no arm's median");
    }

    /**
     * Arms named by a table header that joins the drugs by a hyphen ("Atezolizumab-Bevacizumab") are the arms a sentence
     * names in words ("the atezolizumab plus bevacizumab group"). When a sentence names only the second arm, after the
     * numbers, its numbers and its ratio are left to the reviewer: they were given to the wrong arms.
     */
    @Test
    void anArmOnlyOneOfWhoseNamesIsKnownGivesNoOrder() {
        String paper = String.join("\n", "Results", "", "Table 2. Efficacy outcomes", "Outcome\tAtezolizumab-Bevacizumab (N = 336)\tSorafenib (N = 165)",
                "Objective response\t93 (27.7%)\t19 (11.5%)", "", "Median progression-free survival was 6.8 months (95% CI, 5.7 to 8.3) in the"
                        + " atezolizumab plus bevacizumab group and 4.3 months (95% CI, 4.0 to 5.6) in the sorafenib group (hazard ratio for disease"
                        + " progression or death, 0.59; 95% CI, 0.47 to 0.76; P<0.001).", "");
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(paper.getBytes(StandardCharsets.UTF_8), "p.txt"));
        assertEquals(List.of("6.8", "5.7", "8.3", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0)));
        assertEquals(List.of("4.3", "4.0", "5.6", "0.95"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 1)));
        assertEquals(1, only(read, OutcomeTerm.PFS, Proposal.Kind.HAZARD_RATIO, 0).comparator());

        String unknown = paper.replace("atezolizumab plus bevacizumab group", "experimental group");
        ExtractionAssistant.PaperResults guessed = ExtractionAssistant.read(ReportText.decode(unknown.getBytes(StandardCharsets.UTF_8), "u.txt"));
        assertTrue(guessed.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.PFS), "only sorafenib named, after the numbers: "
                + guessed.proposals());
    }

    /** Captions as journals print them: "Table 2. Efficacy", "TABLE 3: Adverse events", "Table 1 | Baseline". */
    @Test
    void captionsWithAPeriodAColonOrABar() {
        for (String caption : List.of("Table 2. Efficacy outcomes", "TABLE 2: Efficacy outcomes", "Table 2 | Efficacy outcomes")) {
            String tabled = String.join("\n", "Results", "", caption, "Outcome\tAtezolizumab-Bevacizumab (N = 336)\tSorafenib (N = 165)",
                    "Objective response\t93 (27.7%)\t19 (11.5%)", "");
            ExtractionAssistant.PaperResults read = ExtractionAssistant.read(ReportText.decode(tabled.getBytes(StandardCharsets.UTF_8), "t.txt"));
            assertEquals(List.of("Atezolizumab-Bevacizumab", "Sorafenib"), read.arms().arms().stream().map(PaperArms.Arm::label).toList(), caption);
            assertEquals(List.of("93", "336"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0)), caption);
        }
    }

    /**
     * Counts as the Lancet and NEJM print them, the percentage between the count and its total: "93 (27.7%) of 336
     * patients", "246 [73.2%] of 336 patients with atezolizumab plus bevacizumab" (patients "with" an arm's treatment are that
     * arm, not a subgroup: once nothing was proposed for them). Counts of the safety population (not the arms' sizes), of
     * patients with hepatitis B (a subgroup), and a percentage that is not the count of the total, give nothing.
     */
    @Test
    void countsWithTheirPercentageBeforeTheTotal() {
        ExtractionAssistant.PaperResults read = read("Methods: In total, 501 patients were randomly assigned in a 2:1 ratio to receive atezolizumab plus bevacizumab",
                "(n = 336) or sorafenib (n = 165).",
                "Results: A confirmed objective response occurred in 93 (27.7%) of 336 patients in the atezolizumab\u2013bevacizumab group and in",
                "19 (11.5%) of 165 patients in the sorafenib group. Disease control was achieved in 246 [73.2%] of 336 patients with",
                "atezolizumab plus bevacizumab and 91 [55.2%] of 165 patients with sorafenib. Stable disease was seen in 60 (17.9%) of 336",
                "patients with hepatitis B and in 30 (18.2%) of 165 patients with sorafenib. Grade 3 or 4 adverse events occurred in 186 (57%)",
                "of 329 patients in the atezolizumab\u2013bevacizumab group and in 86 (55%) of 156 patients in the sorafenib group. Complete",
                "response was seen in 25 (9.4%) of 336 patients with atezolizumab plus bevacizumab and in 0 of 165 with sorafenib.", "");
        Proposal orr = only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 0);
        assertEquals(List.of("93", "336"), numbers(orr));
        assertEquals("93 (27.7%) of 336 patients", orr.quote().text());
        assertEquals(List.of("19", "165"), numbers(only(read, OutcomeTerm.ORR, Proposal.Kind.DICHOTOMOUS, 1)));
        assertEquals(List.of("246", "336"), numbers(only(read, OutcomeTerm.DCR, Proposal.Kind.DICHOTOMOUS, 0)));
        assertEquals(List.of("91", "165"), numbers(only(read, OutcomeTerm.DCR, Proposal.Kind.DICHOTOMOUS, 1)));
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.AE34),
                "329 and 156 are the safety population, not the arms' 336 and 165: " + read.proposals());
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.CR),
                "25 of 336 is 7.4%, not the 9.4% written with it: " + read.proposals());
        assertTrue(read.proposals().stream().noneMatch(p -> p.outcome() == OutcomeTerm.SD), "patients with hepatitis B are a subgroup: " + read.proposals());
    }

    /**
     * The Lancet states an interval's level once per sentence: "16.4 months (95% CI 13.9-18.4) with nivolumab and 14.7
     * months (11.9-17.2) with sorafenib". The second interval's level is the first's, derived and said so; with no level
     * stated at all, none is proposed.
     */
    @Test
    void anIntervalsLevelStatedOnceInTheSentence() {
        ExtractionAssistant.PaperResults read = read("Findings: 743 patients were randomly assigned to nivolumab (n=371) or sorafenib (n=372). Median overall",
                "survival was 16.4 months (95% CI 13.9-18.4) with nivolumab and 14.7 months (11.9-17.2) with sorafenib. Median progression-free",
                "survival was 3.7 months (3.1-3.9) with nivolumab and 3.8 months (3.7-4.5) with sorafenib.", "");
        Proposal sorafenib = only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1);
        assertEquals(List.of("14.7", "11.9", "17.2", "0.95"), numbers(sorafenib));
        assertTrue(sorafenib.part("level").derived(), "not written beside these numbers");
        assertEquals("the level the sentence states for the other arm's interval (\"16.4 months (95% CI 13.9-18.4)\")",
                sorafenib.part("level").derivation());
        assertTrue(!only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0).part("level").derived(), "stated beside nivolumab's numbers");
        assertEquals(List.of("3.7", "3.1", "3.9"), numbers(only(read, OutcomeTerm.PFS, Proposal.Kind.MEDIAN, 0)), "no level stated: none proposed");
    }

    /**
     * Medians as bare times, no interval: "13.9 months with pembrolizumab and 10.6 months with placebo". Read after the word
     * "median" only, each time with its arm beside it; time points, follow-up and "respectively" give nothing.
     */
    @Test
    void mediansWithoutIntervals() {
        ExtractionAssistant.PaperResults read = read("Methods: Patients were randomly assigned to pembrolizumab (n = 278) or placebo (n = 135).",
                "Results: Median overall survival was 13.9 months with pembrolizumab and 10.6 months with placebo (HR 0.78).",
                "Median progression-free survival was 3.0 and 2.8 months, respectively. Survival at 12 months was 54.0% with pembrolizumab",
                "and 48.1% with placebo. The median follow-up for overall survival was 13.8 months with pembrolizumab and 10.6 months with",
                "placebo.",
                "Patients were treated for 6 months with pembrolizumab or 3 months with placebo on average, a median of 8 cycles.", "");
        Proposal pembrolizumab = only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0);
        assertEquals(List.of("13.9"), numbers(pembrolizumab));
        assertEquals("months", pembrolizumab.part("median").unit());
        assertEquals(List.of("10.6"), numbers(only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1)));
        assertEquals(2, read.proposals().stream().filter(p -> p.kind() == Proposal.Kind.MEDIAN).count(), "only overall survival's: " + read.proposals());
    }

    /**
     * REFLECT's abstract: "Median survival time for lenvatinib of 13.6 months (95% CI 12.1-14.9) was non-inferior to
     * sorafenib (12.3 months, 10.4-13.9; hazard ratio 0.92, 95% CI 0.79-1.06)". "Median survival" is overall survival;
     * the second arm's interval follows a comma, closing its clause; its level is the first's, derived. A comma and a
     * range that go on ("at 6 months, 12-18 months later") are a list, not an interval.
     */
    @Test
    void theLancetsMedianSurvivalTimeWithTheSecondIntervalAfterAComma() {
        ExtractionAssistant.PaperResults read = read("Methods: Patients were randomly assigned (1:1) to lenvatinib (n=478) or sorafenib (n=476).",
                "Findings: Median survival time for lenvatinib of 13.6 months (95% CI 12.1-14.9) was non-inferior to sorafenib (12.3",
                "months, 10.4-13.9; hazard ratio 0.92, 95% CI 0.79-1.06).", "");
        assertEquals(List.of("13.6", "12.1", "14.9", "0.95"), numbers(only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 0)));
        Proposal sorafenib = only(read, OutcomeTerm.OS, Proposal.Kind.MEDIAN, 1);
        assertEquals(List.of("12.3", "10.4", "13.9", "0.95"), numbers(sorafenib));
        assertTrue(sorafenib.part("level").derived(), "the level is written beside lenvatinib's numbers only");
        assertEquals("12.3\nmonths, 10.4-13.9", sorafenib.quote().text());
        Proposal ratio = only(read, OutcomeTerm.OS, Proposal.Kind.HAZARD_RATIO, 0);
        assertEquals(List.of("0.92", "0.79", "1.06", "0.95"), numbers(ratio));
        assertEquals(1, ratio.comparator(), "lenvatinib, named first, against sorafenib");
        assertTrue(read("Methods: Patients were randomly assigned (1:1) to lenvatinib (n=478) or sorafenib (n=476).",
                "Median survival time for lenvatinib was 13.6 months, 12-18 months longer than expected, and 12.3 months for sorafenib, 10-14",
                "months after the start.", "").proposals().stream().allMatch(p -> p.part("lower") == null),
                "a list is no interval: nothing with limits");
    }

    /**
     * The NEJM names the interval in full the first time: "hazard ratio for death, 0.76; 95% confidence interval [CI],
     * 0.63 to 0.92; P=0.005". The ratio was proposed as "no interval given", which the paper contradicts.
     */
    @Test
    void aConfidenceIntervalNamedInFullWithItsAbbreviation() {
        ExtractionAssistant.PaperResults read = read("Methods: A total of 707 patients were randomly assigned in a 2:1 ratio to receive cabozantinib",
                "(n = 470) or matching placebo (n = 237).",
                "Results: The median overall survival was 10.2 months with cabozantinib and 8.0 months with placebo (hazard ratio for",
                "death, 0.76; 95% confidence interval [CI], 0.63 to 0.92; P=0.005).", "");
        Proposal ratio = only(read, OutcomeTerm.OS, Proposal.Kind.HAZARD_RATIO, 0);
        assertEquals(List.of("0.76", "0.63", "0.92", "0.95", "0.005"), numbers(ratio));
        assertTrue(!ratio.reason().contains("no interval"), ratio.reason());
        assertEquals("placebo", read.arms().arms().get(1).label(), "a matching placebo is the placebo arm");
    }

    /**
     * The NEJM names a ratio's comparison in words before its number: "The hazard ratio for death with
     * atezolizumab-bevacizumab as compared with sorafenib was 0.58 (95% CI, 0.42 to 0.79; P<0.001)". The sentence names
     * no outcome but the event, and its arms in the order of the comparison, which is kept even against the paper's
     * order of arms.
     */
    @Test
    void aRatioWhoseComparisonIsWordedBeforeItsNumber() {
        ExtractionAssistant.PaperResults read = read("Methods: 501 patients were randomly assigned in a 2:1 ratio to receive either atezolizumab plus",
                "bevacizumab (n = 336) or sorafenib (n = 165).",
                "Results: The hazard ratio for death with atezolizumab-bevacizumab as compared with sorafenib was 0.58 (95% CI, 0.42 to",
                "0.79; P<0.001). The hazard ratio for disease progression or death with sorafenib as compared with",
                "atezolizumab-bevacizumab was 1.69 (95% CI, 1.32 to 2.13).", "");
        Proposal death = only(read, OutcomeTerm.OS, Proposal.Kind.HAZARD_RATIO, 0);
        assertEquals(List.of("0.58", "0.42", "0.79", "0.95"), numbers(death));
        assertEquals(1, death.comparator());
        assertTrue(death.reason().contains("as compared with sorafenib"), death.reason());
        Proposal progression = only(read, OutcomeTerm.PFS, Proposal.Kind.HAZARD_RATIO, 1);
        assertEquals(0, progression.comparator(), "sorafenib against atezolizumab-bevacizumab, as the sentence compares them");
        assertEquals(List.of("1.69", "1.32", "2.13", "0.95"), numbers(progression));
    }

    /** What the assistant reads in a paper of these lines. */
    private static ExtractionAssistant.PaperResults read(String... lines) {
        return ExtractionAssistant.read(ReportText.decode(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "paper.txt"));
    }

    private static Proposal only(ExtractionAssistant.PaperResults read, OutcomeTerm outcome, Proposal.Kind kind, int arm) {
        List<Proposal> found = read.proposals().stream().filter(p -> p.outcome() == outcome && p.kind() == kind && p.arm() == arm).toList();
        assertEquals(1, found.size(), outcome + " " + kind + " arm " + arm + " in " + read.proposals());
        return found.get(0);
    }

    private static List<String> numbers(Proposal proposal) {
        return proposal.values().stream().map(v -> v.number().toPlainString()).toList();
    }
}
