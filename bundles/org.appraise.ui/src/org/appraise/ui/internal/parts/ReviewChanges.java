package org.appraise.ui.internal.parts;

import org.appraise.session.ReviewSession;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * Tells a part, on the UI thread, that the open review changed through its command stack (an edit, an
 * undo, a redo), and follows the part from one open review to the next. A part that is not showing (a tab
 * behind another) is told once, when it shows again, instead of at every change: a screening decision among
 * 100,000 records does not recount PRISMA or re-read the git log behind the screening list. It also tells which
 * study a selection belongs to, in the review followed only.
 */
final class ReviewChanges {

    private final CommandStackListener listener;
    private final Runnable onChange;
    private final UISynchronize ui;
    private ReviewSession review;
    private Control shown;
    private boolean stale;

    ReviewChanges(UISynchronize ui, Runnable onChange) {
        this.ui = ui;
        this.onChange = onChange;
        this.listener = event -> ui.asyncExec(this::changed);
    }

    /** Defers the changes while this control (the part's top) is hidden; refreshes once when any ancestor shows it. */
    void watch(Control top) {
        this.shown = top;
        Listener show = e -> ui.asyncExec(() -> {
            if (stale && shown != null && !shown.isDisposed() && shown.isVisible()) {
                stale = false;
                onChange.run();
            }
        });
        for (Control c = top; c != null; c = c.getParent()) {
            c.addListener(SWT.Show, show);
        }
    }

    private void changed() {
        if (shown != null && !shown.isDisposed() && !shown.isVisible()) {
            stale = true;
            return;
        }
        onChange.run();
    }

    void follow(ReviewSession opened) {
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

    /**
     * The study a selection belongs to, when it belongs to the review followed: a selection left from a review
     * closed since, or of something outside any study, is empty, so that it is never shown and never edited.
     */
    java.util.Optional<org.appraise.model.Study> studyOf(Object selection) {
        if (review == null || !review.holds(selection)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(org.appraise.core.ModelPaths.studyOf((org.eclipse.emf.ecore.EObject) selection));
    }
}
