package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.parts.PaperPart;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's day in the paper part: select a table cell of a corpus paper, assign it to a result field
 * through the dialog, see it highlighted, undo, redo, save, reopen.
 */
final class PaperAnnotationTest {

    @TempDir
    Path temp;

    /** On cd's clone (git user cd) the paper codes into cd's extraction from the start. */
    @Test
    void theGitUserOfTheReviewIsTheReviewerWorking() throws Exception {
        Path folder = WorkbenchSmokeTest.copyOfTheSample(temp);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(folder.toFile()).call()) {
            git.getRepository().getConfig().setString("user", null, "name", "cd");
            git.getRepository().getConfig().save();
        }
        ReviewSession review = ReviewSession.open(folder);
        assertEquals("cd", review.me().orElseThrow().getId());
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        WorkbenchSmokeTest.selectStudy(shell, 0);
        PaperPart part = (PaperPart) find(shell, StyledText.class, "paper").getData("org.appraise.ui.part");
        assertEquals("li-2022--cd", part.extraction().getId());
    }

    /** cd selects their own extraction of Li 2022 in the Studies view: the paper shows cd's quotes and codes into cd's file. */
    @Test
    void eachReviewerCodesIntoTheirOwnExtraction() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        WorkbenchSmokeTest.selectStudy(shell, 0);
        StyledText paper = find(shell, StyledText.class, "paper");
        PaperPart part = (PaperPart) paper.getData("org.appraise.ui.part");
        assertEquals("li-2022--ab", part.extraction().getId());
        int abQuotes = paper.getStyleRanges().length;

        org.eclipse.swt.widgets.Tree studies = find(shell, org.eclipse.swt.widgets.Tree.class, "studies");
        org.eclipse.swt.widgets.TreeItem li = studies.getItem(0);
        org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
        expand.item = li;
        studies.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
        li.setExpanded(true);
        WorkbenchSmokeTest.settle();
        org.eclipse.swt.widgets.TreeItem cd = java.util.Arrays.stream(li.getItems())
                .filter(i -> i.getData() instanceof Extraction e && e.getId().equals("li-2022--cd")).findFirst()
                .orElseThrow(() -> new AssertionError("cd's extraction under Li 2022"));
        studies.setSelection(cd);
        org.eclipse.swt.widgets.Event selected = new org.eclipse.swt.widgets.Event();
        selected.item = cd;
        studies.notifyListeners(org.eclipse.swt.SWT.Selection, selected);
        WorkbenchSmokeTest.settle();
        assertEquals("li-2022--cd", part.extraction().getId(), "the paper codes into the extraction selected");
        assertTrue(paper.getStyleRanges().length < abQuotes, "cd's own quotes are shown (cd coded RECIST 1.1 only)");
        WorkbenchSmokeTest.selectStudy(shell, 0);
        assertEquals("li-2022--cd", part.extraction().getId(), "selecting the study again keeps the reviewer's extraction");
    }

    @Test
    void assignASpanThroughTheDialogUndoRedoSaveAndReopen() throws Exception {
        Path copy = temp.resolve("review");
        ReviewFolder.create(copy, ReviewFolder.open(WorkbenchSmokeTest.SAMPLE).review());
        Files.createDirectories(copy.resolve("reports"));
        for (String paper : new String[] { "000_1ced1569fea2e094.txt", "001_32a8eb1ab80cdc81.txt", "002_2a574011e3c7481b.txt" }) {
            Files.copy(WorkbenchSmokeTest.SAMPLE.resolve("reports").resolve(paper), copy.resolve("reports").resolve(paper));
        }
        ReviewSession review = ReviewSession.open(copy);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        WorkbenchSmokeTest.selectStudy(shell, 0);

        StyledText paper = find(shell, StyledText.class, "paper");
        PaperPart part = (PaperPart) paper.getData("org.appraise.ui.part");
        Extraction li = part.extraction();
        assertEquals("li-2022--ab", li.getId());
        assertTrue(paper.getText().startsWith(" Abstract"), "the paper of li-2022 is shown");
        int highlighted = paper.getStyleRanges().length;
        assertTrue(highlighted > 30, "the sample's quotes are highlighted: " + highlighted);

        // the reviewer adds a row for progressive disease (RECIST 1.1), RT + PD1 arm, as one command
        OutcomeMeasurement pd = AppraiseFactory.eINSTANCE.createOutcomeMeasurement();
        pd.setId("li-2022-pd-recist");
        pd.setCriteria("RECIST 1.1");
        pd.setPopulation("all enrolled");
        DichotomousResult rtPd1 = AppraiseFactory.eINSTANCE.createDichotomousResult();
        rtPd1.setId("li-2022-pd-recist-rt");
        rtPd1.setArm(li.getArms().get(0));
        pd.getResults().add(rtPd1);
        review.domain().getCommandStack().execute(
                AddCommand.create(review.domain(), li, AppraisePackage.eINSTANCE.getExtraction_Measurements(), pd));

        // select the cell "11(29.73%)" of the RECIST 1.1 block and assign it through the dialog
        String text = paper.getText();
        int start = text.indexOf("11(29.73%)", text.indexOf("  PD 11(29.73%)", text.indexOf("According to RECIST 1.1")));
        int end = start + "11(29.73%)".length();
        paper.setSelection(start, end);
        paper.showSelection();
        Display display = shell.getDisplay();
        java.util.concurrent.atomic.AtomicReference<String> proposed = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        // the dialog is modal: what the reviewer does in it runs inside its event loop
        display.timerExec(500, () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(x -> "Assign selection".equals(x.getText())).findFirst().orElse(null);
            try {
                assertNotNull(dialog, "the assign dialog opened");
                Text filter = descendants(dialog).filter(Text.class::isInstance).map(Text.class::cast)
                        .filter(t -> "filter".equals(t.getData("org.appraise.test.id"))).findFirst().orElseThrow();
                filter.setText("(empty) RECIST events");
                Text number = descendants(dialog).filter(Text.class::isInstance).map(Text.class::cast)
                        .filter(t -> "number".equals(t.getData("org.appraise.test.id"))).findFirst().orElseThrow();
                proposed.set(number.getText());
                for (int i = 0; i < 10; i++) {
                    while (display.readAndDispatch()) {
                        // paint the dialog before the screenshot
                    }
                }
                screenshot(dialog, "03-assign-dialog.png");
                dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
            } catch (Throwable t) {
                failed.set(t);
                if (dialog != null) {
                    dialog.close();
                }
            }
        });
        part.assignSelection();
        if (failed.get() != null) {
            throw new AssertionError("in the dialog", failed.get());
        }
        assertEquals("11", proposed.get(), "the count is proposed from the selected cell");
        settle();

        assertNotNull(rtPd1.getEvents());
        assertEquals(new BigDecimal("11"), rtPd1.getEvents().getNumber());
        Annotation quote = rtPd1.getEvents().getSources().get(0);
        assertEquals("11(29.73%)", quote.getQuote());
        assertEquals(start, quote.getStart());
        assertEquals(quote, part.highlightAt(start + 1).orElseThrow(), "the new quote is highlighted");
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 226, 122), paper.getStyleRangeAtOffset(start).background.getRGB(),
                "in the colour of result values");
        screenshot(shell, "04-paper-assigned.png");

        EditCommands.undo();
        settle();
        assertNull(rtPd1.getEvents(), "undo takes the value back");
        assertTrue(part.highlightAt(start + 1).isEmpty(), "and its highlight");
        EditCommands.redo();
        settle();
        assertEquals(quote, rtPd1.getEvents().getSources().get(0));
        assertEquals(quote, part.highlightAt(start + 1).orElseThrow());

        part.comment(quote, "PD row of the RECIST 1.1 block");
        assertEquals("PD row of the RECIST 1.1 block", quote.getComment());
        EditCommands.undo();
        assertEquals(null, quote.getComment(), "a comment undoes like any edit");
        EditCommands.redo();

        paper.setSelection(0);
        part.reveal(rtPd1);
        assertEquals("11(29.73%)", paper.getSelectionText(), "choosing a result reveals and selects its quote");
        org.appraise.model.MedianTimeToEvent unquoted = org.appraise.model.AppraiseFactory.eINSTANCE.createMedianTimeToEvent();
        unquoted.setNotReached(true); // a median not reached: a flag, no quoted number
        part.reveal(unquoted);
        assertEquals("", paper.getSelectionText(), "a result with no quote here leaves no other result's words selected as if they were its");

        assertTrue(review.dirty());
        review.save();
        assertTrue(!review.dirty());
        ReviewFolder reopened = ReviewFolder.open(copy);
        Study li2022 = reopened.review().getStudies().get(0);
        DichotomousResult saved = (DichotomousResult) li2022.getExtractions().get(0).getMeasurements().stream()
                .filter(m -> m.getId().equals("li-2022-pd-recist")).findFirst().orElseThrow().getResults().get(0);
        assertEquals("11(29.73%)", saved.getEvents().getSources().get(0).getQuote());
        assertEquals("PD row of the RECIST 1.1 block", saved.getEvents().getSources().get(0).getComment());
        assertEquals(new BigDecimal("11"), saved.getEvents().getNumber());
    }
}
