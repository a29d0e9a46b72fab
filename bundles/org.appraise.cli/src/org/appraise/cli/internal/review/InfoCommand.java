package org.appraise.cli.internal.review;

import java.util.Map;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise info}: what the review holds, counted. */
@Command(name = "info", description = "Count the studies, reports, annotations, results and assessments of a review.")
public final class InfoCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--json", description = "Print the counts as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Review review = session.folder().review();
        Map<String, Object> counts = ReviewCounts.of(review);
        counts.put("problems", session.folder().problems().size());
        if (json) {
            ObjectMapper mapper = Terminal.json().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            ObjectNode root = mapper.createObjectNode();
            root.put("review", review.getId());
            root.put("title", review.getTitle());
            root.set("counts", mapper.valueToTree(counts));
            terminal.out().println(mapper.writeValueAsString(root));
        } else {
            terminal.out().println("Review " + review.getId() + ": " + (review.getTitle() == null ? "" : review.getTitle()));
            counts.forEach((key, value) -> terminal.out().println("  " + key + ": " + value));
        }
        // said on stderr, so that the counts (and their JSON) stay what they were
        session.unsavedFromBefore().ifPresent(kept -> terminal.err().println("note: the workbench was closed without saving edits to this review ("
                + kept.files().size() + " file(s), kept " + kept.taken() + "); open the review in the workbench to restore, set aside or discard them"));
        java.util.Map<String, Long> held = session.heldElsewhere();
        if (!held.isEmpty()) {
            terminal.err().println("note: the workbench open on this review (process " + held.values().iterator().next() + ") has unsaved edits to "
                    + held.size() + " file(s) (" + String.join(", ", held.keySet()) + "); a command that writes them is refused until they are saved"
                    + " or closed there");
        }
        return session.folder().problems().isEmpty() ? Terminal.OK : Terminal.FINDINGS;
    }
}
