package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.SelectionWords;
import org.appraise.core.QuoteAssignment;
import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;

/**
 * Codes one selection of the paper: starts the reviewer's extraction when there is none, asks where the
 * selection goes (creating the arm, row, outcome, PICO element or detail it needs on the way) and fills every
 * part of the result it holds, with one quote, as one command.
 */
final class SelectionCoding {

    private final Shell shell;
    private final ReviewSession review;
    private final StudyActions actions;
    private int last = -1;

    SelectionCoding(Shell shell, ReviewSession review) {
        this.shell = shell;
        this.review = review;
        this.actions = new StudyActions(shell, review);
    }

    /**
     * The extraction to code into: the one given, else a new one of the reviewer working (the git user, or the
     * review's only reviewer), else the one the reviewer picks; empty when they cancel.
     */
    Optional<Extraction> into(Study study, Extraction current) {
        if (current != null) {
            return Optional.of(current);
        }
        List<Reviewer> reviewers = review.folder().review().getReviewers();
        Optional<Reviewer> me = review.me().or(() -> reviewers.size() == 1 ? Optional.of(reviewers.get(0)) : Optional.empty());
        if (me.isPresent()) {
            review.domain().getCommandStack().execute(new ExtractionEdits(review.domain(), review.folder().review()).startExtraction(study, me.get()));
        } else {
            actions.startExtraction(study);
        }
        return study.getExtractions().stream().filter(e -> me.isEmpty() || e.getReviewer() == me.get()).reduce((a, b) -> b);
    }

    /** Asks and records; returns the quote made, or empty when the reviewer cancelled. */
    Optional<Annotation> code(Extraction extraction, Report report, ReportText text, int start, int end) {
        String quote = text.between(start, end).orElse("");
        while (true) {
            List<ValueTarget> targets = ValueTarget.of(extraction);
            AssignDialog dialog = new AssignDialog(shell, quote, targets, last);
            if (dialog.open() != AssignDialog.OK) {
                return Optional.empty();
            }
            if (dialog.toCreate() != null) {
                int arms = extraction.getArms().size();
                create(dialog.toCreate(), extraction, quote);
                Optional<Annotation> size = arms < extraction.getArms().size() ? quoteSize(extraction, report, text, start, end) : Optional.empty();
                if (size.isPresent()) {
                    return size; // the arm made from "n = 35" has its size quoted by it: nothing left to ask
                }
                continue; // back to the field list, the new fields in it
            }
            ValueTarget target = dialog.chosen();
            last = targets.indexOf(target);
            QuoteAssignment assignment = new QuoteAssignment(review.domain(), extraction, extraction.getReviewer());
            Annotation annotation = assignment.annotation(report, text, start, end, target.label());
            Command command = target.numeric() ? assignment.fill(annotation, target.owner(), dialog.parts(), dialog.keepQuotes())
                    : assignment.assignAsSource(annotation, target.owner(), target.field());
            review.domain().getCommandStack().execute(command);
            if (target.owner() == extraction && extraction.getDesign() == org.appraise.model.StudyDesign.UNSPECIFIED) {
                actions.design(extraction, SelectionWords.design(quote)); // the quote of a design not yet chosen: choose it now
            }
            return Optional.of(annotation);
        }
    }

    /** When the new arm's size is the n the selection states, the selection becomes that size's quote. */
    private Optional<Annotation> quoteSize(Extraction extraction, Report report, ReportText text, int start, int end) {
        org.appraise.model.Arm arm = extraction.getArms().get(extraction.getArms().size() - 1);
        BigDecimal n = SelectionWords.size(text.between(start, end).orElse(""));
        org.appraise.model.Value size = arm.getGroupSizes().isEmpty() ? null : arm.getGroupSizes().get(0).getN();
        if (n == null || size == null || size.getNumber() == null || size.getNumber().compareTo(n) != 0) {
            return Optional.empty();
        }
        ValueTarget target = ValueTarget.of(extraction).stream().filter(t -> t.owner() == arm.getGroupSizes().get(0)).findFirst().orElseThrow();
        QuoteAssignment assignment = new QuoteAssignment(review.domain(), extraction, extraction.getReviewer());
        Annotation annotation = assignment.annotation(report, text, start, end, target.label());
        review.domain().getCommandStack().execute(assignment.fill(annotation, target.owner(),
                List.of(new org.appraise.core.ResultParts.Part(target.field(), n, null)), false));
        return Optional.of(annotation);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private void create(AssignDialog.Create what, Extraction extraction, String quote) {
        String words = quote.replaceAll("\\s+", " ").trim();
        switch (what) {
        case ARM -> actions.newArm(extraction, SelectionWords.armLabel(words), plain(SelectionWords.size(words)));
        case ROW -> actions.newRow(extraction, SelectionWords.criteria(words), SelectionWords.rowType(words));
        case OUTCOME -> actions.newOutcome(words.length() > 60 ? "" : words);
        case PICO -> actions.newPico(extraction, words);
        case DETAIL -> actions.newDetail(extraction, words);
        }
    }
}
