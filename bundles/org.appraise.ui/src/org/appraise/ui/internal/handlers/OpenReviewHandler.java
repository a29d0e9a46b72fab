package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewWindow;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Review...: asks for a review folder and opens it. Stateless. */
public final class OpenReviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        ReviewSession current = context.get(ReviewSession.class);
        if (current != null && current.dirty() && !MessageDialog.openQuestion(shell, "Appraise",
                "The open review has unsaved changes. Open another review and discard them?")) {
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Review");
        dialog.setMessage("Choose a review folder (the folder that holds review.json)");
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(Path.of(chosen).resolve("review.json"))) {
            // a folder that is not a review is refused here, rather than opened as an empty review that cannot be saved
            MessageDialog.openError(shell, "Appraise", "Cannot open " + chosen + ":\nit holds no review.json, so it is not a review folder. "
                    + "Choose the folder that holds review.json, or create a review with: appraise new <folder> --title ...");
            return null;
        }
        try {
            ReviewWindow.show(context, ReviewSession.open(Path.of(chosen)));
        } catch (IOException e) {
            MessageDialog.openError(shell, "Appraise", "Cannot open " + chosen + ":\n" + e.getMessage());
        }
        return null;
    }
}
