package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.ForestPlot;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Analyses view pools the sample's objective response live: the forest plot is the one {@code appraise meta}
 * draws, the studies' table says where each number came from or why a study is left out, and an edit of a count (and
 * its undo) redraws it.
 */
final class AnalysesUiTest {

    @TempDir
    Path temp;

    @Test
    void theSamplesObjectiveResponsePooledLiveFollowsAnEditAndItsUndo() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.ANALYSES);
        settle();
        Label caption = find(shell, Label.class, "analysis-caption");
        Table studies = find(shell, Table.class, "analysis-studies");
        assertTrue(caption.getText().startsWith("Not pooled: no study has data to pool; 3 study(ies) left out"), caption.getText());
        assertTrue(studies.getItem(0).getText(3).startsWith("2 rows of outcome orr (RECIST 1.1, all enrolled; mRECIST, all enrolled)"),
                studies.getItem(0).getText(3));

        prefer(shell, "analysis-criteria", "mRECIST");
        prefer(shell, "analysis-population", "after");
        assertEquals("Risk ratio, Inverse variance, random effects (REML): 1.57 [0.96, 2.57] from 3 study(ies); tau\u00B2 = 0.031, I\u00B2 = 13%",
                caption.getText());
        var orr = review.folder().review().getOutcomes().stream().filter(o -> o.getId().equals("orr")).findFirst().orElseThrow();
        var run = org.appraise.synthesis.review.SavedAnalysis.run(review.folder().review(), org.appraise.core.synthesis.AnalysisEdits.build("unsaved",
                new org.appraise.core.synthesis.AnalysisEdits.Definition(orr.getName(), orr, "mRECIST", "after", null, "RR", "REML", false, "METAFOR", null,
                        null)));
        Drawing expected = new ForestPlot(new FigureFont()).draw(run, ForestPlot.Labels.of("Experimental", "Control", null).with(null, java.util.List.of()),
                org.appraise.export.figures.Palette.robvis());
        assertEquals(expected.marks(), ((Drawing) find(shell, Canvas.class, "forest-plot").getData("org.appraise.drawing")).marks(),
                "the view draws the marks appraise meta --forest writes");
        assertTrue(studies.getItem(1).getText(3).contains("liu-2021--ab, mRECIST, after PSM; experimental from arm order")
                && studies.getItem(1).getText(3).endsWith("1/2 added to its cells; risk of bias Good (NOS (cohort))"), studies.getItem(1).getText(3));
        screenshot(shell, "12-analyses.png");

        org.eclipse.swt.widgets.Combo subgroups = find(shell, org.eclipse.swt.widgets.Combo.class, "analysis-subgroups");
        subgroups.select(java.util.Arrays.asList(subgroups.getItems()).indexOf("risk of bias"));
        subgroups.notifyListeners(SWT.Selection, new Event());
        settle();
        java.util.List<String> texts = ((Drawing) find(shell, Canvas.class, "forest-plot").getData("org.appraise.drawing")).marks().stream()
                .filter(Drawing.Label.class::isInstance).map(m -> ((Drawing.Label) m).text()).toList();
        assertTrue(texts.containsAll(java.util.List.of("NOS (cohort): Good", "NOS (cohort): Poor", "Subtotal (95% CI)", "Risk of bias")), texts.toString());
        screenshot(shell, "14-analysis-subgroups.png");
        subgroups.select(0);
        subgroups.notifyListeners(SWT.Selection, new Event());
        settle();

        org.eclipse.swt.widgets.Combo saved = find(shell, org.eclipse.swt.widgets.Combo.class, "analysis-saved");
        assertEquals(List.of("(new)", "dcr-rr", "orr-rr", "orr-rr-rob", "os-hr", "pfs-hr"), java.util.Arrays.stream(saved.getItems()).map(i -> i.split(" \u2014 ")[0]).toList(),
                "the sample's saved analyses");
        saved.select(4);
        saved.notifyListeners(SWT.Selection, new Event());
        settle();
        assertTrue(caption.getText().contains("0.55 [0.37, 0.83] from 2 study(ies)") && caption.getText().contains("1 study(ies) left out"),
                caption.getText());
        assertEquals("", find(shell, Text.class, "analysis-criteria").getText(), "the saved analysis' fields shown");
        assertEquals("after", find(shell, Text.class, "analysis-population").getText());
        screenshot(shell, "13-saved-analysis.png");
        saved.select(2); // orr-rr
        saved.notifyListeners(SWT.Selection, new Event());
        settle();

        DichotomousResult li = liExperimentalResponse(review);
        review.domain().getCommandStack().execute(SetCommand.create(review.domain(), li.getEvents(), AppraisePackage.eINSTANCE.getValue_Number(),
                new BigDecimal("25")));
        settle();
        assertTrue(caption.getText().startsWith("Risk ratio, Inverse variance, random effects (REML): 1.7"), caption.getText());
        review.domain().getCommandStack().undo();
        settle();
        assertTrue(caption.getText().startsWith("Risk ratio, Inverse variance, random effects (REML): 1.57 [0.96, 2.57]"), caption.getText());
    }

    private static void prefer(Shell shell, String id, String words) throws InterruptedException {
        Text text = find(shell, Text.class, id);
        text.setText(words);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
    }

    private static DichotomousResult liExperimentalResponse(ReviewSession review) {
        Extraction ab = review.folder().review().getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst().orElseThrow()
                .getExtractions().stream().filter(e -> e.getId().equals("li-2022--ab")).findFirst().orElseThrow();
        OutcomeMeasurement orr = ab.getMeasurements().stream().filter(m -> m.getOutcome() != null && m.getOutcome().getId().equals("orr")
                && "mRECIST".equals(m.getCriteria())).findFirst().orElseThrow();
        return orr.getResults().stream().filter(DichotomousResult.class::isInstance).map(DichotomousResult.class::cast)
                .filter(r -> r.getArm().getLabel().startsWith("RT")).findFirst().orElseThrow();
    }
}
