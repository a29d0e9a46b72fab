package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compare view on the sample's Li 2022, coded by ab and cd independently: the disagreements side by side
 * with cd's quote highlighted in the paper; ef starts the consensus from ab's extraction and takes cd's value
 * of a field ab did not record; undo takes it back.
 */
final class ComparisonUiTest {

    @TempDir
    Path temp;

    @Test
    void compareSideBySideWithQuotesThenSettleADisagreement() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ReviewPerspective.COMPARISON, null, IWorkbenchPage.VIEW_VISIBLE);
        WorkbenchSmokeTest.selectStudy(shell, 0);
        page.showView(ReviewPerspective.COMPARISON);
        settle();
        assertTrue(find(shell, Label.class, "comparison-title").getText().startsWith("li-2022"), find(shell, Label.class, "comparison-title").getText());
        assertEquals("ab (li-2022--ab)", find(shell, Combo.class, "comparison-first").getText());
        assertEquals("cd (li-2022--cd)", find(shell, Combo.class, "comparison-second").getText());
        Label summary = find(shell, Label.class, "comparison-summary");
        assertTrue(summary.getText().matches("(?s)\\d+ of \\d+ fields agree \\(design .*\\)\\. \\d+ disagreement\\(s\\); start the consensus.*"), summary.getText());
        assertTrue(summary.getText().contains("robins-i-2016 weighted kappa 0.73 (8 judgements)"), summary.getText());

        Table fields = find(shell, Table.class, "comparison-fields");
        int row = -1;
        for (int i = 0; i < fields.getItemCount() && row < 0; i++) {
            TableItem item = fields.getItem(i);
            if (item.getText(0).equals("results") && item.getText(2).equals("(not recorded)") && item.getText(1).contains("not stated") && item.getText(1).endsWith("estimate")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "cd's hazard ratio row that ab coded under its criteria");
        String key = fields.getItem(row).getText(1);
        String cdValue = fields.getItem(row).getText(3);
        select(fields, row);
        StyledText cdPane = find(shell, StyledText.class, "comparison-second-quotes");
        assertTrue(cdPane.getStyleRanges().length > 0, "cd's quote highlighted in the paper");
        String highlighted = cdPane.getText(cdPane.getStyleRanges()[0].start, cdPane.getStyleRanges()[0].start + cdPane.getStyleRanges()[0].length - 1);
        assertTrue(highlighted.contains(cdValue.replaceAll("0+$", "").replaceAll("\\.$", "")), highlighted + " holds " + cdValue);
        page.setPartState(page.findViewReference(ReviewPerspective.COMPARISON), IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        screenshot(shell, "12-comparison.png");

        WorkbenchSmokeTest.withDialog(shell, () -> press(shell, "Start consensus from A"), dialog -> {
            Combo arbiter = WorkbenchSmokeTest.descendants(dialog).filter(Combo.class::isInstance).map(Combo.class::cast).findFirst().orElseThrow();
            arbiter.select(Arrays.asList(arbiter.getItems()).indexOf(Arrays.stream(arbiter.getItems()).filter(i -> i.startsWith("ef")).findFirst().orElseThrow()));
        });
        assertTrue(summary.getText().contains("settled in li-2022--consensus"), summary.getText());
        row = indexOf(fields, key);
        select(fields, row);
        press(shell, "Take B");
        row = indexOf(fields, key);
        assertEquals("took cd (li-2022--cd)", fields.getItem(row).getText(5));
        assertEquals(cdValue, fields.getItem(row).getText(4));
        screenshot(shell, "13-consensus.png");
        page.setPartState(page.findViewReference(ReviewPerspective.COMPARISON), IWorkbenchPage.STATE_RESTORED);
        settle();
        EditCommands.undo();
        settle();
        assertEquals("differ", fields.getItem(indexOf(fields, key)).getText(5), "undo takes the value back");
        page.hideView(page.findViewReference(ReviewPerspective.COMPARISON));
        settle();
    }

    private static int indexOf(Table fields, String key) {
        for (int i = 0; i < fields.getItemCount(); i++) {
            if (fields.getItem(i).getText(1).equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static void select(Table fields, int row) throws InterruptedException {
        fields.setSelection(row);
        fields.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    private static void press(Shell shell, String button) {
        find(shell, Button.class, button).notifyListeners(SWT.Selection, new Event());
        try {
            settle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
