package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.appraise.core.team.TeamEdits;
import org.appraise.io.git.ReviewRepository;
import org.appraise.model.ReviewerRole;
import org.appraise.session.NewReview;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewWindow;
import org.appraise.ui.internal.parts.FieldsDialog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > New Review...: a folder for the review, its title and the reviewer starting it (the first member of the team,
 * so that screening can begin at once); the new review opens on its question. The rules are the session's
 * ({@link NewReview}), as for {@code appraise new}. Stateless.
 */
public final class NewReviewHandler {

    private static final List<String> ROLES = ReviewerRole.VALUES.stream().map(r -> r.getLiteral().toLowerCase(Locale.ROOT)).toList();

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession current, MApplication application) {
        if (current != null && current.dirty() && !MessageDialog.openQuestion(shell, "Appraise",
                "The open review has unsaved changes. Start another review and discard them?")) {
            return;
        }
        // a save dialog, so that the review's folder can be named anew (a folder dialog chooses only folders that exist)
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("New Review: name the folder to keep it in (the team will share this folder)");
        dialog.setFileName("new-review");
        String chosen = dialog.open();
        if (chosen != null) {
            startIn(shell, Path.of(chosen), application.getContext());
        }
    }

    /** Asks for the title and the first member, writes the review into the folder and opens it; empty when cancelled or refused. */
    public static java.util.Optional<ReviewSession> startIn(Shell shell, Path folder, IEclipseContext workbench) {
        java.util.Optional<String> refused = NewReview.refusal(folder);
        if (refused.isPresent()) {
            MessageDialog.openError(shell, "New Review", "Cannot start a review here:\n" + refused.get());
            return java.util.Optional.empty();
        }
        try {
            long others = NewReview.othersIn(folder);
            if (others > 0 && !MessageDialog.openQuestion(shell, "New Review", folder + " holds " + others
                    + (others == 1 ? " file or folder" : " files or folders") + " already. Start the review in it, beside them?")) {
                return java.util.Optional.empty();
            }
            FieldsDialog form = new FieldsDialog(shell, "New Review").text("title", "Title of the review", "")
                    .text("name", "Your name", ReviewRepository.userName().orElse(""))
                    .text("id", "Your id (empty: made from your name)", "")
                    .choice("role", "Your role", ROLES, "reviewer", false)
                    .validate(f -> problem(folder, f));
            if (form.open() != Window.OK) {
                return java.util.Optional.empty();
            }
            Path created = new NewReview(folder, form.get("title")).member(idOf(form), form.get("name"), TeamEdits.role(form.get("role"))).create();
            java.util.Optional<ReviewSession> opened = ReviewOpening.open(shell, created);
            opened.ifPresent(review -> ReviewWindow.showOpened(workbench, review));
            return opened;
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(shell, "New Review", "Cannot start a review in " + folder + ":\n" + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** What keeps the form from making a review, said in the form (OK stays disabled), or the empty string. */
    private static String problem(Path folder, FieldsDialog form) {
        if (form.get("title").isBlank()) {
            return "Give the review a title.";
        }
        if (form.get("name").isBlank()) {
            return "Give your name: you are the first member of the team (others join in the Review view's Reviewers tab).";
        }
        try {
            new NewReview(folder, form.get("title")).member(idOf(form), form.get("name"), null);
            return "";
        } catch (IllegalArgumentException e) {
            return "Your id: " + e.getMessage() + ".";
        }
    }

    private static String idOf(FieldsDialog form) {
        return form.get("id").isBlank() ? NewReview.idFor(form.get("name")) : form.get("id");
    }
}
