package org.appraise.cli.internal.extraction;

import java.util.Locale;

import org.appraise.cli.internal.Terminal;
import org.appraise.core.ReportText;
import org.appraise.core.assistant.AssistantAccuracy;
import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code appraise agreement --with-assistant}: each reviewer's result values against the extraction assistant's
 * proposals for the same paper, per study: how many of the reviewer's values the assistant gives too, how many of
 * its proposals for the review's outcomes the reviewer recorded, and the differences either way.
 */
final class AssistantAgreement {

    private final Terminal terminal;

    AssistantAgreement(Terminal terminal) {
        this.terminal = terminal;
    }

    int print(ReviewSession session, boolean json) {
        Review review = session.folder().review();
        ObjectNode root = Terminal.json().createObjectNode();
        root.put("assistant", ExtractionAssistant.VERSION);
        ArrayNode rows = root.putArray("comparisons");
        for (Study study : review.getStudies()) {
            ReportText text = study.getReports().isEmpty() ? null : session.folder().reportText(study.getReports().get(0)).orElse(null);
            if (text == null) {
                continue;
            }
            ExtractionAssistant.PaperResults read = ExtractionAssistant.read(text);
            for (Extraction extraction : study.getExtractions()) {
                if (extraction.isConsensus() || extraction.getReviewer() == null || extraction.getMeasurements().isEmpty()) {
                    continue;
                }
                AssistantAccuracy.Figures f = AssistantAccuracy.compare(review, extraction, read);
                ObjectNode row = rows.addObject();
                row.put("reviewer", extraction.getReviewer().getId());
                row.put("study", study.getId());
                row.put("values", f.handValues());
                row.put("alsoProposed", f.found());
                row.put("proposals", f.proposals());
                row.put("recorded", f.accepted());
                row.put("outsideTheReviewsOutcomes", f.outside());
                f.missed().forEach(row.putArray("notProposed")::add);
                f.wrong().forEach(row.putArray("notRecorded")::add);
                if (!json) {
                    terminal.out().println(String.format(Locale.ROOT, "%s on %s: %d of %d values also proposed (%.1f%%); %d of %d proposals recorded (%.1f%%)",
                            extraction.getReviewer().getId(), study.getId(), f.found(), f.handValues(), 100 * f.recall(), f.accepted(), f.proposals(),
                            100 * f.precision()));
                    f.missed().forEach(m -> terminal.out().println("    not proposed: " + m));
                    f.wrong().forEach(w -> terminal.out().println("    not recorded: " + w));
                }
            }
        }
        if (json) {
            terminal.printJson(root);
        }
        return Terminal.OK;
    }
}
