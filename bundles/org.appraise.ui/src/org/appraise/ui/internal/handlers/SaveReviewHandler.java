package org.appraise.ui.internal.handlers;

import java.io.IOException;

import org.appraise.io.json.ReviewFolder;
import org.appraise.session.ReviewSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Save Review: writes the changed files of the open review, atomically. Stateless. */
public final class SaveReviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ReviewSession review = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(ReviewSession.class);
        if (review == null) {
            return null;
        }
        try {
            review.save();
            org.eclipse.ui.IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
            if (window != null) {
                org.appraise.ui.internal.ReviewWindow.retitle(window, review);
            }
        } catch (org.appraise.io.json.SaveRefusedException e) {
            MessageDialog.openWarning(HandlerUtil.getActiveShell(event), "Appraise",
                    "Nothing was saved, because the save would change files it must not touch (your changes are still open):\n"
                            + String.join("\n", e.files()));
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Appraise",
                    "The review was not saved (nothing on disk was lost):\n" + e.getMessage());
        }
        return null;
    }
}
