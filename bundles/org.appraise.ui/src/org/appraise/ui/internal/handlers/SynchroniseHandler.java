package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.appraise.io.git.ReviewRepository;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.model.application.MApplication;

/**
 * File > Synchronise...: saves the review, then commits the reviewer's changes, fetches, merges and pushes
 * (asking for the team's remote the first time), in the background with a progress dialog. A conflict is
 * shown with both versions side by side ({@link ConflictDialog}); the reviewer takes theirs or keeps
 * their own for the conflicting lines (a sync again, preferring that side) or decides later. When the team's
 * work came in, the review is reopened from disk (it was saved before the sync). Stateless.
 */
public final class SynchroniseHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review, MApplication application) {
        if (review == null) {
            return;
        }
        String remote = null;
        if (!ReviewRepository.isRepository(review.folder().root())) {
            InputDialog ask = new InputDialog(shell, "Share the review", "The team's git remote (a bare repository on a shared drive, or a "
                    + "GitLab/GitHub URL):", "", text -> text.isBlank() ? "Give the remote's path or URL." : null);
            if (ask.open() != Window.OK) {
                return;
            }
            remote = ask.getValue().strip();
        }
        InputDialog message = new InputDialog(shell, "Synchronise", "What did you change? (the commit message)", "", null);
        if (message.open() != Window.OK) {
            return;
        }
        ReviewRepository.SyncReport report = synchronise(shell, review, remote, message.getValue(), ReviewRepository.Prefer.NONE);
        while (report != null && !report.conflicts().isEmpty()) {
            ReviewRepository.Prefer prefer = askAbout(shell, review, report).prefer();
            if (prefer == ReviewRepository.Prefer.NONE) {
                MessageDialog.openInformation(shell, "Appraise", "Nothing was overwritten or pushed; your commit keeps your version. Synchronise "
                        + "again to settle the conflict (both versions stay in .git/appraise-conflicts/).");
                return;
            }
            report = synchronise(shell, review, null, null, prefer);
        }
        if (report != null) {
            boolean cameIn = !"ALREADY_UP_TO_DATE".equals(report.merge());
            if (cameIn || review.stale()) { // the save before the sync may have merged a change made on disk
                reopen(shell, review, application.getContext(), "Synchronised");
            }
            MessageDialog.openInformation(shell, "Appraise", "Synchronised: " + report.committed().map(c -> "committed " + c + ", ").orElse("")
                    + "merge " + report.merge().toLowerCase().replace('_', ' ') + ", pushed " + report.pushed().orElse("nothing")
                    + (report.notes().isEmpty() ? "" : "\n" + String.join("\n", report.notes()))
                    + (cameIn ? "\nThe team's latest work is open." : ""));
        }
    }

    /** What the reviewer chose for a conflict. */
    public record Conflicts(ReviewRepository.Prefer prefer) {
    }

    /** Shows a sync's conflicts with both versions side by side and asks which side the conflicting lines keep. */
    public static Conflicts askAbout(Shell shell, ReviewSession review, ReviewRepository.SyncReport report) {
        ConflictDialog dialog = new ConflictDialog(shell, review.folder().root(), report.conflicts());
        return new Conflicts(dialog.choice(dialog.open()));
    }

    /**
     * Opens the review again from disk, where the sync (or a save) merged the team's work; {@code done} says what went
     * through ("Synchronised", "Saved") when the reopening fails.
     */
    static void reopen(Shell shell, ReviewSession review, IEclipseContext workbench, String done) {
        try {
            org.appraise.ui.internal.ReviewWindow.show(workbench,
                    ReviewSession.open(review.folder().root()));
        } catch (IOException e) {
            MessageDialog.openError(shell, "Appraise", done + ", but the review cannot be reopened: " + e.getMessage());
        }
    }

    /** Saves, then syncs in the background with a progress dialog; null when it failed (the user was told why). */
    public static ReviewRepository.SyncReport synchronise(Shell shell, ReviewSession review, String remote, String message) {
        return synchronise(shell, review, remote, message, ReviewRepository.Prefer.NONE);
    }

    /** As {@link #synchronise(Shell, ReviewSession, String, String)}, settling conflicting lines with the side preferred. */
    public static ReviewRepository.SyncReport synchronise(Shell shell, ReviewSession review, String remote, String message,
            ReviewRepository.Prefer prefer) {
        AtomicReference<ReviewRepository.SyncReport> result = new AtomicReference<>();
        try {
            review.save();
            if (remote != null) {
                ReviewRepository.init(review.folder().root(), remote);
            }
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Synchronising " + review.folder().root().getFileName(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    org.appraise.io.git.Author author = ReviewRepository.author(review.folder().root(), java.util.Optional.empty());
                    result.set(new ReviewRepository(review.folder().root()).sync(author, message, prefer, new DialogQuestions(shell)));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (IOException e) {
            MessageDialog.openError(shell, "Appraise", "Not synchronised: " + e.getMessage());
            return null;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Appraise", "Not synchronised (your saved work and local commit are kept):\n" + e.getCause().getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return result.get();
    }
}
