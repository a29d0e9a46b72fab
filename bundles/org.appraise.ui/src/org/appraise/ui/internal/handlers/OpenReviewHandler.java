package org.appraise.ui.internal.handlers;

import java.nio.file.Path;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.model.application.MApplication;

/** File > Open Review...: asks for a review folder and opens it. Stateless. */
public final class OpenReviewHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession current, MApplication application) {
        if (current != null && current.dirty() && !MessageDialog.openQuestion(shell, "Appraise",
                "The open review has unsaved changes. Open another review and discard them?")) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Review");
        dialog.setMessage("Choose a review folder (the folder that holds review.json)");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        if (!java.nio.file.Files.isRegularFile(Path.of(chosen).resolve("review.json"))) {
            // a folder that is not a review is refused here, rather than opened as an empty review that cannot be saved
            MessageDialog.openError(shell, "Appraise", "Cannot open " + chosen + ":\nit holds no review.json, so it is not a review folder. "
                    + "Choose the folder that holds review.json, or start a review there with File > New Review...");
            return;
        }
        ReviewOpening.open(shell, Path.of(chosen)).ifPresent(opened -> ReviewWindow.showOpened(application.getContext(), opened));
    }
}
