package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.export.figures.Palette;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DomainJudgement;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A methodologist assesses a result of the Li 2022 paper with RoB 2 from the keyboard in the study editor,
 * overrides a proposal with a rationale, undoes an answer, then reads the sample's ROBINS-I judgements in the
 * risk-of-bias view and opens an assessment from it.
 */
final class RiskOfBiasUiTest {

    @TempDir
    Path temp;

    @Test
    void assessFromTheKeyboardThenReadTheMatrixAndOpenAnAssessmentFromIt() throws Exception {
        Path copy = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(copy);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        selectStudy(shell, "Li 2022");
        CTabFolder tabs = find(shell, CTabFolder.class, "study-tabs");
        showTab(tabs, "Risk of bias");
        Combo assessments = find(shell, Combo.class, "assessments");
        assertEquals(List.of("ROBINS-I, Overall survival, all enrolled", "NOS (cohort), whole study"), List.of(assessments.getItems()));
        Tree tree = find(shell, Tree.class, "assessment-tree");
        TreeItem d2 = line(tree, "D2. Bias in selection of participants into the study");
        assertEquals("Serious", d2.getText(1));
        assertEquals("assessor's judgement (no algorithm)", d2.getText(2));

        CodeStudyFromScratchTest.press(shell, "New assessment\u2026", dialog -> {
            Combo tool = (Combo) CodeStudyFromScratchTest.control(dialog, "tool");
            CodeStudyFromScratchTest.choose(dialog, "tool", List.of(tool.getItems()).indexOf(
                    "RoB 2: revised Cochrane risk-of-bias tool for randomized trials (individually randomized, parallel-group) (version 2019-08-22)"));
            CodeStudyFromScratchTest.choose(dialog, "result", 1);
        });
        RiskOfBiasAssessment rob2 = review.folder().review().getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst()
                .orElseThrow().getExtractions().get(0).getAssessments().get(2);
        assertEquals("rob2", rob2.getTool());
        assertTrue(assessments.getText().startsWith("RoB 2, "), assessments.getText());
        tree = find(shell, Tree.class, "assessment-tree");
        assertEquals("Effect  Which effect of the intervention is being assessed?", tree.getSelection()[0].getText(0),
                "the first open question has the focus");
        for (char key : new char[] { '1', 'y', '1', 'n' }) {
            key(tree, key);
        }
        settle();
        assertEquals("assignment", answer(rob2, "effect"));
        assertEquals("N", answer(rob2, "1.3"), "letters pick answers too");
        TreeItem d1 = line(tree, "D1. Bias arising from the randomization process");
        assertEquals("Low risk", d1.getText(1));
        assertEquals("Low risk", d1.getText(2));
        assertTrue(tree.getSelection()[0].getText(0).startsWith("2.1 "), "after 1.3 the cursor moves to the next question asked");

        EditCommands.undo();
        settle();
        assertEquals("\u2014", line(tree, "D1. Bias arising from the randomization process").getText(1),
                "undoing 1.3 withdraws the proposal and the judgement that followed it");
        EditCommands.redo();
        settle();
        d1 = line(tree, "D1. Bias arising from the randomization process");
        tree.setSelection(d1);
        tree.notifyListeners(SWT.Selection, new Event());
        WorkbenchSmokeTest.withDialog(shell, () -> key(find(shell, Tree.class, "assessment-tree"), '3'),
                dialog -> ((org.eclipse.swt.widgets.Text) CodeStudyFromScratchTest.control(dialog, "rationale"))
                        .setText("Treatment was chosen by clinicians: there was no randomisation at all."));
        d1 = line(find(shell, Tree.class, "assessment-tree"), "D1. Bias arising from the randomization process");
        assertEquals("High risk", d1.getText(1));
        assertEquals("Low risk (overridden)", d1.getText(2));
        assertEquals("Rationale: Treatment was chosen by clinicians: there was no randomisation at all.", d1.getText(3));
        maximised(ReviewPerspective.STUDY, true);
        screenshot(shell, "06-risk-of-bias-editor.png");
        maximised(ReviewPerspective.STUDY, false);

        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.RISK_OF_BIAS);
        settle();
        Table matrix = find(shell, Table.class, "rob-matrix");
        Combo tool = find(shell, Combo.class, "rob-tool");
        assertEquals("ROBINS-I", tool.getText());
        assertEquals(3, matrix.getItemCount());
        List<String> headers = Stream.of(matrix.getColumns()).map(c -> c.getText()).toList();
        assertEquals(List.of("Study", "Result", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "Overall", "Assessor"), headers);
        TableItem tvgh = row(matrix, "Taipei VGH");
        assertEquals("X Serious", tvgh.getText(headers.indexOf("D2")));
        assertEquals("\u2212 Moderate", tvgh.getText(headers.indexOf("D1")));
        assertEquals(rgb(Palette.colourBlindSafe().colour("high")), tvgh.getBackground(headers.indexOf("Overall")).getRGB());
        matrix.getColumn(headers.indexOf("Overall")).notifyListeners(SWT.Selection, new Event());
        settle();
        assertTrue(matrix.getItem(0).getText(0).startsWith("Liu 2021"), "sorted by overall judgement, least concern first");
        maximised(ReviewPerspective.RISK_OF_BIAS, true);
        screenshot(shell, "07-risk-of-bias-view.png");
        maximised(ReviewPerspective.RISK_OF_BIAS, false);

