package org.appraise.ui.internal.handlers;

import java.io.IOException;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MainWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/**
 * File > Save Review: writes the changed files of the open review, atomically. A file someone else saved meanwhile (a
 * teammate on the shared drive) is merged with the reviewer's edits when they touch different things; the review is then
 * opened again, so that both show. Stateless.
 */
public final class SaveReviewHandler {

    /** What the reviewer is told of files merged with a change made on disk. */
    static String merged(java.util.List<String> files) {
        return files.size() == 1 ? files.get(0) + " had been changed on disk (by a teammate, a sync or another program) since you opened it; your "
                + "edits were merged with that change, which touched other things."
                : files.size() + " files had been changed on disk (by a teammate, a sync or another program) since you opened them; your edits were "
                        + "merged with those changes, which touched other things:\n" + String.join("\n", files);
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review,
            org.eclipse.e4.ui.model.application.MApplication application) {
        if (review == null) {
            return;
        }
        Shell window = MainWindow.of(shell);
        try {
            org.appraise.io.json.ReviewFolder.SaveReport report = review.save();
            MainWindow.retitle(window, review);
            if (review.stale()) {
                SynchroniseHandler.reopen(window, review, application.getContext(), "Saved (merged)");
                MessageDialog.openInformation(window, "Appraise", "Saved. " + merged(report.merged()) + " The review is open again with both.");
            }
        } catch (org.appraise.io.json.SaveRefusedException e) {
            MessageDialog.openWarning(window, "Appraise",
                    "Nothing was saved, because the save would change files it must not touch (your changes are still open):\n"
                            + String.join("\n", e.files()) + "\n\nClosing the review without saving sets your edits aside, where nothing replaces them; "
                            + "opening it again shows what is on disk.");
        } catch (IOException e) {
            MessageDialog.openError(window, "Appraise",
                    "The review was not saved (nothing on disk was lost):\n" + e.getMessage());
        }
    }
}
