package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.appraise.io.git.GitCredentials;
import org.appraise.io.git.ReviewRepository;
import org.appraise.ui.OpenReview;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Synchronise...: saves the review, then commits the reviewer's changes, fetches, merges and pushes
 * (asking for the team's remote the first time), in the background with a progress dialog; a conflict is
 * shown with the files and where both versions were kept. The review is reopened from disk afterwards by
 * the user (File > Open Review...) when the team's work came in. Stateless.
 */
public final class SynchroniseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenReview review = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(OpenReview.class);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (review == null) {
            return null;
        }
        String remote = null;
        if (!ReviewRepository.isRepository(review.folder().root())) {
            InputDialog ask = new InputDialog(shell, "Share the review", "The team's git remote (a bare repository on a shared drive, or a "
                    + "GitLab/GitHub URL):", "", text -> text.isBlank() ? "Give the remote's path or URL." : null);
            if (ask.open() != Window.OK) {
                return null;
            }
            remote = ask.getValue().strip();
        }
        InputDialog message = new InputDialog(shell, "Synchronise", "What did you change? (the commit message)", "", null);
        if (message.open() != Window.OK) {
            return null;
        }
        ReviewRepository.SyncReport report = synchronise(shell, review, remote, message.getValue());
        if (report != null) {
            if (!report.conflicts().isEmpty()) {
                MessageDialog.openWarning(shell, "Appraise", "These files were changed by you and by someone else in the same places:\n"
                        + String.join("\n", report.conflicts()) + "\n\nNothing was overwritten or pushed. Both versions are in "
                        + ".git/appraise-conflicts/; synchronise again from the command line with --prefer ours or theirs to settle them.");
            } else {
                MessageDialog.openInformation(shell, "Appraise", "Synchronised: " + report.committed().map(c -> "committed " + c + ", ").orElse("")
                        + "merge " + report.merge().toLowerCase().replace('_', ' ') + ", pushed " + report.pushed().orElse("nothing")
                        + (report.notes().isEmpty() ? "" : "\n" + String.join("\n", report.notes()))
                        + "\nReopen the review (File > Open Review...) to see the team's latest work.");
            }
        }
        return null;
    }

    /** Saves, then syncs in the background with a progress dialog; null when it failed (the user was told why). */
    public static ReviewRepository.SyncReport synchronise(Shell shell, OpenReview review, String remote, String message) {
        AtomicReference<ReviewRepository.SyncReport> result = new AtomicReference<>();
        try {
            review.save();
            if (remote != null) {
                ReviewRepository.init(review.folder().root(), remote);
            }
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Synchronising " + review.folder().root().getFileName(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(review.folder().root().toFile())) {
                    PersonIdent author = new PersonIdent(git.getRepository());
                    result.set(new ReviewRepository(review.folder().root()).sync(author, message, ReviewRepository.Prefer.NONE, new GitCredentials()));
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
