package org.appraise.ui.internal.parts;

import org.appraise.ui.OpenReview;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Tells a part, on the UI thread, that the open review changed through its command stack (an edit, an
 * undo, a redo), and follows the part from one open review to the next.
 */
final class ReviewChanges {

    private final CommandStackListener listener;
    private OpenReview review;

    ReviewChanges(UISynchronize ui, Runnable onChange) {
        this.listener = event -> ui.asyncExec(onChange);
    }

    void follow(OpenReview opened) {
        if (review != null) {
            review.domain().getCommandStack().removeCommandStackListener(listener);
        }
        review = opened;
        if (opened != null) {
            opened.domain().getCommandStack().addCommandStackListener(listener);
        }
    }

    void stop() {
        follow(null);
    }
}
