package org.appraise.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;

/**
 * The assistant on the sample's three real papers (two-column text with soft breaks, tab-separated tables, a table
 * header flattened out of order, U+2011 hyphens): the proposals a reviewer checks against the paper, and recall and
 * precision against ab's hand-coded extractions at or above 0.9 on each paper.
 */
final class ExtractionAssistantCorpusTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");

    @Test
    void tvghTablesBeforeAndAfterMatchingAndRatiosFromTheProse() throws IOException {
        ExtractionAssistant.PaperResults read = read("000_1ced1569fea2e094.txt");
        assertEquals(List.of("Anti-PD-1 plus Sorafenib", "Anti-PD-1 alone"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        assertEquals(new BigDecimal("42"), read.arms().arms().get(1).n(Population.AFTER_MATCHING));
        Proposal orr = one(read, OutcomeTerm.ORR, Population.AFTER_MATCHING, 1);
        assertEquals("9 21.4%", orr.quote().text());
        assertEquals(0, new BigDecimal("9").compareTo(orr.part("events").number()));
        assertEquals("n = 42", orr.part("total").span().text(), "the size in the header of the column");
        Proposal ae = one(read, OutcomeTerm.AE34, Population.AFTER_MATCHING, 0);
        assertTrue(ae.part("events").derived(), "10.3% gives 6 of 58 only by arithmetic");
        assertTrue(ae.part("events").derivation().startsWith("10.3% of 58"), ae.part("events").derivation());
        assertTrue(ae.alsoAt().stream().anyMatch(s -> s.text() != null && s.text().startsWith("10.3%")), "the abstract and the toxicity paragraph");
        Proposal iptw = read.proposals().stream().filter(p -> p.kind() == Proposal.Kind.HAZARD_RATIO && p.populationKind() == Population.WEIGHTED
                && p.outcome() == OutcomeTerm.PFS).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.18").compareTo(iptw.part("estimate").number()));
        assertNull(iptw.part("lower"), "the paper gives no interval");
        assertNull(iptw.part("p"), "p < 0.001 is a bound, not a p-value");
        assertEquals(0, iptw.arm(), "the combination group is named first: its hazard against anti-PD-1 alone");
        PaperText paper = new PaperText(new String(Files.readAllBytes(SAMPLE.resolve("reports/000_1ced1569fea2e094.txt")), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(read.proposals().stream().noneMatch(p -> p.quote().text().contains("15% vs. 7%")), "another trial's ORR in the discussion");
        assertTrue(read.proposals().stream().filter(p -> p.reason().startsWith("sentence")).noneMatch(p -> paper.inSkippedSection(p.quote().start())),
                "nothing from the prose of the background or the discussion");
    }

    @Test
    void liTwoCriteriaFromTheirTableHeadingsAndTheRatioAcrossAPageBreak() throws IOException {
        ExtractionAssistant.PaperResults read = read("002_2a574011e3c7481b.txt");
        assertEquals(List.of("RT + PD1", "TACE + Sorafenib"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        Proposal mrecist = read.proposals().stream().filter(p -> p.outcome() == OutcomeTerm.ORR && "mRECIST".equals(p.criteria()) && p.arm() == 0)
                .findFirst().orElseThrow();
        assertEquals("21(56.76%)", mrecist.quote().text());
        Proposal hr = read.proposals().stream().filter(p -> p.kind() == Proposal.Kind.HAZARD_RATIO && p.outcome() == OutcomeTerm.PFS).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.51").compareTo(hr.part("estimate").number()));
        assertEquals(0, new BigDecimal("0.95").compareTo(hr.part("level").number()));
        assertEquals(1, hr.alsoAt().size(), "the abstract and the results both give it");
        Proposal ae = one(read, OutcomeTerm.AE34, Population.ALL, 1);
        assertEquals(0, new BigDecimal("31").compareTo(ae.part("events").number()), "75.6% of 41");
        assertEquals("CTCAE 5.0", ae.criteria());
    }

    @Test
    void liuTabSeparatedTablesWithSubColumnsAndArmsNamedInAnotherTable() throws IOException {
        ExtractionAssistant.PaperResults read = read("001_32a8eb1ab80cdc81.txt");
        assertEquals(List.of("combined-therapy group", "sorafenib-only group"), read.arms().arms().stream().map(PaperArms.Arm::label).toList());
        assertEquals(new BigDecimal("65"), read.arms().arms().get(1).n(Population.BEFORE_MATCHING));
        Proposal ae = one(read, OutcomeTerm.AE34, Population.BEFORE_MATCHING, 1);
        assertEquals("27(41.5%)", ae.quote().text(), "the grade 3-4 column of the row All, not any grade (59)");
        assertEquals("mRECIST", one(read, OutcomeTerm.ORR, Population.AFTER_MATCHING, 0).criteria(), "the only criteria the methods name");
        Proposal zero = one(read, OutcomeTerm.ORR, Population.AFTER_MATCHING, 1);
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.part("events").number()), "0/34 after matching");
    }

    @Test
    void recallAndPrecisionAgainstTheHandCodedExtractions() throws IOException {
        Review review = ReviewFolder.open(SAMPLE).review();
        for (Study study : review.getStudies()) {
            Extraction ab = study.getExtractions().stream().filter(e -> e.getReviewer() != null && e.getReviewer().getId().equals("ab")).findFirst()
                    .orElseThrow();
            ExtractionAssistant.PaperResults read = read(Path.of(study.getReports().get(0).getFile()).getFileName().toString());
            AssistantAccuracy.Figures figures = AssistantAccuracy.compare(review, ab, read);
            assertTrue(figures.recall() >= 0.9, study.getId() + " recall " + figures.recall() + " missed " + figures.missed());
            assertTrue(figures.precision() >= 0.9, study.getId() + " precision " + figures.precision() + " not coded " + figures.wrong());
        }
    }

    private static Proposal one(ExtractionAssistant.PaperResults read, OutcomeTerm outcome, Population population, int arm) {
        List<Proposal> found = read.proposals().stream()
                .filter(p -> p.outcome() == outcome && p.populationKind() == population && p.arm() == arm && p.kind() != Proposal.Kind.HAZARD_RATIO).toList();
        assertEquals(1, found.size(), outcome + " " + population + " arm " + arm + ": " + found);
        return found.get(0);
    }

    static ExtractionAssistant.PaperResults read(String paper) throws IOException {
        Path file = SAMPLE.resolve("reports").resolve(paper);
        return ExtractionAssistant.read(ReportText.decode(Files.readAllBytes(file), paper));
    }
}
