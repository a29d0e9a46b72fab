package org.appraise.ui.internal.handlers;

import org.appraise.ui.OpenReview;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;

/** Edit > Undo: undoes the last command on the open review's command stack. Stateless. */
public final class UndoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenReview review = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(OpenReview.class);
        if (review != null && review.domain().getCommandStack().canUndo()) {
            review.domain().getCommandStack().undo();
        }
        return null;
    }
}
