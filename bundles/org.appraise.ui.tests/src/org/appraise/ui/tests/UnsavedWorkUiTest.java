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
        Study liu = review.folder().review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        byte[] onDisk = Files.readAllBytes(folder.resolve("studies/liu-2021/study.json"));
        review.domain().getCommandStack().execute(SetCommand.create(review.domain(), liu, AppraisePackage.eINSTANCE.getStudy_Label(), "Liu 2021, never saved"));
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