        tool.select(List.of(tool.getItems()).indexOf("RoB 2"));
        tool.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(1, matrix.getItemCount());
        assertEquals("X High risk", matrix.getItem(0).getText(2));
        matrix.setSelection(0);
        matrix.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
        assertEquals("Risk of bias", tabs.getSelection().getText());
        assertTrue(find(shell, Combo.class, "assessments").getText().startsWith("RoB 2, "));

        showTab(tabs, "Results");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findViewReference(ReviewPerspective.RISK_OF_BIAS));
        settle();

        Path workbook = temp.resolve("export/review.xlsx");
        Files.createDirectories(workbook.getParent());
        assertTrue(org.appraise.ui.internal.handlers.ExportWorkbookHandler.export(shell, review, workbook), "File > Export Workbook... wrote it");
        byte[] zip = Files.readAllBytes(workbook);
        assertTrue(zip.length > 10_000 && zip[0] == 'P' && zip[1] == 'K', "an xlsx (zip) file");
        try (Stream<Path> left = Files.list(workbook.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }

        review.save();
        ReviewFolder reopened = ReviewFolder.open(copy);
        RiskOfBiasAssessment saved = reopened.review().getStudies().stream().filter(s -> s.getId().equals("li-2022")).findFirst()
                .orElseThrow().getExtractions().get(0).getAssessments().get(2);
        DomainJudgement savedD1 = saved.getDomains().stream().filter(d -> d.getDomain().equals("D1")).findFirst().orElseThrow();
        assertEquals("high", savedD1.getJudgement());
        assertEquals("low", savedD1.getProposed());
        assertEquals("Treatment was chosen by clinicians: there was no randomisation at all.", savedD1.getRationale());
    }

    private static void maximised(String view, boolean maximised) throws InterruptedException {
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPartState(page.findViewReference(view),
                maximised ? org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED : org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        settle();
    }

    private static String answer(RiskOfBiasAssessment assessment, String question) {
        return assessment.getAnswers().stream().filter(a -> a.getQuestion().equals(question)).findFirst().map(a -> a.getAnswer())
                .orElse(null);
    }

    private static void key(Tree tree, char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        event.doit = true;
        tree.notifyListeners(SWT.KeyDown, event);
    }

    private static TreeItem line(Tree tree, String text) {
        return Stream.of(tree.getItems()).filter(i -> i.getText(0).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + Stream.of(tree.getItems()).map(i -> i.getText(0)).toList()));
    }

    private static TableItem row(Table table, String start) {
        return Stream.of(table.getItems()).filter(i -> i.getText(0).startsWith(start)).findFirst().orElseThrow();
    }

    private static RGB rgb(String hex) {
        return new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16));
    }

    private static void showTab(CTabFolder tabs, String name) throws InterruptedException {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(name)) {
                tabs.setSelection(item);
            }
        }
        settle();
    }

    private static void selectStudy(Shell shell, String labelStart) throws InterruptedException {
        Tree studies = find(shell, Tree.class, "studies");
        for (int i = 0; i < studies.getItemCount(); i++) {
            if (studies.getItem(i).getText().contains(labelStart)) {
                WorkbenchSmokeTest.selectStudy(shell, i);
                return;
            }
        }
        throw new AssertionError("no study " + labelStart);
    }

}
