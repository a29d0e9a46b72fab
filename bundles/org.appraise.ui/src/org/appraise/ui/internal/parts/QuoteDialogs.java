package org.appraise.ui.internal.parts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.QuoteAnchor;
import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * What the Paper view asks the reviewer about the quotes of the paper shown: whether to move quotes a changed report
 * no longer matches, and the comment on a quote. Each answer is one command of the review's stack.
 */
final class QuoteDialogs {

    private final ReviewSession review;
    private final Shell shell;

    QuoteDialogs(ReviewSession review, Shell shell) {
        this.review = review;
        this.shell = shell;
    }

    /** Says how many of the extraction's quotes in this report are out of place, and moves those found once if asked. */
    void reanchor(Extraction extraction, Report report, ReportText text) {
        List<Annotation> out = extraction.getAnnotations().stream().filter(a -> a.getReport() == report && !text.anchors(a)).toList();
        if (out.isEmpty()) {
            MessageDialog.openInformation(shell, "Re-anchor", "Every quote matches the report.");
            return;
        }
        Map<QuoteAnchor.Status, Long> counts = out.stream()
                .collect(Collectors.groupingBy(a -> QuoteAnchor.find(a, text).status(), Collectors.counting()));
        String summary = out.size() + " quote(s) no longer match the report: " + counts.getOrDefault(QuoteAnchor.Status.MOVED, 0L)
                + " found once elsewhere, " + counts.getOrDefault(QuoteAnchor.Status.AMBIGUOUS, 0L) + " found several times, "
                + counts.getOrDefault(QuoteAnchor.Status.LOST, 0L) + " lost.\n\nMove those found once? The others stay flagged in Problems.";
        Command move = edits().reanchor(out, text);
        if (move != null && MessageDialog.openQuestion(shell, "Re-anchor", summary)) {
            review.domain().getCommandStack().execute(move);
        }
    }

    /** Asks for the comment on a quote (shown with its words) and records it. */
    void editComment(Annotation annotation) {
        InputDialog ask = new InputDialog(shell, "Comment on quote", "\u201c" + annotation.getQuote().replace('\n', ' ') + "\u201d",
                annotation.getComment() == null ? "" : annotation.getComment(), null);
        if (ask.open() == Window.OK) {
            comment(annotation, ask.getValue());
        }
    }

    /** Records a quote's comment; an empty one removes it. */
    void comment(Annotation annotation, String comment) {
        review.domain().getCommandStack().execute(edits().comment(annotation, comment));
    }

    private ExtractionEdits edits() {
        return new ExtractionEdits(review.domain(), review.folder().review());
    }
}
