package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.appraise.io.git.ReviewRepository;
import org.appraise.ui.OpenReview;
import org.appraise.ui.internal.ReviewPerspective;
import org.appraise.ui.internal.handlers.SynchroniseHandler;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Synchronise... shares the open review with a bare repository; the History view shows who changed a study. */
final class SyncAndHistoryUiTest {

    @TempDir
    Path temp;

    @Test
    void shareTheReviewThenReadTheStudysHistory() throws Exception {
        Path bare = temp.resolve("team.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        OpenReview review = OpenReview.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        ReviewRepository.SyncReport first = SynchroniseHandler.synchronise(shell, review, bare.toUri().toString(), "The sample review");
        assertTrue(first.pushed().isPresent(), String.valueOf(first));
        review.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(review.domain(),
                review.folder().review().getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst().orElseThrow()
                        .getExtractions().get(0), org.appraise.model.AppraisePackage.eINSTANCE.getExtraction_Notes(), "ab: rechecked Table 2"));
        ReviewRepository.SyncReport second = SynchroniseHandler.synchronise(shell, review, null, "ab: li-2022 rechecked");
        assertTrue(second.committed().isPresent() && second.pushed().isPresent(), String.valueOf(second));
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ReviewPerspective.HISTORY, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        WorkbenchSmokeTest.selectStudy(shell, 0);
        page.showView(ReviewPerspective.HISTORY);
        settle();
        Label title = find(shell, Label.class, "history-title");
        assertTrue(title.getText().startsWith("Li 2022") && title.getText().contains("2 change(s)"), title.getText());
        Tree history = find(shell, Tree.class, "history");
        assertEquals("ab: li-2022 rechecked", history.getItem(0).getText(2));
        assertEquals("studies/li-2022/li-2022--ab.json", history.getItem(0).getItem(0).getText(2));
        assertEquals("The sample review", history.getItem(1).getText(2));
        screenshot(shell, "10-history.png");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findViewReference(ReviewPerspective.HISTORY));
        settle();
    }
}
