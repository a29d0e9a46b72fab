package org.appraise.ui.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.appraise.io.json.UnsavedEdits;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Keeps the open review's unsaved edits safe from a crash: shortly after each edit (once the reviewer pauses) a copy of
 * what a save would write is kept outside the folder; opening a folder whose last session ended with such a copy offers
 * it back. The copy is made on the UI thread (the model is read, never while a command runs); on a large review, where
 * it takes long, the pause before it grows with it, so that it never takes more than a twentieth of the reviewer's time.
 */
public final class UnsavedWork {

    /** The pause after the last edit before a copy is kept, at least. */
    static final int PAUSE_MILLIS = 2000;
    private final IEclipseContext workbench;
    private final ReviewSession review;
    private final Shell window;
    private final Runnable keep = this::keep;
    private int pause = PAUSE_MILLIS;
    /** Whether the reviewer was told that no copy can be kept (once per review opened). */
    private boolean told;

    private UnsavedWork(IEclipseContext workbench, ReviewSession review, Shell window) {
        this.workbench = workbench;
        this.review = review;
        this.window = window;
    }

    /** Starts keeping copies of the review's unsaved edits, for as long as it is the open review. */
    public static void follow(IEclipseContext workbench, ReviewSession review, Shell window) {
        UnsavedWork work = new UnsavedWork(workbench, review, window);
        review.domain().getCommandStack().addCommandStackListener(event -> work.edited());
    }

    private void edited() {
        if (window.isDisposed()) {
            return;
        }
        window.getDisplay().timerExec(-1, keep);
        window.getDisplay().timerExec(pause, keep);
    }

    private void keep() {
        if (workbench.get(ReviewSession.class) != review) {
            return; // another review was opened since: this one's edits were saved or let go
        }
        long start = System.nanoTime();
        try {
            review.keepUnsaved();
        } catch (IOException | RuntimeException e) {
            // the review is as it was; only the copy could not be made (a full disk, a folder that cannot be written): said
            // once, in the window, so that the reviewer knows to save more often; with nothing unsaved (edits undone back
            // to the saved state, then the folder moved or removed) there is nothing a crash could lose, and nothing to say
            if (!told && review.dirty()) {
                told = true;
                MessageDialog.openWarning(window, "Unsaved edits", "Appraise cannot keep a copy of your unsaved edits, so a crash would lose them "
                        + "until you save (Ctrl+S):\n" + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        pause = (int) Math.min(120_000, Math.max(PAUSE_MILLIS, 20 * millis));
    }

    /**
     * Offers back the edits an earlier session of this folder kept and never saved: Restore writes them into the folder
     * (as that save would have) and opens it again; Set Aside moves the copy where no session replaces it and says
     * where; Discard drops it. Closing the question sets the copy aside: nothing is lost unasked.
     *
     * @return the review opened again after a restore, or empty when the review stands as it was opened
     */
    public static Optional<ReviewSession> offerBack(Shell shell, ReviewSession review) {
        try {
            Optional<UnsavedEdits> kept = review.unsavedFromBefore();
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            List<String> outstanding = kept.get().outstanding(review.folder().root());
            if (outstanding.isEmpty()) {
                review.discardUnsaved(kept.get()); // the folder already holds them (saved after the copy was made)
                return Optional.empty();
            }
            String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault()).format(kept.get().taken());
            MessageDialog ask = new MessageDialog(shell, "Unsaved edits", null, "Appraise was closed without saving edits to this review (last kept "
                    + when + "). They change " + outstanding.size() + " file(s):\n\n" + list(outstanding)
                    + "\nRestore writes them into the review folder, as a save would have. Set Aside keeps the copy for you to look at "
                    + "and leaves the review as it is on disk. Discard throws the edits away.", MessageDialog.QUESTION, 0, "Restore", "Set Aside",
                    "Discard");
            int answer = ask.open();
            if (answer == 0) {
                return restore(shell, review, kept.get());
            }
            if (answer == 2) {
                review.discardUnsaved(kept.get());
            } else {
                setAside(shell, review, kept.get(), "");
            }
        } catch (IOException e) {
            MessageDialog.openError(shell, "Unsaved edits", "The copy of unsaved edits could not be read or moved; it is left where it is:\n" + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<ReviewSession> restore(Shell shell, ReviewSession review, UnsavedEdits kept) throws IOException {
        try {
            List<String> done = review.restoreUnsaved(kept);
            MessageDialog.openInformation(shell, "Unsaved edits", "Restored and saved " + done.size() + " file(s):\n\n" + list(done));
            // opened again behind the progress dialog, as any review; cancelled, the review shown is the one from before the
            // restore, whose save is refused for the files the restore wrote (they changed on disk since it was read)
            return org.appraise.ui.internal.handlers.ReviewOpening.open(shell, review.folder().root());
        } catch (org.appraise.io.json.SaveRefusedException e) {
            setAside(shell, review, kept, "Nothing was restored, because the review changed on disk since the edits were made:\n\n" + list(e.files()) + "\n");
            return Optional.empty();
        }
    }

    private static void setAside(Shell shell, ReviewSession review, UnsavedEdits kept, String why) throws IOException {
        java.nio.file.Path aside = review.setAsideUnsaved(kept);
        MessageDialog.openInformation(shell, "Unsaved edits", why + "The copy of the edits is set aside in\n" + aside
                + "\n(files/ holds each file as it would have been saved, as-read/ as it was when the edits began, to compare with the folder; unsaved.json lists them).");
    }

    /** What the reviewer is told when edits that a refused save could not write are set aside instead of discarded. */
    static String setAsideAfterRefusal(java.nio.file.Path aside) {
        return "Your last save was refused, so your unsaved edits are set aside, not discarded, in\n" + aside
                + "\n(files/ holds each file as it would have been saved, as-read/ as it was when the edits began, to compare with the folder; unsaved.json lists them).";
    }

    private static String list(List<String> files) {
        StringBuilder text = new StringBuilder();
        files.stream().limit(12).forEach(f -> text.append("\u2022 ").append(f).append('\n'));
        if (files.size() > 12) {
            text.append("\u2022 and ").append(files.size() - 12).append(" more\n");
        }
        return text.toString();
    }
}
