package org.appraise.cli.internal.extraction;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.core.agreement.ReviewAgreement;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise agreement}: reviewers' independent extractions compared field by field. */
@Command(name = "agreement", description = { "Compare reviewers' independent extractions field by field: percent agreement per field group,",
        "kappa for design and (weighted) risk of bias, and every disagreement." })
public final class AgreementCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--json", description = "Print the comparison, disagreements included, as JSON.")
    private boolean json;

    @Option(names = "--with-assistant", description = { "Compare each reviewer's result values with the extraction assistant's proposals",
            "for the same paper: the values it gives too (same number, outcome, population and arm, quoting overlapping words)",
            "and the proposals the reviewer did not record. Nothing is recorded." })
    private boolean withAssistant;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.openWhole("compare");
        Review review = session.folder().review();
        PrintStream out = terminal.out();
        if (withAssistant) {
            return new AssistantAgreement(terminal.plain()).print(session, json);
        }
        List<ReviewAgreement.Pair> pairs = new ReviewAgreement(RiskOfBiasTools.builtIn()).pairs(review);
        ObjectMapper mapper = Terminal.json();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("pairs");
        for (ReviewAgreement.Pair pair : pairs) {
            ObjectNode node = array.addObject();
            node.putArray("reviewers").add(pair.first().getId()).add(pair.second().getId());
            pair.studies().forEach(node.putArray("studies")::add);
            ObjectNode groups = node.putObject("groups");
            pair.groups().forEach((group, counts) -> {
                ObjectNode g = groups.putObject(group);
                g.put("fields", (int) counts[0]);
                g.put("agreed", (int) counts[1]);
                g.put("percentAgreement", Math.round(counts[1] / counts[0] * 10000) / 10000.0);
            });
            ObjectNode kappa = node.putObject("kappa");
            pair.design().flatMap(a -> a.kappa()).ifPresentOrElse(k -> kappa.put("design", Math.round(k * 10000) / 10000.0),
                    () -> kappa.putNull("design"));
            pair.riskOfBias().forEach((tool, a) -> {
                ObjectNode t = kappa.putObject("riskOfBias:" + tool);
                t.put("judgements", a.items());
                t.put("percentAgreement", Math.round(a.percent() * 10000) / 10000.0);
                a.kappa().ifPresentOrElse(k -> t.put("weightedKappa", Math.round(k * 10000) / 10000.0), () -> t.putNull("weightedKappa"));
            });
            ArrayNode disagreements = node.putArray("disagreements");
            for (ReviewAgreement.Disagreement d : pair.disagreements()) {
                ObjectNode x = disagreements.addObject();
                x.put("study", d.study());
                x.put("group", d.field().group());
                x.put("field", d.field().key());
                x.put(pair.first().getId(), d.field().first());
                x.put(pair.second().getId(), d.field().second());
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(root));
        } else if (pairs.isEmpty()) {
            out.println("No two reviewers extracted the same study yet.");
        } else {
            for (ReviewAgreement.Pair pair : pairs) {
                out.println(pair.first().getId() + " and " + pair.second().getId() + " on " + String.join(", ", pair.studies()) + ":");
                pair.groups().forEach((group, counts) -> out.printf(Locale.ROOT, "  %-14s %3d of %3d fields agree (%.1f%%)%n", group,
                        (int) counts[1], (int) counts[0], 100 * counts[1] / counts[0]));
                pair.riskOfBias().forEach((tool, a) -> out.println("  " + tool + ": weighted kappa "
                        + a.kappa().map(k -> String.format(Locale.ROOT, "%.3f", k)).orElse("undefined") + " over " + a.items() + " judgements"));
                out.println("  " + pair.disagreements().size() + " disagreement(s) (--json lists them)");
            }
        }
        return Terminal.OK;
    }
}
