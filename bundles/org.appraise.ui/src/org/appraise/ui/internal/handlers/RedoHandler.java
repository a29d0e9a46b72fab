package org.appraise.ui.internal.handlers;

import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Edit > Redo: redoes the last undone command on the open review's command stack. Stateless. */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional ReviewSession review) {
        return review != null && review.domain().getCommandStack().canRedo();
    }

    @Execute
    public void execute(@Optional ReviewSession review) {
        if (review != null && review.domain().getCommandStack().canRedo()) {
            review.domain().getCommandStack().redo();
        }
    }
}
