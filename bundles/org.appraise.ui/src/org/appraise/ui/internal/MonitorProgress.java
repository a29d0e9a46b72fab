package org.appraise.ui.internal;

import org.appraise.core.Progress;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Long work's progress on a progress dialog's monitor, and the dialog's Cancel button as the work's cancellation. The
 * bar moves a unit per step ({@link #steps}: a task begun with its number of steps, or of unknown length), or follows
 * the share of the work done ({@link #percent}: a task begun with 100 units).
 */
public final class MonitorProgress implements Progress {

    private final IProgressMonitor monitor;
    private final boolean percent;
    private int shown;

    private MonitorProgress(IProgressMonitor monitor, boolean percent) {
        this.monitor = monitor;
        this.percent = percent;
    }

    public static MonitorProgress steps(IProgressMonitor monitor) {
        return new MonitorProgress(monitor, false);
    }

    public static MonitorProgress percent(IProgressMonitor monitor) {
        return new MonitorProgress(monitor, true);
    }

    @Override
    public void worked(String task, int done, int total) {
        monitor.subTask(task);
        if (!percent) {
            monitor.worked(1);
        } else if (total > 0) {
            int now = (int) (100L * done / total);
            monitor.worked(Math.max(0, now - shown));
            shown = Math.max(shown, now);
        }
    }

    @Override
    public boolean cancelled() {
        return monitor.isCanceled();
    }
}
