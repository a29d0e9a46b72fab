package org.appraise.cli.internal.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.cli.internal.Terminal;
import org.appraise.core.screening.Agreement;
import org.appraise.core.screening.ScreeningState;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What {@code appraise screening --stats} prints: per stage, the verdicts, the conflicts, and the agreement of each pair. */
final class ScreeningFigures {

    private final Terminal terminal;
    private final ObjectMapper mapper = Terminal.json();

    ScreeningFigures(Terminal terminal) {
        this.terminal = terminal;
    }

    int print(Review review, boolean json) {
        ScreeningState state = ScreeningState.of(review);
        ObjectNode root = mapper.createObjectNode();
        root.put("method", method(review));
        ObjectNode stages = root.putObject("stages");
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            stage(state, stage, stages.putObject(stage.getLiteral()));
        }
        if (json) {
            terminal.printJson(root);
            return Terminal.OK;
        }
        terminal.out().println("Method: " + method(review) + (review.isSingleScreening() ? " (one reviewer's decision counts)"
                : " (two reviewers decide each record independently)"));
        root.get("stages").fields().forEachRemaining(stage -> {
            var s = stage.getValue();
            terminal.out().println(stage.getKey() + ": " + s.get("records") + " record(s), " + s.get("decided") + " decided " + s.get("verdicts") + ", "
                    + s.get("conflicts") + " open conflict(s), " + s.get("resolved") + " resolved"
                    + (s.get("awaiting").asInt() == 0 ? "" : ", " + s.get("awaiting") + " awaiting a second reviewer"));
            s.get("agreement").forEach(pair -> terminal.out().println("  " + pair.get("reviewers") + ": " + pair.get("records")
                    + " record(s), agreement " + pair.get("percentAgreement") + ", kappa " + pair.get("kappa")));
        });
        return Terminal.OK;
    }

    static String method(Review review) {
        return review.isSingleScreening() ? "single screening" : "dual screening";
    }

    private void stage(ScreeningState state, ScreeningStage stage, ObjectNode node) {
        List<ScreeningState.Standing> all = state.all(stage);
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        Verdict.VALUES.forEach(v -> verdicts.put(v.getLiteral(), 0));
        int resolved = 0;
        List<Reviewer> reviewers = new ArrayList<>();
        for (ScreeningState.Standing standing : all) {
            standing.verdict().ifPresent(v -> verdicts.merge(v.getLiteral(), 1, Integer::sum));
            resolved += standing.resolution().isPresent() ? 1 : 0;
            standing.decisions().keySet().stream().filter(r -> !reviewers.contains(r)).forEach(reviewers::add);
        }
        node.put("records", all.size());
        node.put("decided", all.stream().filter(s -> s.verdict().isPresent()).count());
        node.set("verdicts", mapper.valueToTree(verdicts));
        List<ScreeningState.Standing> conflicts = state.conflicts(stage);
        node.put("conflicts", conflicts.size());
        node.put("resolved", resolved);
        node.put("awaiting", all.stream().filter(ScreeningState.Standing::awaiting).count());
        ArrayNode open = node.putArray("openConflicts");
        conflicts.forEach(c -> open.add(c.reference().getId()));
        ArrayNode pairs = node.putArray("agreement");
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                Agreement agreement = state.agreement(stage, reviewers.get(i), reviewers.get(j));
                ObjectNode pair = pairs.addObject();
                pair.putArray("reviewers").add(reviewers.get(i).getId()).add(reviewers.get(j).getId());
                pair.put("records", agreement.items());
                pair.put("percentAgreement", round(agreement.percent()));
                agreement.kappa().ifPresentOrElse(k -> pair.put("kappa", round(k)), () -> pair.putNull("kappa"));
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
