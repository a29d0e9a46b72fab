package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewWindow;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's unsaved edit outlives the workbench: a copy is kept outside the folder once the reviewer pauses, and
 * when the folder is opened after a crash the workbench offers it back; Restore writes it into the folder.
 */
final class UnsavedWorkUiTest {

    @TempDir
    Path temp;

    @Test
    void anEditNotSavedBeforeACrashIsOfferedBackAndRestored() throws Exception {
        Path folder = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(folder);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        byte[] onDisk = Files.readAllBytes(folder.resolve("studies/liu-2021/study.json"));
        relabelLiu(review, "Liu 2021, never saved");
        ReviewSession next = ReviewSession.open(folder); // what the next opening of the folder would be offered
        for (int i = 0; i < 8 && next.unsavedFromBefore().isEmpty(); i++) {
            settle(); // the copy is kept once the reviewer pauses (two seconds)
        }
        assertTrue(next.unsavedFromBefore().isPresent(), "a copy of the unsaved edit is kept");
        assertTrue(review.unsavedFromBefore().isEmpty(), "the workbench is not offered its own edits");
        assertTrue(Arrays.equals(onDisk, Files.readAllBytes(folder.resolve("studies/liu-2021/study.json"))), "the folder itself is not written");

        // the workbench dies: its review is gone without a word (no save, no question), and the folder is opened again
        IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
        context.remove(ReviewSession.class);
        settle();
        List<String> said = new ArrayList<>();
        answerEach(shell.getDisplay(), said, 2);
        ReviewWindow.show(context, ReviewSession.open(folder));
        settle();

        assertEquals(2, said.size(), "asked, then told: " + said);
        assertTrue(said.get(0).startsWith("Appraise was closed without saving edits to this review") && said.get(0).contains("studies/liu-2021/study.json"),
                said.get(0));
        assertTrue(said.get(1).startsWith("Restored and saved 1 file(s)"), said.get(1));
        ReviewSession restored = context.get(ReviewSession.class);
        assertEquals("Liu 2021, never saved", restored.folder().review().getStudies().stream().filter(s -> s.getId().equals("liu-2021"))
                .findFirst().orElseThrow().getLabel(), "the workbench shows the review with the edit");
        assertFalse(restored.dirty(), "restored means saved");
        assertEquals("Liu 2021, never saved", ReviewFolder.open(folder).review().getStudies().stream().filter(s -> s.getId().equals("liu-2021"))
                .findFirst().orElseThrow().getLabel(), "and the folder holds it");
        assertTrue(restored.unsavedFromBefore().isEmpty(), "not offered again");
    }

    /**
     * On a shared drive a teammate saved the study's file while this workbench held an unsaved edit to it: File > Save
     * (Ctrl+S) merges the two, says so, and opens the review again showing both.
     */
    @Test
    void aTeammatesSaveMeanwhileIsMergedByCtrlSAndBothShow() throws Exception {
        Path folder = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(folder);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        relabelLiu(review, "Liu 2021, mine");
        ReviewSession teammate = ReviewSession.open(folder);
        for (int i = 0; i < 8 && !kept(review); i++) {
            settle(); // the copy (with the file as read) is kept once the reviewer pauses
        }
        Study theirs = teammate.folder().review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        teammate.domain().getCommandStack().execute(SetCommand.create(teammate.domain(), theirs.getReports().get(0),
                AppraisePackage.eINSTANCE.getReport_Citation(), "Liu Q, et al. Corrected by a teammate."));
        teammate.save();

        List<String> said = new ArrayList<>();
        WorkbenchSmokeTest.withDialog(shell, () -> {
            try {
                PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.appraise.ui.saveReview", null);
            } catch (org.eclipse.core.commands.common.CommandException e) {
                throw new AssertionError("File > Save Review", e);
            }
        }, dialog -> {
                    said.add(descendants(dialog).filter(Label.class::isInstance).map(c -> ((Label) c).getText()).filter(t -> t.startsWith("Saved"))
                            .findFirst().orElse(""));
                    WorkbenchSmokeTest.picture(dialog, "00e-save-merged-with-a-teammates-change.png");
                });

        assertEquals(List.of("Saved. studies/liu-2021/study.json had been changed on disk (by a teammate, a sync or another program) since you "
                + "opened it; your edits were merged with that change, which touched other things. The review is open again with both."), said);
        ReviewSession open = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(ReviewSession.class);
        Study both = open.folder().review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        assertEquals("Liu 2021, mine", both.getLabel());
        assertEquals("Liu Q, et al. Corrected by a teammate.", both.getReports().get(0).getCitation());
        assertFalse(open.dirty());
    }

    /** Relabels Liu 2021 as the Study view does: one command on the open review's stack, not saved. */
    private static void relabelLiu(ReviewSession review, String label) {
        Study liu = review.folder().review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        review.domain().getCommandStack().execute(SetCommand.create(review.domain(), liu, AppraisePackage.eINSTANCE.getStudy_Label(), label));
    }

    /** Whether the workbench has kept a copy of its unsaved edits, as a second session of the folder sees it. */
    private static boolean kept(ReviewSession review) throws java.io.IOException {
        Path place = org.appraise.io.json.UnsavedEdits.placeFor(review.folder().root());
        if (!Files.isDirectory(place)) {
            return false;
        }
        try (java.util.stream.Stream<Path> copies = Files.list(place)) {
            return copies.anyMatch(copy -> Files.exists(copy.resolve("unsaved.json")));
        }
    }

    /** Answers the next dialogs with their default button (Restore, then OK), keeping what each said. */
    private static void answerEach(Display display, List<String> said, int dialogs) {
        display.timerExec(500, new Runnable() {
            private int tries;

            @Override
            public void run() {
                Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && "Unsaved edits".equals(s.getText())).findFirst().orElse(null);
                if (dialog != null) {
                    said.add(descendants(dialog).filter(Label.class::isInstance).map(c -> ((Label) c).getText()).filter(t -> !t.isBlank())
                            .findFirst().orElse(""));
                    if (said.size() == 1) {
                        WorkbenchSmokeTest.picture(dialog, "00b-unsaved-edits-offered-back.png");
                    }
                    dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                }
                if (said.size() < dialogs && ++tries < 40) {
                    display.timerExec(300, this);
                }
            }
        });
    }
}
