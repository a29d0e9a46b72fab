package org.appraise.ui.tests;

import static org.appraise.ui.tests.CodeStudyFromScratchTest.type;
import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.appraise.ui.tests.WorkbenchSmokeTest.withDialog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.appraise.io.json.ReviewFolder;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.appraise.ui.internal.handlers.NewReviewHandler;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > New Review... from the workbench: the form refuses an id that cannot name files and a folder that holds a
 * review already; a review started in a new folder is written, opened in place of the review that was open, with its
 * starter as the first member, on the Review view (no records yet, so the question and the team come first).
 */
final class NewReviewUiTest {

    @TempDir
    Path temp;

    @Test
    void startAReviewFromTheWorkbenchAndItOpensOnItsQuestion() throws Exception {
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp)));
        IEclipseContext workbench = PlatformUI.getWorkbench().getService(IEclipseContext.class);

        StringBuilder refused = new StringBuilder();
        withDialog(shell, () -> NewReviewHandler.startIn(shell, temp.resolve("review"), workbench),
                dialog -> descendants(dialog).filter(Label.class::isInstance).forEach(l -> refused.append(((Label) l).getText())));
        assertTrue(refused.toString().contains("holds a review already (review.json): open it instead"), refused.toString());

        Path folder = temp.resolve("Exercise for knee osteoarthritis");
        StringBuilder said = new StringBuilder();
        withDialog(shell, () -> NewReviewHandler.startIn(shell, folder, workbench), form -> {
            Button ok = (Button) descendants(form).filter(c -> c instanceof Button b && b.getData() instanceof Integer id && id == IDialogConstants.OK_ID)
                    .findFirst().orElseThrow();
            assertFalse(ok.isEnabled(), "no title yet");
            type(form, "title", "Exercise therapy for knee osteoarthritis");
            type(form, "name", "Ana Souza");
            type(form, "id", "AS");
            descendants(form).filter(Label.class::isInstance).forEach(l -> said.append(((Label) l).getText()));
            assertFalse(ok.isEnabled(), "an id in capitals is refused");
            type(form, "id", "");
            assertTrue(ok.isEnabled(), "the id is made from the name");
        });
        assertTrue(said.toString().contains("Your id: a reviewer's id names their files"), said.toString());

        ReviewSession opened = workbench.get(ReviewSession.class);
        assertEquals(folder.toAbsolutePath().normalize(), opened.folder().root(), "the new review is the open one");
        assertEquals("Exercise therapy for knee osteoarthritis", opened.folder().review().getTitle());
        assertEquals(List.of("ana-souza"), opened.folder().review().getReviewers().stream().map(r -> r.getId()).toList());
        assertFalse(opened.dirty(), "written when started");
        assertTrue(Files.isRegularFile(folder.resolve("review.json")) && Files.isRegularFile(folder.resolve(".gitignore")));
        assertEquals("Ana Souza", ReviewFolder.open(folder).review().getReviewers().get(0).getName());
        settle();
        assertEquals(ReviewPerspective.REVIEW, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePartReference().getId(),
                "a review without records opens on its question and team");
        assertEquals("Appraise - Exercise therapy for knee osteoarthritis", shell.getText());
        screenshot(shell, "00-new-review.png");
    }
}
