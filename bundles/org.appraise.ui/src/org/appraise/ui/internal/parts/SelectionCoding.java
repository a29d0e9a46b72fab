package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.NumberReader;
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
                actions.design(extraction, design(quote)); // the quote of a design not yet chosen: choose it now
            }
            return Optional.of(annotation);
        }
    }

    /** When the new arm's size is the n the selection states, the selection becomes that size's quote. */
    private Optional<Annotation> quoteSize(Extraction extraction, Report report, ReportText text, int start, int end) {
        org.appraise.model.Arm arm = extraction.getArms().get(extraction.getArms().size() - 1);
        String n = size(text.between(start, end).orElse(""));
        if (n.isEmpty() || arm.getGroupSizes().isEmpty() || arm.getGroupSizes().get(0).getN() == null
                || arm.getGroupSizes().get(0).getN().getNumber() == null || arm.getGroupSizes().get(0).getN().getNumber().compareTo(new BigDecimal(n)) != 0) {
            return Optional.empty();
        }
        ValueTarget target = ValueTarget.of(extraction).stream().filter(t -> t.owner() == arm.getGroupSizes().get(0)).findFirst().orElseThrow();
        QuoteAssignment assignment = new QuoteAssignment(review.domain(), extraction, extraction.getReviewer());
        Annotation annotation = assignment.annotation(report, text, start, end, target.label());
        review.domain().getCommandStack().execute(assignment.fill(annotation, target.owner(),
                List.of(new org.appraise.core.ResultParts.Part(target.field(), new BigDecimal(n), null)), false));
        return Optional.of(annotation);
    }

    private void create(AssignDialog.Create what, Extraction extraction, String quote) {
        String words = quote.replaceAll("\\s+", " ").trim();
        switch (what) {
        case ARM -> actions.newArm(extraction, armLabel(words), size(words));
        case ROW -> actions.newRow(extraction, criteria(words), rowType(words));
        case OUTCOME -> actions.newOutcome(words.length() > 60 ? "" : words);
        case PICO -> actions.newPico(extraction, words);
        case DETAIL -> actions.newDetail(extraction, words);
        }
    }

    /** "RT + anti-PD1 group (n = 37)" gives "RT + anti-PD1 group". */
    static String armLabel(String words) {
        String label = words.replaceAll("\\(.*$", "").replaceAll("(?i)\\bn\\s*=.*$", "").trim();
        return label.length() > 60 || !label.matches(".*\\p{L}{2}.*") ? "" : label;
    }

    /** The n the selection states ("n = 37", "(N=41)"), or nothing. */
    static String size(String words) {
        return NumberReader.read(words).stream().map(r -> r.get("n")).filter(n -> n != null).findFirst().map(BigDecimal::toPlainString)
                .orElse("");
    }

    /** The design the words name ("a retrospective study", "randomized"), or the one not yet chosen. */
    static org.appraise.model.StudyDesign design(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("randomised") || w.contains("randomized")) {
            return w.contains("non-random") ? org.appraise.model.StudyDesign.NON_RANDOMISED_TRIAL : org.appraise.model.StudyDesign.RANDOMISED_TRIAL;
        }
        if (w.contains("retrospective")) {
            return org.appraise.model.StudyDesign.RETROSPECTIVE_COHORT;
        }
        if (w.contains("prospective")) {
            return org.appraise.model.StudyDesign.PROSPECTIVE_COHORT;
        }
        return w.contains("case-control") || w.contains("case control") ? org.appraise.model.StudyDesign.CASE_CONTROL
                : org.appraise.model.StudyDesign.UNSPECIFIED;
    }

    /** The kind of result the selection reads as: a median time (months, weeks...), a mean ± SD, else events / total. */
    static int rowType(String words) {
        if (words.matches("(?is).*\\b(median|months?|weeks?|days?|years?)\\b.*")) {
            return 2;
        }
        return words.contains("\u00b1") || words.matches("(?is).*\\b(mean|SD)\\b.*") ? 1 : 0;
    }

    /** The criteria the selection names (the longest of the known ones), or nothing. */
    static String criteria(String words) {
        return StudyActions.CRITERIA.stream().filter(words::contains).max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }
}
