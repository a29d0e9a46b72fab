package org.appraise.cli.internal.certainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.certainty.Certainty;
import org.appraise.core.certainty.CertaintyEdits;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.core.synthesis.AnalysisEdits;
import org.appraise.model.Analysis;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;
import org.appraise.synthesis.certainty.CertaintyProposals;
import org.appraise.synthesis.review.SavedAnalysis;
import org.eclipse.emf.common.command.CompoundCommand;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise certainty}: an assessor's (or the consensus') GRADE assessment of a saved analysis or an outcome,
 * shown with what the analysis' figures propose for each domain; and, in one command per call, begun or changed:
 * the kind of evidence, domains rated with their footnotes, the assumed comparator risk, the row's place in the
 * Summary of Findings table.
 */
@picocli.CommandLine.Command(name = "certainty", description = { "A GRADE assessment of a saved analysis (or an outcome without pooling), by an assessor "
        + "or the consensus: shown with the proposals from the analysis' figures, and changed in one command per call.",
        "Domains: RISK_OF_BIAS, INCONSISTENCY, INDIRECTNESS, IMPRECISION, PUBLICATION_BIAS (NOT_SERIOUS, SERIOUS, VERY_SERIOUS);",
        "LARGE_EFFECT, DOSE_RESPONSE, CONFOUNDING (NONE, ONE, TWO: levels up, non-randomised evidence only)." })
