package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;

import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cd, who has not coded TVGH 2016, takes the assistant's proposals from the keyboard: choosing one shows its words in
 * the paper; A records it (and the arm it needs) into cd's extraction; Enter on an outcome records its other new
 * proposals; R rejects one; N goes to the next new one; undo takes everything back. Nothing is recorded before a key.
 */
final class ProposalsUiTest {

    @TempDir
    Path temp;

    @Test
    void acceptAndRejectProposalsFromTheKeyboard() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        org.eclipse.ui.IViewPart proposals = page.showView(ReviewPerspective.PROPOSALS);
        page.activate(page.findView(ReviewPerspective.STUDIES));
        settle();
        WorkbenchSmokeTest.selectStudy(shell, 2);
        page.activate(proposals);
        settle();
        Study tvgh = review.folder().review().getStudies().stream().filter(s -> s.getId().equals("tvgh-2016")).findFirst().orElseThrow();
        int extractions = tvgh.getExtractions().size();
        Label heading = find(shell, Label.class, "proposals-heading");
        for (int i = 0; i < 40 && !heading.getText().startsWith("tvgh-2016: 29"); i++) {
            settle(); // the paper is read off the UI thread
        }
        assertTrue(heading.getText().startsWith("tvgh-2016: 29 result(s) read"), heading.getText());
        Combo acceptAs = find(shell, Combo.class, "proposals-accept-as");
        acceptAs.select(Arrays.asList(acceptAs.getItems()).indexOf("cd"));
        acceptAs.notifyListeners(SWT.Selection, new Event());
        settle();
        Tree tree = find(shell, Tree.class, "proposals");
        TreeItem orr = tree.getItem(0);
        assertTrue(orr.getText(0).startsWith("Objective response  (4)"), orr.getText(0));
        TreeItem aloneAfter = orr.getItem(3);
        assertEquals("Anti-PD-1 alone", aloneAfter.getText(0));
        assertEquals("after matching", aloneAfter.getText(1));
        assertEquals("new", aloneAfter.getText(3));

        choose(tree, aloneAfter);
        StyledText paper = find(shell, StyledText.class, "paper");
        assertEquals("9 21.4%", paper.getSelectionText(), "the proposal's words, chosen in the paper");
        assertEquals(extractions, tvgh.getExtractions().size(), "nothing recorded before a key");
        key(tree, 'a', 0);
        Extraction cd = tvgh.getExtractions().stream().filter(e -> e.getReviewer() != null && e.getReviewer().getId().equals("cd")).findFirst()
                .orElseThrow();
        DichotomousResult recorded = (DichotomousResult) cd.getMeasurements().get(0).getResults().get(0);
        assertEquals(0, new BigDecimal("9").compareTo(recorded.getEvents().getNumber()));
        assertEquals(ExtractionAssistant.VERSION, recorded.getEvents().getProposedBy());
        assertEquals("recorded", tree.getItem(0).getItem(3).getText(3));
        Label paperHeading = find(shell, Label.class, "paper-heading");
        assertTrue(paperHeading.getText().contains("coding into tvgh-2016--cd"), "the paper highlights cd's extraction now: " + paperHeading.getText());
        screenshot(shell, "17-proposals-accepted.png");

        choose(tree, tree.getItem(0));
        key(tree, SWT.CR, SWT.CR);
        assertTrue(Arrays.stream(tree.getItem(0).getItems()).allMatch(i -> i.getText(3).equals("recorded")), "Enter on the outcome took its new ones");
        assertEquals(2, cd.getMeasurements().stream().filter(m -> m.getOutcome().getId().equals("orr")).count(), "before and after matching");
        TreeItem next = tree.getSelection()[0];
        assertEquals("new", next.getText(3), "the next new proposal is chosen");
        assertTrue(next.getParentItem().getText(0).startsWith("Disease control"), next.getParentItem().getText(0));
        key(tree, 'r', 0);
        assertEquals("rejected", tree.getItem(1).getItem(0).getText(3));
        Label status = find(shell, Label.class, "proposals-status");
        assertTrue(status.getText().startsWith("Recorded 8 value(s) into cd's extraction"), status.getText());
        screenshot(shell, "18-proposals-rejected.png");

        while (review.domain().getCommandStack().canUndo()) {
            review.domain().getCommandStack().undo();
        }
        settle();
        assertEquals(extractions, tvgh.getExtractions().size(), "undo takes it all back");
        assertEquals("new", tree.getItem(0).getItem(3).getText(3));
        WorkbenchSmokeTest.selectStudy(shell, 0);
        assertTrue(status.getText().startsWith("A or Enter accept"), "another study's paper: what was recorded into TVGH is not said of it: "
                + status.getText());
    }

    private static void choose(Tree tree, TreeItem item) throws InterruptedException {
        tree.setFocus();
        tree.setSelection(item);
        WorkbenchSmokeTest.clicked(tree, item);
    }

    private static void key(Tree tree, int character, int keyCode) throws InterruptedException {
        Event press = new Event();
        press.character = (char) character;
        press.keyCode = keyCode == 0 ? character : keyCode;
        tree.notifyListeners(SWT.KeyDown, press);
        settle();
    }
}
