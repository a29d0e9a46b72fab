package org.appraise.ui.internal;

import org.appraise.io.json.LoadProblem;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** Puts a review into the workbench context, where the parts pick it up, and says what did not load. */
public final class ReviewWindow {

    private ReviewWindow() {
    }

    /**
     * A review the reviewer opened (File > Open Review..., File > New Review..., or given at start-up): shown, and one
     * without studies yet opens on the work that comes before them: its question and team while it has no records,
     * else screening (the Paper view would only say to choose a study there is not).
     */
    public static void showOpened(IEclipseContext workbench, ReviewSession review) {
        show(workbench, review);
        if (review.folder().review().getStudies().isEmpty()) {
            MainWindow.bringForward(ReviewPerspective.SCREENING, false);
            MainWindow.bringForward(review.folder().review().getReferences().isEmpty() ? ReviewPerspective.REVIEW : ReviewPerspective.SCREENING, true);
        }
    }

    public static void show(IEclipseContext workbench, ReviewSession review) {
        ReviewSession before = workbench.get(ReviewSession.class);
        workbench.set(ReviewSession.class, review);
        if (before != null) {
            try {
                // its edits were saved, or the reviewer chose to let them go when asked; set aside if a save was refused
                java.util.Optional<java.nio.file.Path> aside = before.letGo();
                IWorkbenchWindow shown = MainWindow.window();
                aside.ifPresent(path -> MessageDialog.openInformation(shown == null ? null : shown.getShell(), "Appraise",
                        UnsavedWork.setAsideAfterRefusal(path)));
            } catch (java.io.IOException e) {
                // a copy that cannot be removed is offered back at the next opening of its folder, where it can be discarded
            }
            before.dispose();
        }
        IWorkbenchWindow window = MainWindow.window();
        if (window != null) {
            MainWindow.retitle(window.getShell(), review);
            review.domain().getCommandStack().addCommandStackListener(
                    event -> window.getShell().getDisplay().asyncExec(() -> MainWindow.retitle(window.getShell(), review)));
            if (!review.folder().problems().isEmpty()) {
                StringBuilder text = new StringBuilder("Parts of this review could not be loaded; they are left as they are on disk and will not be overwritten:\n\n");
                for (LoadProblem problem : review.folder().problems()) {
                    text.append("\u2022 ").append(problem).append('\n');
                }
                MessageDialog.openWarning(window.getShell(), "Appraise", text.toString());
            }
            UnsavedWork.follow(workbench, review, window.getShell());
            UnsavedWork.offerBack(window.getShell(), review).ifPresent(restored -> show(workbench, restored));
        }
    }
}
