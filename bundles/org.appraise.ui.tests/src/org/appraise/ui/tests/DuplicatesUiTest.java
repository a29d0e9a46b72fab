package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.appraise.core.screening.PrismaCounts;
import org.appraise.model.Reference;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer splits a marked duplicate out of its group, finds it proposed again, confirms it, and undoes. */
final class DuplicatesUiTest {

    @TempDir
    Path temp;

    @Test
    void splitFindConfirmAndUndo() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.DUPLICATES);
        settle();
        Label summary = find(shell, Label.class, "duplicates-summary");
        assertTrue(summary.getText().startsWith("12 record(s) marked as duplicates in 12 group(s); 0 more proposed"), summary.getText());
        Tree tree = find(shell, Tree.class, "duplicates");
        TreeItem group = tree.getItem(0);
        TreeItem duplicate = group.getItem(0);
        Reference record = (Reference) duplicate.getData();
        assertEquals("marked", duplicate.getText(5));
        assertTrue(!duplicate.getText(6).isBlank() && !duplicate.getText(4).isBlank(), "a marked record says why, by the rules now: " + duplicate.getText(6));
        tree.setSelection(duplicate);
        press(shell, "Split");
        assertNull(record.getDuplicateOf(), "split out of its group");
        assertEquals(11, PrismaCounts.of(review.folder().review()).duplicates());

        press(shell, "Find duplicates\u2026");
        assertTrue(summary.getText().contains("1 more proposed in 1 group(s)"), summary.getText());
        TreeItem proposal = tree.getItem(0);
        assertEquals("keep (proposed)", proposal.getText(5));
        assertEquals("proposed", proposal.getItem(0).getText(5));
        screenshot(shell, "09-duplicates.png");
        assertTrue(!proposal.getItem(0).getText(6).isBlank(), "each proposal says why it was matched");
        tree.setSelection(proposal);
        press(shell, "Confirm group");
        assertEquals(12, PrismaCounts.of(review.folder().review()).duplicates(), "confirmed again");
        EditCommands.undo();
        settle();
        assertEquals(11, PrismaCounts.of(review.folder().review()).duplicates(), "undo takes the confirmation back");

        // the same title in two journals: put to the reviewer, never confirmed wholesale
        String title = "Contemporary features, risk factors, and prognosis of the post-pericardiotomy syndrome";
        Reference article = reference("check-1", title, "American Journal of Cardiology", "108", "1183-1187");
        Reference abstractOfIt = reference("check-2", title, "European Heart Journal", "32", "597");
        review.folder().review().getReferences().add(article);
        review.folder().review().getReferences().add(abstractOfIt);
        press(shell, "Find duplicates\u2026");
        assertTrue(summary.getText().contains("1 pair(s) to check"), summary.getText());
        press(shell, "Confirm all");
        assertNull(abstractOfIt.getDuplicateOf(), "Confirm all leaves the pairs to check alone");
        assertNull(article.getDuplicateOf());
        TreeItem check = null;
        for (TreeItem top : tree.getItems()) {
            for (TreeItem child : top.getItems()) {
                if (child.getData() == abstractOfIt || child.getData() == article) {
                    check = child;
                }
            }
        }
        assertEquals("to check", check.getText(5));
        assertTrue(check.getText(6).startsWith("check: the same title at two places"), check.getText(6));
        screenshot(shell, "09b-duplicates-to-check.png");
        tree.setSelection(check);
        press(shell, "Confirm group");
        assertTrue(abstractOfIt.getDuplicateOf() == article || article.getDuplicateOf() == abstractOfIt, "confirmed by the reviewer, pair by pair");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findViewReference(ReviewPerspective.DUPLICATES));
        settle();
    }

    private static Reference reference(String id, String title, String journal, String volume, String pages) {
        Reference r = org.appraise.model.AppraiseFactory.eINSTANCE.createReference();
        r.setId(id);
        r.setTitle(title);
        r.setYear(2011);
        r.getAuthors().add("Imazio, M.");
        r.setJournal(journal);
        r.setVolume(volume);
        r.setPages(pages);
        return r;
    }

    private static void press(Shell shell, String button) throws InterruptedException {
        find(shell, Button.class, button).notifyListeners(SWT.Selection, new Event());
        settle();
    }
}