public final class CertaintyCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--analysis", paramLabel = "ID", description = "The saved analysis assessed.")
    private String analysisId;

    @Option(names = "--outcome", paramLabel = "ID", description = "An outcome summarised without pooling (instead of --analysis).")
    private String outcomeId;

    @Option(names = "--by", paramLabel = "REVIEWER", description = "The assessor (a reviewer of the review).")
    private String by;

    @Option(names = "--consensus", description = "The assessors' consensus (instead of --by).")
    private boolean consensus;

    @Option(names = "--evidence", paramLabel = "KIND", description = "randomised, non-randomised, or robins-i (non-randomised assessed with ROBINS-I: starts high).")
    private String evidence;

    @Option(names = "--rate", paramLabel = "DOMAIN=RATING[:FOOTNOTE]", description = "Rate a domain, with the footnote the table shows (needed unless "
            + "NOT_SERIOUS or NONE); repeatable.")
    private List<String> rates = new ArrayList<>();

    @Option(names = "--order", paramLabel = "N", description = "The outcome's place in the Summary of Findings table (1 to 7).")
    private Integer order;

    @Option(names = "--assumed-risk", paramLabel = "P", description = "The comparator's risk (a proportion) the absolute effects are computed against "
            + "(default: the median control-group risk of the pooled studies; a hazard ratio needs one, by a stated time).")
    private BigDecimal assumedRisk;

    @Option(names = "--risk-source", paramLabel = "TEXT", description = "Where the assumed risk comes from (shown in a footnote).")
    private String riskSource;

    @Option(names = "--threshold", paramLabel = "T", description = "The ratio beyond which an effect is appreciable, for imprecision (default 1.25).")
    private BigDecimal threshold;

    @Option(names = "--ois", paramLabel = "N", description = "The optimal information size (participants), for imprecision.")
    private Integer ois;

    @Option(names = "--narrative", paramLabel = "TEXT", description = "The effect in words, for an outcome without pooling.")
    private String narrative;

    @Option(names = "--comment", paramLabel = "TEXT", description = "The comment of the outcome's row.")
    private String comment;

    @Option(names = "--json", description = "Print the assessment and the proposals as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if ((analysisId == null) == (outcomeId == null)) {
            throw new UsageException("name what is assessed: --analysis ID (a saved analysis) or --outcome ID (an outcome without pooling)");
        }
        if ((by == null) == !consensus) {
            throw new UsageException("name the assessor (--by REVIEWER) or make it the consensus (--consensus)");
        }
        ReviewSession session = terminal.openWhole("assess");
        Review review = session.folder().review();
        CertaintyRule rule = CertaintyRule.grade();
        CertaintyEdits edits = new CertaintyEdits(session.domain(), review, rule);
        Analysis analysis = analysisId == null ? null : AnalysisEdits.find(review, analysisId).orElseThrow(() -> new UsageException("no analysis '"
                + analysisId + "' in the review (" + (review.getAnalyses().isEmpty() ? "it has none yet: save one with appraise meta "
                        + "<review> --outcome ID --measure M --save-as ID" : String.join(", ", review.getAnalyses().stream().map(Analysis::getId)
                                .toList())) + ")"));
        OutcomeDefinition outcome = outcomeId == null ? null : review.getOutcomes().stream().filter(o -> o.getId().equals(outcomeId)).findFirst()
                .orElseThrow(() -> new UsageException("no outcome '" + outcomeId + "' in the review"));
        if (by != null && !review.getReviewers().isEmpty() && review.getReviewers().stream().noneMatch(r -> r.getId().equals(by))) {
            throw new UsageException("no reviewer '" + by + "' in the review (" + String.join(", ", review.getReviewers().stream().map(r -> r.getId()).toList())
                    + ")");
        }
        String id = CertaintyEdits.idOf(analysis != null ? analysis.getId() : outcome.getId(), by, consensus);
        Optional<CertaintyAssessment> existing = CertaintyEdits.find(review, id);
        CompoundCommand change = new CompoundCommand("Certainty of " + (analysis != null ? analysis.getId() : outcome.getId()));
        try {
            CertaintyAssessment assessment = existing.orElse(null);
            if (assessment == null && changes()) {
                assessment = edits.begin(analysis, outcome, by, consensus);
                change.append(edits.add(assessment));
            }
            if (assessment != null) {
                append(change, edits, assessment);
            }
            if (!change.isEmpty()) {
                session.domain().getCommandStack().execute(change);
                session.save();
                terminal.err().println("Saved " + id + " in certainty/" + id + ".json");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        print(review, analysis, CertaintyEdits.find(review, id), rule);
        return Terminal.withProblems(Terminal.OK, session);
    }

    private boolean changes() {
        return evidence != null || !rates.isEmpty() || order != null || assumedRisk != null || riskSource != null || threshold != null || ois != null
                || narrative != null || comment != null;
    }

    private void append(CompoundCommand change, CertaintyEdits edits, CertaintyAssessment assessment) {
        if (evidence != null) {
            change.append(edits.set(assessment, "evidence", switch (evidence.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "randomised", "randomized" -> "RANDOMISED";
                case "non-randomised", "non-randomized" -> "NON_RANDOMISED";
                case "robins-i", "non-randomised-robins-i" -> "NON_RANDOMISED_ROBINS_I";
                default -> throw new UsageException("--evidence is randomised, non-randomised or robins-i, not " + evidence);
            }));
        }
        java.util.Set<String> rated = new java.util.HashSet<>();
        for (String rate : rates) {
            int eq = rate.indexOf('=');
            if (eq < 1) {
                throw new UsageException("--rate takes DOMAIN=RATING[:FOOTNOTE], not " + rate);
            }
            String domain = rate.substring(0, eq).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            String rest = rate.substring(eq + 1);
            int colon = rest.indexOf(':');
            String rating = (colon < 0 ? rest : rest.substring(0, colon)).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            String footnote = colon < 0 ? null : rest.substring(colon + 1).strip();
            if (!rated.add(domain)) {
                throw new UsageException(domain + " is rated twice in one call");
            }
            change.append(edits.rate(assessment, domain, rating, footnote));
        }
        set(change, edits, assessment, "order", order);
        set(change, edits, assessment, "assumedRisk", assumedRisk);
        set(change, edits, assessment, "assumedRiskSource", riskSource);
        set(change, edits, assessment, "imprecisionThreshold", threshold);
        set(change, edits, assessment, "optimalInformationSize", ois);
        set(change, edits, assessment, "narrative", narrative);
        set(change, edits, assessment, "comment", comment);
    }

    private static void set(CompoundCommand change, CertaintyEdits edits, CertaintyAssessment assessment, String detail, Object value) {
        if (value != null) {
            change.append(edits.set(assessment, detail, value instanceof String s && s.isBlank() ? null : value));
        }
    }

    private void print(Review review, Analysis analysis, Optional<CertaintyAssessment> assessment, CertaintyRule rule) {
        List<CertaintyProposals.Proposal> proposals = List.of();
        String notRun = null;
        if (analysis != null) {
            try {
                SavedAnalysis.Run run = SavedAnalysis.run(review, analysis);
                proposals = new CertaintyProposals(run, assessment.map(CertaintyAssessment::getImprecisionThreshold).map(BigDecimal::doubleValue).orElse(null),
                        assessment.map(CertaintyAssessment::getOptimalInformationSize).orElse(null)).all();
            } catch (IllegalArgumentException e) {
                notRun = e.getMessage();
            }
        }
        Optional<Certainty> certainty = assessment.map(a -> CertaintyEdits.certainty(a, rule));
        if (json) {
            ObjectNode root = Terminal.json().createObjectNode();
            root.put("assessment", assessment.map(CertaintyAssessment::getId).orElse(null));
            root.put("evidence", assessment.map(CertaintyAssessment::getEvidence).orElse(null));
            root.put("start", certainty.map(Certainty::start).orElse(null));
            root.put("level", certainty.map(Certainty::level).orElse(null));
            var problems = root.putArray("problems");
            certainty.ifPresent(c -> c.problems().forEach(problems::add));
            var domains = root.putArray("domains");
            for (String domain : rule.domains()) {
                ObjectNode node = domains.addObject();
                node.put("domain", domain);
                assessment.flatMap(a -> a.getRatings().stream().filter(r -> domain.equals(r.getDomain())).findFirst()).ifPresentOrElse(r -> {
                    node.put("rating", r.getRating());
                    node.put("footnote", r.getFootnote());
                }, () -> node.putNull("rating"));
                proposals.stream().filter(p -> p.domain().equals(domain)).findFirst().ifPresent(p -> {
                    node.put("proposed", p.rating());
                    node.put("figures", p.figures());
                });
            }
            if (notRun != null) {
                root.put("notRun", notRun);
            }
            terminal.printJson(root);
            return;
        }
        var out = terminal.out();
        out.println(assessment.map(a -> a.getId() + (a.getEvidence() == null ? "" : ", " + CertaintyRule.label(a.getEvidence()).toLowerCase(Locale.ROOT)
                + " evidence")).orElse("not assessed yet"));
        for (String domain : rule.domains()) {
            String rating = assessment.flatMap(a -> a.getRatings().stream().filter(r -> domain.equals(r.getDomain())).findFirst())
                    .map(r -> CertaintyRule.label(r.getRating()).toLowerCase(Locale.ROOT) + (r.getFootnote() == null ? "" : " (" + r.getFootnote() + ")"))
                    .orElse("not rated");
            out.println("  " + CertaintyRule.label(domain) + ": " + rating);
            proposals.stream().filter(p -> p.domain().equals(domain)).findFirst().ifPresent(p -> out.println("    proposed: "
                    + (p.rating() == null ? "-" : CertaintyRule.label(p.rating()).toLowerCase(Locale.ROOT)) + "; " + p.figures()));
        }
        if (notRun != null) {
            out.println("  (no proposals: " + notRun + ")");
        }
        certainty.ifPresent(c -> out.println(c.level() != null ? "Certainty: " + c.symbols() + " (from " + CertaintyRule.label(c.start()).toLowerCase(
                Locale.ROOT) + ")" : "Certainty: not yet (" + String.join("; ", c.problems()) + ")"));
    }

}
