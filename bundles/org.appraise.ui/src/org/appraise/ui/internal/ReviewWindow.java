package org.appraise.ui.internal;

import org.appraise.io.json.LoadProblem;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Puts a review into the workbench context, where the parts pick it up, and says what did not load. */
public final class ReviewWindow {

    private ReviewWindow() {
    }

    /** The window title names the review and starts with * while it has unsaved changes. */
    public static void retitle(org.eclipse.swt.widgets.Shell window, ReviewSession review) {
        if (window == null || window.isDisposed()) {
            return;
        }
        String name = review.folder().review().getTitle() == null ? review.folder().review().getId() : review.folder().review().getTitle();
        window.setText((review.dirty() ? "*" : "") + "Appraise - " + name);
    }

    /** The shell of the workbench window, whatever dialog is active (or was, and is closed by now). */
    public static org.eclipse.swt.widgets.Shell of(org.eclipse.swt.widgets.Shell active) {
        org.eclipse.swt.widgets.Shell shell = active;
        if (shell == null || shell.isDisposed()) {
            shell = java.util.Arrays.stream(org.eclipse.swt.widgets.Display.getCurrent().getShells())
                    .filter(s -> !s.isDisposed() && s.getParent() == null).findFirst().orElse(null);
        }
        while (shell != null && shell.getParent() instanceof org.eclipse.swt.widgets.Shell parent) {
            shell = parent;
        }
        return shell;
    }

    /**
     * A review the reviewer opened (File > Open Review..., File > New Review..., or given at start-up): shown, and one
     * without studies yet opens on the work that comes before them: its question and team while it has no records,
     * else screening (the Paper view would only say to choose a study there is not).
     */
    public static void showOpened(IEclipseContext workbench, ReviewSession review) {
        show(workbench, review);
        if (review.folder().review().getStudies().isEmpty()) {
            bringForward(ReviewPerspective.SCREENING, false);
            bringForward(review.folder().review().getReferences().isEmpty() ? ReviewPerspective.REVIEW : ReviewPerspective.SCREENING, true);
        }
    }

    /** Shows a view of the window on top of its stack, and makes it the active one when asked. */
    public static void bringForward(String view, boolean activate) {
        IWorkbenchWindow window = window();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(view, null, activate ? org.eclipse.ui.IWorkbenchPage.VIEW_ACTIVATE : org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (org.eclipse.ui.PartInitException e) {
            // the view could not be made: the review is open all the same, in the views the window shows
        }
    }

    /** The workbench window: the active one, or the first while a dialog that just closed is still the active shell. */
    private static IWorkbenchWindow window() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchWindow[] all = PlatformUI.getWorkbench().getWorkbenchWindows();
        return active != null ? active : all.length > 0 ? all[0] : null;
    }

    public static void show(IEclipseContext workbench, ReviewSession review) {
        ReviewSession before = workbench.get(ReviewSession.class);
        workbench.set(ReviewSession.class, review);
        if (before != null) {
            try {
                // its edits were saved, or the reviewer chose to let them go when asked; set aside if a save was refused
                java.util.Optional<java.nio.file.Path> aside = before.letGo();
                IWorkbenchWindow shown = window();
                aside.ifPresent(path -> MessageDialog.openInformation(shown == null ? null : shown.getShell(), "Appraise",
                        UnsavedWork.setAsideAfterRefusal(path)));
            } catch (java.io.IOException e) {
                // a copy that cannot be removed is offered back at the next opening of its folder, where it can be discarded
            }
            before.dispose();
        }
        IWorkbenchWindow window = window();
        if (window != null) {
            retitle(window.getShell(), review);
            review.domain().getCommandStack().addCommandStackListener(
                    event -> window.getShell().getDisplay().asyncExec(() -> retitle(window.getShell(), review)));
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
