package org.appraise.ui.tests;

import static org.appraise.ui.tests.CodeStudyFromScratchTest.choose;
import static org.appraise.ui.tests.CodeStudyFromScratchTest.press;
import static org.appraise.ui.tests.CodeStudyFromScratchTest.type;
import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.OutcomeDefinition;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review-level editor: the question and the outcome definitions, edited through commands and saved. */
final class ReviewPartTest {

    @TempDir
    Path temp;

    @Test
    void editTheQuestionAndAddAnOutcomeWithItsFiveElements() throws Exception {
        Path copy = WorkbenchSmokeTest.emptyReviewLikeTheSample(temp);
        ReviewSession review = ReviewSession.open(copy);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.REVIEW);
        settle();
        org.eclipse.swt.widgets.Label hint = WorkbenchSmokeTest.find(shell, org.eclipse.swt.widgets.Label.class, "studies-empty");
        assertTrue(hint.isVisible() && hint.getText().startsWith("No studies yet. File > New Study from Paper..."), hint.getText());
        WorkbenchSmokeTest.screenshot(shell, "00c-no-studies-yet.png");

        Text population = descendants(shell).filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> "population".equals(t.getData("org.appraise.test.id"))).findFirst().orElseThrow();
        population.setText("Adults with advanced HCC, Child-Pugh A or B");
        population.notifyListeners(SWT.FocusOut, new Event());
        assertEquals("Adults with advanced HCC, Child-Pugh A or B", review.folder().review().getQuestion().getPopulation());
        population.setFocus();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) { // a real Tab key, as the reviewer presses it
            Event tab = new Event();
            tab.type = type;
            tab.character = '\t';
            tab.keyCode = SWT.TAB;
            shell.getDisplay().post(tab);
        }
        settle();
        assertEquals("Adults with advanced HCC, Child-Pugh A or B", population.getText(), "Tab types no tab into the question");
        assertTrue(shell.getDisplay().getFocusControl() != population, "Tab goes on to the next field");
        EditCommands.undo();
        settle();
        String before = ReviewFolder.open(WorkbenchSmokeTest.SAMPLE).review().getQuestion().getPopulation();
        assertEquals(before, review.folder().review().getQuestion().getPopulation());
        assertEquals(before, population.getText(), "the field shows the undone value");

        org.eclipse.swt.widgets.Button single = find(shell, org.eclipse.swt.widgets.Button.class, "single-screening");
        assertFalse(single.getSelection(), "dual screening, the standard");
        single.setSelection(true);
        single.notifyListeners(SWT.Selection, new Event());
        assertTrue(review.folder().review().isSingleScreening(), "one command: single screening");
        EditCommands.undo();
        settle();
        assertFalse(review.folder().review().isSingleScreening());
        assertFalse(single.getSelection(), "the box follows the undo");

        CTabFolder tabs = find(shell, CTabFolder.class, "review-tabs");
        tabs.setSelection(1);
        settle();
        Table outcomes = find(shell, Table.class, "outcomes");
        assertEquals(8, outcomes.getItemCount());
        press(shell, "outcomes:Add\u2026", dialog -> {
            type(dialog, "name", "Time to response");
            type(dialog, "domain", "Tumour response");
            type(dialog, "measurement", "RECIST 1.1 or mRECIST");
            type(dialog, "metric", "Time from start of treatment to first response");
            type(dialog, "aggregation", "Median per group");
            type(dialog, "timing", "Any time during treatment");
        });
        settle();
        assertEquals(9, outcomes.getItemCount());
        OutcomeDefinition added = review.folder().review().getOutcomes().get(8);
        assertEquals("outcome-time-to-response", added.getId());
        assertEquals("Median per group", added.getAggregation());
        screenshot(shell, "06-review-outcomes.png");

        tabs.setSelection(4);
        settle();
        press(shell, "reviewers:Add\u2026", dialog -> {
            type(dialog, "name", "Reviewer G");
            choose(dialog, "role", 2);
        });
        assertEquals("METHODOLOGIST", review.folder().review().getReviewers().get(3).getRole().getName());
        Table reviewers = find(shell, Table.class, "reviewers");
        reviewers.setSelection(0);
        reviewers.notifyListeners(SWT.Selection, new Event());
        StringBuilder said = new StringBuilder();
        press(shell, "reviewers:Remove", dialog -> descendants(dialog).filter(org.eclipse.swt.widgets.Label.class::isInstance)
                .forEach(l -> said.append(((org.eclipse.swt.widgets.Label) l).getText())));
        assertTrue(said.toString().contains("is still referred to by 2 import batches, 1 screening log, so it stays"), said.toString());
        assertEquals(4, review.folder().review().getReviewers().size(), "a reviewer whose work is in the review stays");
        assertTrue(review.dirty());
        EditCommands.run("org.appraise.ui.saveReview"); // File > Save Review (Ctrl+S), through its e4 handler
        assertFalse(review.dirty(), "saved by the handler the addon activated");
        ReviewFolder reopened = ReviewFolder.open(copy);
        assertEquals("Time to response", reopened.review().getOutcomes().get(8).getName());
        assertEquals("reviewer-g", reopened.review().getReviewers().get(3).getId());
    }
}
