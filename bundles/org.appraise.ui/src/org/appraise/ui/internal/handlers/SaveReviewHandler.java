package org.appraise.ui.internal.handlers;

import java.io.IOException;

import org.appraise.session.ReviewSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** File > Save Review: writes the changed files of the open review, atomically. Stateless. */
public final class SaveReviewHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review) {
        if (review == null) {
            return;
        }
        Shell window = org.appraise.ui.internal.ReviewWindow.of(shell);
        try {
            review.save();
            org.appraise.ui.internal.ReviewWindow.retitle(window, review);
        } catch (org.appraise.io.json.SaveRefusedException e) {
            MessageDialog.openWarning(window, "Appraise",
                    "Nothing was saved, because the save would change files it must not touch (your changes are still open):\n"
                            + String.join("\n", e.files()));
        } catch (IOException e) {
            MessageDialog.openError(window, "Appraise",
                    "The review was not saved (nothing on disk was lost):\n" + e.getMessage());
        }
    }
}
