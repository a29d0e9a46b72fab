package org.appraise.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the review perspective, titles the window, and opens the review named at start-up. */
final class AppraiseWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Optional<Path> review;

    AppraiseWorkbenchAdvisor(Optional<Path> review) {
        this.review = review;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ReviewPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1280, 860));
                configurer.setShowCoolBar(false);
                configurer.setShowStatusLine(true);
                configurer.setTitle("Appraise");
            }
        };
    }

    /** Closing with unsaved changes asks: save, discard, or stay. */
    @Override
    public boolean preShutdown() {
        ReviewSession open = context().get(ReviewSession.class);
        if (open == null || !open.dirty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(null, "Appraise", null, "The review has unsaved changes.", MessageDialog.QUESTION,
                1, "Save and Quit", "Cancel", "Quit without Saving");
        int answer = ask.open();
        if (answer == 0) {
            try {
                open.save();
                return true;
            } catch (IOException e) {
                MessageDialog.openError(null, "Appraise", "The review was not saved (nothing on disk was lost):\n" + e.getMessage());
                return false;
            }
        }
        if (answer == 2) {
            try {
                // the reviewer let the edits go: they are not offered back at the next opening; unless a save was refused,
                // when they could not be saved: then they are set aside, and the reviewer told where
                open.letGo().ifPresent(aside -> MessageDialog.openInformation(null, "Appraise", UnsavedWork.setAsideAfterRefusal(aside)));
            } catch (IOException e) {
                // offered back at the next opening, where they can be discarded
            }
            return true;
        }
        return false;
    }

    @Override
    public void postStartup() {
        org.eclipse.ui.IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            // in Appraise's own workbench its keys hold everywhere, not only in a view that is active
            window.getService(org.eclipse.ui.contexts.IContextService.class).activateContext(org.appraise.ui.internal.handlers.ReviewHandlers.REVIEWING);
        }
        review.flatMap(path -> org.appraise.ui.internal.handlers.ReviewOpening.open(window == null ? null : window.getShell(), path))
                .ifPresent(opened -> ReviewWindow.showOpened(context(), opened));
        StartupTiming.report(getWorkbenchConfigurer().getWorkbench());
    }

    /** The workbench's e4 context, from the workbench this advisor configures (not the PlatformUI singleton). */
    private IEclipseContext context() {
        return getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
    }
}
