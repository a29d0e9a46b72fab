package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MainWindow;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;

/**
 * File > New Study from Paper...: copies a paper (PDF or text) into the review's reports folder (refusing a
 * different file of the same name, text that is not UTF-8, and PDFs without text) and adds a study with that report, as one
 * undoable command. Stateless.
 */
public final class NewStudyHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review) {
        if (review == null) {
            MessageDialog.openInformation(shell, "New study", "Open a review first (File > Open Review...).");
            return;
        }
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText("The paper of the new study (PDF with a text layer, or UTF-8 text)");
        files.setFilterExtensions(new String[] { "*.pdf;*.txt", "*" });
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        Path source = Path.of(chosen);
        String name = source.getFileName().toString();
        try {
            // the record the study was found in, among those included at full text without a study yet: PRISMA's
            // included studies need records behind them, and the record names the study (first author and year)
            org.appraise.core.screening.StudyRecords records = new org.appraise.core.screening.StudyRecords(review.domain(), review.folder().review());
            java.util.List<org.appraise.model.Reference> waiting = records.waiting();
            java.util.List<org.appraise.model.Reference> found = java.util.List.of();
            if (!waiting.isEmpty()) {
                java.util.List<String> choices = new java.util.ArrayList<>();
                choices.add("(none: link it later)");
                waiting.forEach(r -> choices.add(r.getId() + " \u2013 " + org.appraise.core.screening.StudyRecords.labelOf(r).orElse("no author") + ": "
                        + (r.getTitle() == null ? "(no title)" : r.getTitle().length() > 70 ? r.getTitle().substring(0, 70) + "\u2026" : r.getTitle())));
                org.appraise.ui.internal.parts.FieldsDialog which = new org.appraise.ui.internal.parts.FieldsDialog(shell, "New study: its record")
                        .choice("record", "Record included at full text", choices, choices.get(1), false);
                if (which.open() != Window.OK) {
                    return;
                }
                int at = which.index("record");
                found = at > 0 ? java.util.List.of(waiting.get(at - 1)) : java.util.List.of();
            }
            String suggested = found.stream().map(org.appraise.core.screening.StudyRecords::labelOf).flatMap(java.util.Optional::stream).findFirst()
                    .orElse(org.appraise.session.StudyFromPaper.suggestedLabel(source));
            InputDialog label = new InputDialog(shell, "New study", "Label of the study (first author and year, e.g. Li 2022):",
                    suggested, s -> s.isBlank() ? "Give the study a label." : null);
            if (label.open() != Window.OK) {
                return;
            }
            review.domain().getCommandStack().execute(new org.appraise.session.StudyFromPaper(review).add(source, label.getValue(), found));
            MainWindow.bringForward(org.appraise.ui.internal.ReviewPerspective.PAPER, true); // the new study's paper, to code (made active: shown only, a view in the active one's stack stays behind it)
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "there is no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "it cannot be read (permission denied)" : e.getMessage();
            MessageDialog.openError(shell, "New study", "Cannot add " + chosen + ":\n" + why);
        }
    }
}
