package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MonitorProgress;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens a review folder off the UI thread behind a progress dialog with a Cancel button: a search of 100,000 records
 * is fifty files and seconds to read. File > Open Review and a review given at start-up both open this way.
 */
public final class ReviewOpening {

    private ReviewOpening() {
    }

    /** The review, or empty when it was cancelled or could not be opened (said in a message naming the folder). */
    public static Optional<ReviewSession> open(Shell shell, Path folder) {
        ReviewSession[] opened = new ReviewSession[1];
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                monitor.beginTask("Opening " + folder, 100);
                try {
                    opened[0] = ReviewSession.open(folder, MonitorProgress.percent(monitor));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } catch (CancellationException e) {
                    throw new InterruptedException();
                }
                monitor.done();
            });
            return Optional.of(opened[0]);
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Appraise", "Cannot open review " + folder + ":\n" + e.getCause().getMessage());
        } catch (InterruptedException e) {
            // cancelled: whatever was open stays open, nothing changed
        }
        return Optional.empty();
    }
}
