package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.appraise.io.git.ReviewRepository;
import org.appraise.session.ReviewSession;
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
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
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

    /**
     * A teammate changed the review's title while ab changed it in the workbench: the sync shows both versions
     * side by side with the differing lines highlighted, nothing pushed; ab takes theirs and the next sync settles it.
     */
    @Test
    void aConflictShowsBothVersionsAndIsSettledFromTheWorkbench() throws Exception {
        Path bare = temp.resolve("team.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        assertTrue(SynchroniseHandler.synchronise(shell, review, bare.toUri().toString(), "The sample review").pushed().isPresent());
        Path b = temp.resolve("b");
        Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(b.toFile()).call().close();
        org.appraise.io.json.ReviewFolder theirs = org.appraise.io.json.ReviewFolder.open(b);
        theirs.review().setTitle("Anti-PD-1 combination therapy for advanced HCC (cd's title)");
        theirs.save();
        new ReviewRepository(b).sync(new org.appraise.io.git.Author("cd", "cd@example.org"), "cd: title", ReviewRepository.Prefer.NONE, null);

        review.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(review.domain(), review.folder().review(),
                org.appraise.model.AppraisePackage.eINSTANCE.getReview_Title(), "Anti-PD-1 combinations in advanced HCC (ab's title)"));
        ReviewRepository.SyncReport conflict = SynchroniseHandler.synchronise(shell, review, null, "ab: title");
        assertEquals(java.util.List.of("review.json"), conflict.conflicts());
        assertTrue(conflict.pushed().isEmpty(), "nothing pushed");

        org.eclipse.swt.widgets.Display display = shell.getDisplay();
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        display.timerExec(500, () -> {
            Shell dialog = java.util.Arrays.stream(display.getShells()).filter(x -> x != shell && x.isVisible()).findFirst().orElse(null);
            try {
                org.eclipse.swt.custom.StyledText mine = find(dialog, org.eclipse.swt.custom.StyledText.class, "conflict-mine");
                org.eclipse.swt.custom.StyledText other = find(dialog, org.eclipse.swt.custom.StyledText.class, "conflict-theirs");
                seen.set(mine.getText().contains("(ab's title)") + " " + other.getText().contains("(cd's title)") + " " + mine.getStyleRanges().length
                        + " " + other.getStyleRanges().length);
                screenshot(dialog, "14-conflict.png");
                WorkbenchSmokeTest.descendants(dialog).filter(org.eclipse.swt.widgets.Button.class::isInstance).map(org.eclipse.swt.widgets.Button.class::cast)
                        .filter(button -> button.getText().equals("Take theirs")).findFirst().orElseThrow()
                        .notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            } catch (Throwable t) {
                failed.set(t);
                if (dialog != null) {
                    dialog.close();
                }
            }
        });
        org.appraise.ui.internal.handlers.SynchroniseHandler.Conflicts choice = org.appraise.ui.internal.handlers.SynchroniseHandler.askAbout(shell, review,
                conflict);
        if (failed.get() != null) {
            throw new AssertionError("in the conflict dialog", failed.get());
        }
        assertEquals("true true 1 1", seen.get(), "both versions, each with its differing line highlighted");
        assertEquals(ReviewRepository.Prefer.THEIRS, choice.prefer());
        ReviewRepository.SyncReport settled = SynchroniseHandler.synchronise(shell, review, null, null, choice.prefer());
        assertTrue(settled.clean() && settled.pushed().isPresent(), String.valueOf(settled));
        assertEquals("Anti-PD-1 combination therapy for advanced HCC (cd's title)",
                org.appraise.io.json.ReviewFolder.open(review.folder().root()).review().getTitle());
        settle();
    }
}
