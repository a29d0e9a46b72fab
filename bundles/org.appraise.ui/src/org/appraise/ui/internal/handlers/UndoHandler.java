package org.appraise.ui.internal.handlers;

import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Edit > Undo: undoes the last command on the open review's command stack. Stateless. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional ReviewSession review) {
        return review != null && review.domain().getCommandStack().canUndo();
    }

    @Execute
    public void execute(@Optional ReviewSession review) {
        if (review != null && review.domain().getCommandStack().canUndo()) {
            review.domain().getCommandStack().undo();
        }
    }
}
