package org.appraise.ui.internal.handlers;

import org.appraise.session.ReviewSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;

/** Edit > Redo: redoes the last undone command on the open review's command stack. Stateless. */
public final class RedoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ReviewSession review = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(ReviewSession.class);
        if (review != null && review.domain().getCommandStack().canRedo()) {
            review.domain().getCommandStack().redo();
        }
        return null;
    }
}
