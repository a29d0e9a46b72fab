package org.appraise.cli.internal.extraction;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;

import org.appraise.core.agreement.ExtractionComparison;
import org.appraise.core.agreement.ExtractionConsensus;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.ConsensusDecision;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise consensus}: the disagreements of two reviewers' extractions of a study, numbered, with how
 * the consensus settled each; and, one step per call, starting the consensus from one reviewer's extraction,
 * taking a reviewer's value of a disagreement, or entering a value with a note. The same model operations as
 * the workbench's Compare view; the reviewers' files are never changed.
 */
@picocli.CommandLine.Command(name = "consensus", description = { "The study's disagreements between two reviewers' extractions, numbered, and how the consensus settled each.",
        "One step per call: --start-from REVIEWER --by ARBITER starts the consensus from one reviewer's extraction;",
        "--field N --take REVIEWER settles disagreement N with that reviewer's value (and quotes); --field N --value V --note WHY enters a new one.",
        "The reviewers' own files are never changed." })
public final class ConsensusCommand implements Callable<Integer> {

    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--study", paramLabel = "ID", required = true, description = "The study (required).")
    private String studyId;

    @Option(names = "--between", paramLabel = "A,B", description = "The two reviewers (or extraction ids) compared (default: the first two extractions).")
    private String between;

    @Option(names = "--start-from", paramLabel = "REVIEWER", description = "Start the consensus as a copy of this reviewer's extraction.")
    private String startFrom;

    @Option(names = "--by", paramLabel = "ARBITER", description = "Who records the consensus (with --start-from).")
    private String by;

    @Option(names = "--field", paramLabel = "N", description = "The number of the disagreement to settle.")
    private String field;

    @Option(names = "--take", paramLabel = "REVIEWER", description = "Settle it with this reviewer's value and quotes.")
    private String take;

    @Option(names = "--value", paramLabel = "V", description = "Settle it with a value of the consensus' own.")
    private String value;

    @Option(names = "--note", paramLabel = "WHY", description = "Why (with --value).")
    private String note;

    @Option(names = "--json", description = "Print the disagreements as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        // the same session as the workbench's: every edit is a command on its stack
        ReviewSession session = terminal.openWhole("settle");
        Review review = session.folder().review();
        Study study = review.getStudies().stream().filter(s -> s.getId().equals(studyId)).findFirst()
                .orElseThrow(() -> new UsageException("no study '" + studyId + "' in the review"));
        List<Extraction> extractions = study.getExtractions().stream().filter(e -> !e.isConsensus()).toList();
        String[] pair = between == null ? null : between.split(",");
        if (pair != null && pair.length != 2) {
            throw new UsageException("--between names two reviewers: A,B");
        }
        Extraction a = pair == null ? (extractions.size() > 0 ? extractions.get(0) : null) : of(extractions, pair[0].strip());
        Extraction b = pair == null ? (extractions.size() > 1 ? extractions.get(1) : null) : of(extractions, pair[1].strip());
        if (a == null || b == null || a == b) {
            throw new UsageException(studyId + " needs two reviewers' extractions to agree on (--between REVIEWER,REVIEWER)");
        }
        List<ExtractionComparison.Field> disagreements = new ExtractionComparison(tools).compare(a, b).stream().filter(f -> !f.agree()).toList();
        ExtractionConsensus consensus = new ExtractionConsensus(session.domain(), review, tools);
        Command step = null;
        try {
            if (startFrom != null) {
                Extraction from = of(extractions, startFrom);
                if (by == null) {
                    throw new UsageException("say who records the consensus: --by REVIEWER");
                }
                step = consensus.start(study, from, reviewer(review, by));
            } else if (field != null) {
                ExtractionComparison.Field chosen = field(disagreements, field);
                Extraction agreed = ExtractionConsensus.of(study).filter(ExtractionConsensus::started)
                        .orElseThrow(() -> new UsageException("start the consensus first (--start-from REVIEWER --by REVIEWER)"));
                if (take != null) {
                    Extraction taken = of(extractions, take);
                    if (taken != a && taken != b) {
                        throw new UsageException("--take names one of the two reviewers compared");
                    }
                    step = consensus.take(agreed, chosen, taken, taken == a);
                } else if (value != null) {
                    step = consensus.enter(agreed, chosen, value, note);
                } else {
                    throw new UsageException("--field needs --take REVIEWER or --value V --note WHY");
                }
            }
        } catch (IllegalArgumentException e) {
            terminal.err().println("refused: " + e.getMessage());
            return Terminal.FINDINGS;
        }
        if (step != null) {
            session.domain().getCommandStack().execute(step);
            session.save();
            terminal.err().println(step.getLabel() + "; saved");
        }
        print(study, a, b, disagreements, consensus, json);
        return Terminal.OK;
    }

