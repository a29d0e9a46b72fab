package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.appraise.core.certainty.CertaintyEdits;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Certainty view: an assessor rates the sample's disease-control analysis beside the proposals, a rating that moves
 * the level waits for its footnote, the Summary of Findings table below gains the outcome, and Undo takes it back.
 */
final class CertaintyUiTest {

    @TempDir
    Path temp;

    @Test
    void anAssessorRatesAnAnalysisAndTheTableFollowsAndUndoTakesItBack() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.CERTAINTY);
        settle();
        Table table = find(shell, Table.class, "sof-table");
        assertEquals(3, table.getItemCount(), "the sample's ORR, PFS and OS rows");
        assertEquals("RR 1.57 (0.96 to 2.57)", table.getItem(0).getText(3));
        assertTrue(table.getItem(0).getText(5).startsWith("\u2295\u25EF\u25EF\u25EF Very low"), table.getItem(0).getText(5));
        screenshot(shell, "15-certainty.png");

        Combo analysis = find(shell, Combo.class, "certainty-analysis");
        choose(analysis, Arrays.stream(analysis.getItems()).filter(i -> i.startsWith("dcr-rr")).findFirst().orElseThrow());
        Combo assessor = find(shell, Combo.class, "certainty-assessor");
        choose(assessor, "ab");
        Label result = find(shell, Label.class, "certainty-result");
        assertTrue(result.getText().startsWith("Not assessed yet by ab"), result.getText());

        choose(find(shell, Combo.class, "certainty-evidence"), "non-randomised (starts low)");
        assertTrue(CertaintyEdits.find(review.folder().review(), "certainty-dcr-rr-ab").isPresent(), "the first change begins the assessment");
        // as from the keyboard: two arrow presses before the view refreshes from the first (found by trying it in the product)
        Combo imprecision = find(shell, Combo.class, "certainty-IMPRECISION");
        imprecision.select(1);
        imprecision.notifyListeners(SWT.Selection, new Event());
        choose(imprecision, "serious");
        assertTrue(result.getText().contains("type its footnote"), result.getText());
        Text footnote = find(shell, Text.class, "certainty-IMPRECISION-footnote");
        footnote.setText("The interval includes no effect");
        footnote.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        for (String domain : new String[] { "RISK_OF_BIAS", "INCONSISTENCY", "INDIRECTNESS", "PUBLICATION_BIAS" }) {
            choose(find(shell, Combo.class, "certainty-" + domain), "not serious");
        }
        assertEquals("Certainty: \u2295\u25EF\u25EF\u25EF Very low (from low)", result.getText(), "low, one level down for imprecision");
        choose(find(shell, Combo.class, "certainty-order"), "4");
        assertEquals(4, table.getItemCount());
        assertTrue(table.getItem(3).getText(0).startsWith("Disease control"), table.getItem(3).getText(0));
        screenshot(shell, "16-certainty-rated.png");

        while (review.domain().getCommandStack().canUndo()) {
            review.domain().getCommandStack().undo();
        }
        settle();
        assertEquals(3, table.getItemCount(), "undo takes the assessment back");
        assertFalse(CertaintyEdits.find(review.folder().review(), "certainty-dcr-rr-ab").isPresent());
    }

    private static void choose(Combo combo, String item) throws InterruptedException {
        int at = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(at >= 0, item + " in " + Arrays.toString(combo.getItems()));
        combo.select(at);
        combo.notifyListeners(SWT.Selection, new Event());
        settle();
    }
}
