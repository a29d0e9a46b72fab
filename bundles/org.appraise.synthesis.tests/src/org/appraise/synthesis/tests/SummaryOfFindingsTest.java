package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.appraise.core.certainty.CertaintyEdits;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.Review;
import org.appraise.synthesis.certainty.CertaintyProposals;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.certainty.SummaryOfFindingsPage;
import org.appraise.synthesis.review.SavedAnalysis;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** The sample review's Summary of Findings table: every number the analysis' own, every rating with its footnote. */
class SummaryOfFindingsTest {

    static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination");

    private final CertaintyRule rule = CertaintyRule.grade();

    @Test
    void theSamplesTableEqualsItsAnalyses() throws IOException {
        Review review = ReviewFolder.open(SAMPLE).review();
        SummaryOfFindings table = SummaryOfFindings.of(review, rule);
        assertEquals(List.of(), table.problems());
        assertEquals(List.of("Objective response (mRECIST where reported; after matching)", "Progression-free survival (after matching)",
                "Overall survival (after matching)"), table.rows().stream().map(SummaryOfFindings.Row::outcome).toList());
        SummaryOfFindings.Row orr = table.rows().get(0);
        var run = SavedAnalysis.run(review, review.getAnalyses().stream().filter(a -> a.getId().equals("orr-rr")).findFirst().orElseThrow());
        var pooled = run.analysis().pooled().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "RR %.2f (%.2f to %.2f)", Math.exp(pooled.estimate()), Math.exp(pooled.lower()),
                Math.exp(pooled.upper())), orr.relative());
        assertEquals("214 per 1000", orr.comparatorRisk(), "the median of 13/41, 0/34 and 9/42");
        long risk = Math.round(1000 * 9.0 / 42 * Math.exp(pooled.estimate()));
        assertTrue(orr.interventionRisk().startsWith(risk + " per 1000"), orr.interventionRisk());
        assertEquals("246 (3 studies)", orr.participants(), "37 + 41 + 34 + 34 + 58 + 42");
        assertEquals("\u2295\u25EF\u25EF\u25EF Very low", orr.certainty(), "low, down for risk of bias, indirectness and imprecision");
        assertEquals(4, orr.notes().size());
        SummaryOfFindings.Row pfs = table.rows().get(1);
        assertEquals("\u2014", pfs.comparatorRisk(), "a hazard ratio without a stated risk gives no absolute effect");
        assertTrue(table.footnotes().get(pfs.effectNotes().get(0).charAt(0) - 'a').contains("hazard ratio needs the comparator's risk"));
        assertEquals("178 (2 studies)", pfs.participants(), "the arms' sizes after matching");
        SummaryOfFindings.Row os = table.rows().get(2);
        assertTrue(os.interventionRisk().startsWith("241 per 1000 (168 to 339)"), os.interventionRisk());
        String html = SummaryOfFindingsPage.html(table);
        assertTrue(html.contains("<th colspan=\"2\">Anticipated absolute effects* (95% CI)</th>"));
        assertTrue(html.contains("RR 1.57 (0.96 to 2.57)"));
    }

    @Test
    void hostileTextInThePageIsShownNeverRun() {
        SummaryOfFindings.Row row = new SummaryOfFindings.Row("<script>alert(1)</script>", "a & b", "", "", "", "", "", List.of("a"), "\"quoted\" 'x'",
                List.of(), List.of());
        String html = SummaryOfFindingsPage.html(new SummaryOfFindings("<b>title</b>", null, null, null, null, List.of(row),
                List.of("<img src=x onerror=alert(1)>"), List.of()));
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b>title"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("a &amp; b") && html.contains("&quot;quoted&quot; &#39;x&#39;"));
    }

    @Test
    void twoAssessorsWithoutAConsensusGiveNoRowAndSaySo() throws IOException {
        Review review = ReviewFolder.open(SAMPLE).review();
        var domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        CertaintyEdits edits = new CertaintyEdits(domain, review, rule);
        var dcr = review.getAnalyses().stream().filter(a -> a.getId().equals("dcr-rr")).findFirst().orElseThrow();
        for (String who : List.of("ab", "cd")) {
            CertaintyAssessment a = edits.begin(dcr, null, who, false);
            domain.getCommandStack().execute(edits.add(a));
            domain.getCommandStack().execute(edits.set(a, "order", 4));
        }
        SummaryOfFindings table = SummaryOfFindings.of(review, rule);
        assertEquals(3, table.rows().size());
        assertEquals(List.of("analysis dcr-rr: assessed by ab and cd without a consensus: not in the table until there is one"), table.problems());
        CertaintyAssessment ab = CertaintyEdits.find(review, "certainty-dcr-rr-ab").orElseThrow();
        assertNull(CertaintyEdits.certainty(ab, rule).level());
        assertTrue(CertaintyEdits.certainty(ab, rule).problems().contains("the kind of evidence is not stated"));
    }

    @Test
    void theProposalsComeFromTheAnalysisFigures() throws IOException {
        Review review = ReviewFolder.open(SAMPLE).review();
        var run = SavedAnalysis.run(review, review.getAnalyses().stream().filter(a -> a.getId().equals("orr-rr")).findFirst().orElseThrow());
        Map<String, CertaintyProposals.Proposal> proposals = new java.util.HashMap<>();
        new CertaintyProposals(run, null, null).all().forEach(p -> proposals.put(p.domain(), p));
        assertEquals("SERIOUS", proposals.get("RISK_OF_BIAS").rating(), proposals.get("RISK_OF_BIAS").figures());
        assertTrue(proposals.get("RISK_OF_BIAS").figures().startsWith("97% of the weight from studies at high or critical risk"));
        assertEquals("NOT_SERIOUS", proposals.get("INCONSISTENCY").rating());
        assertEquals("SERIOUS", proposals.get("IMPRECISION").rating(), "RR 0.96 to 2.57 crosses 1 but not both 0.8 and 1.25");
        assertNull(proposals.get("PUBLICATION_BIAS").rating(), "three studies: not assessable");
        assertNull(proposals.get("INDIRECTNESS").rating());
        assertEquals("NONE", proposals.get("LARGE_EFFECT").rating());
        assertEquals("SERIOUS", new CertaintyProposals(run, null, null).all().stream().filter(p -> p.domain().equals("IMPRECISION")).findFirst()
                .orElseThrow().rating());
        var pfs = SavedAnalysis.run(review, review.getAnalyses().stream().filter(a -> a.getId().equals("pfs-hr")).findFirst().orElseThrow());
        var imprecision = new CertaintyProposals(pfs, null, 400).all().stream().filter(p -> p.domain().equals("IMPRECISION")).findFirst().orElseThrow();
        assertEquals("SERIOUS", imprecision.rating(), "clear of 1 but 178 participants are fewer than 400");
        assertFalse(imprecision.figures().isEmpty());
    }
}