    private void print(Study study, Extraction a, Extraction b, List<ExtractionComparison.Field> disagreements, ExtractionConsensus consensus,
            boolean json) throws IOException {
        Optional<Extraction> agreed = ExtractionConsensus.of(study).filter(ExtractionConsensus::started);
        ObjectMapper mapper = Terminal.json();
        ObjectNode root = mapper.createObjectNode();
        root.put("study", study.getId());
        root.putArray("between").add(a.getId()).add(b.getId());
        agreed.ifPresentOrElse(c -> root.put("consensus", c.getId()), () -> root.putNull("consensus"));
        ArrayNode fields = root.putArray("disagreements");
        int settled = 0;
        for (int i = 0; i < disagreements.size(); i++) {
            ExtractionComparison.Field field = disagreements.get(i);
            ObjectNode node = fields.addObject();
            node.put("number", i + 1);
            node.put("group", field.group());
            node.put("field", field.key());
            node.put(a.getId(), field.first());
            node.put(b.getId(), field.second());
            Optional<ConsensusDecision> decision = agreed.flatMap(c -> ExtractionConsensus.decision(c, field));
            if (agreed.isPresent() && !field.group().equals(ExtractionComparison.RISK_OF_BIAS)) {
                node.put("consensus", consensus.value(agreed.get(), field));
            }
            decision.ifPresent(d -> {
                node.put("settledBy", d.getTaken() == null ? "entered" : d.getTaken().getId());
                if (d.getNote() != null) {
                    node.put("note", d.getNote());
                }
            });
            settled += decision.isPresent() ? 1 : 0;
        }
        root.put("settled", settled);
        if (json) {
            terminal.out().println(mapper.writeValueAsString(root));
            return;
        }
        terminal.out().println(study.getId() + ": " + disagreements.size() + " disagreement(s) between " + a.getId() + " and " + b.getId()
                + agreed.map(c -> "; " + root.get("settled").asInt() + " settled in " + c.getId())
                        .orElse("; no consensus started (--start-from REVIEWER --by REVIEWER)"));
        for (com.fasterxml.jackson.databind.JsonNode node : fields) {
            terminal.out().println(String.format(java.util.Locale.ROOT, "%3d  %-13s %s%n       %s: %s   %s: %s%s%s", node.get("number").asInt(),
                    node.get("group").asText(), node.get("field").asText(), a.getId(), node.get(a.getId()).asText(), b.getId(),
                    node.get(b.getId()).asText(), node.has("consensus") ? "   consensus: " + node.get("consensus").asText() : "",
                    node.has("settledBy") ? " (" + node.get("settledBy").asText() + ")" : ""));
        }
    }

    private static Extraction of(List<Extraction> extractions, String who) {
        return extractions.stream().filter(e -> e.getId().equals(who) || e.getReviewer() != null && e.getReviewer().getId().equals(who)).findFirst()
                .orElseThrow(() -> new UsageException("no extraction of '" + who + "' in this study"));
    }

    private static Reviewer reviewer(Review review, String id) {
        return review.getReviewers().stream().filter(r -> r.getId().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("no reviewer '" + id + "' in the review"));
    }

    private static ExtractionComparison.Field field(List<ExtractionComparison.Field> disagreements, String number) {
        try {
            int n = Integer.parseInt(number.strip());
            if (n >= 1 && n <= disagreements.size()) {
                return disagreements.get(n - 1);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--field is the number of a disagreement, 1 to " + disagreements.size() + " (see the listing)");
    }
}
