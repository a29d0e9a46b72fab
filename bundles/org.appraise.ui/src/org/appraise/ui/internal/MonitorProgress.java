package org.appraise.ui.internal.handlers;

import org.appraise.core.Progress;
import org.eclipse.core.runtime.IProgressMonitor;

/** Long work's progress on a progress dialog's monitor, and the dialog's Cancel button as the work's cancellation. */
record MonitorProgress(IProgressMonitor monitor) implements Progress {

    @Override
    public void worked(String task, int done, int total) {
        monitor.subTask(task);
        monitor.worked(1);
    }

    @Override
    public boolean cancelled() {
        return monitor.isCanceled();
    }
}
