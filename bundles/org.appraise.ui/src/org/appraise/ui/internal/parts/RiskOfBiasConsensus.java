package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Extraction;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Shell;

/**
 * Records the consensus of one row of the risk-of-bias matrix: starts it from one assessor's assessment,
 * recorded by a reviewer (the arbiter first), as one command, then opens it in the study editor.
 */
final class RiskOfBiasConsensus {

    private final Shell shell;
    private final ReviewSession review;
    private final RiskOfBiasTools tools;
    private final ESelectionService selection;
    private final EPartService parts;

    RiskOfBiasConsensus(Shell shell, ReviewSession review, RiskOfBiasTools tools, ESelectionService selection, EPartService parts) {
        this.shell = shell;
        this.review = review;
        this.tools = tools;
        this.selection = selection;
        this.parts = parts;
    }

    /** Records the consensus of the row chosen (null: none chosen, which is said). */
    void record(RiskOfBiasTable.Row row) {
        if (row == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Appraise", "Select the row to agree on.");
            return;
        }
        if (row.agreed()) {
            open(row.assessment());
            return;
        }
        List<RiskOfBiasAssessment> sources = new ArrayList<>(List.of(row.assessment()));
        List<String> names = new ArrayList<>(List.of(row.reviewer()));
        for (RiskOfBiasTable.Other other : row.others()) {
            sources.add(other.assessment());
            names.add(other.reviewer() + (other.differences().isEmpty() ? " (same judgements)" : " (differs: " + String.join(", ", other.differences()) + ")"));
        }
        List<org.appraise.model.Reviewer> reviewers = review.folder().review().getReviewers();
        String arbiter = reviewers.stream().filter(r -> r.getRole() == org.appraise.model.ReviewerRole.ARBITER).map(r -> r.getId())
                .findFirst().orElse(reviewers.isEmpty() ? null : reviewers.get(0).getId());
        FieldsDialog form = new FieldsDialog(shell, "Record the consensus of " + row.label())
                .choice("from", "Start from the assessment of", names, names.get(0), false)
                .choice("by", "Recorded by", reviewers.stream().map(r -> r.getId()).toList(), arbiter, false);
        if (form.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        RiskOfBiasAssessment from = sources.get(Math.max(0, form.index("from")));
        org.appraise.model.Reviewer by = form.index("by") < 0 ? null : reviewers.get(form.index("by"));
        try {
            review.domain().getCommandStack().execute(
                    new org.appraise.core.rob.AssessmentEdits(review.domain(), review.folder().review(), tools).recordConsensus(from, by));
        } catch (IllegalArgumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Appraise", e.getMessage());
            return;
        }
        row.study().getExtractions().stream().filter(Extraction::isConsensus).findFirst()
                .ifPresent(consensus -> open(consensus.getAssessments().get(consensus.getAssessments().size() - 1)));
    }

    private void open(RiskOfBiasAssessment assessment) {
        selection.setSelection(assessment);
        parts.showPart(org.appraise.ui.internal.ReviewPerspective.STUDY, EPartService.PartState.ACTIVATE);
    }
}
