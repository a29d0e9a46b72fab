package org.appraise.ui.internal;

import java.util.Arrays;

import org.appraise.session.ReviewSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** The workbench's one window: its shell whatever dialog is up, its title, and the views it brings forward. */
public final class MainWindow {

    private MainWindow() {
    }

    /** The window title names the review and starts with * while it has unsaved changes. */
    public static void retitle(Shell window, ReviewSession review) {
        if (window == null || window.isDisposed()) {
            return;
        }
        String name = review.folder().review().getTitle() == null ? review.folder().review().getId() : review.folder().review().getTitle();
        window.setText((review.dirty() ? "*" : "") + "Appraise - " + name);
    }

    /** The shell of the workbench window, whatever dialog is active (or was, and is closed by now). */
    public static Shell of(Shell active) {
        Shell shell = active;
        if (shell == null || shell.isDisposed()) {
            shell = Arrays.stream(Display.getCurrent().getShells())
                    .filter(s -> !s.isDisposed() && s.getParent() == null).findFirst().orElse(null);
        }
        while (shell != null && shell.getParent() instanceof Shell parent) {
            shell = parent;
        }
        return shell;
    }

    /** Shows a view of the window on top of its stack, and makes it the active one when asked. */
    public static void bringForward(String view, boolean activate) {
        IWorkbenchWindow window = window();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(view, null, activate ? IWorkbenchPage.VIEW_ACTIVATE : IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the view could not be made: the review is open all the same, in the views the window shows
        }
    }

    /** The workbench window: the active one, or the first while a dialog that just closed is still the active shell. */
    static IWorkbenchWindow window() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchWindow[] all = PlatformUI.getWorkbench().getWorkbenchWindows();
        return active != null ? active : all.length > 0 ? all[0] : null;
    }
}
