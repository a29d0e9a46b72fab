package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.appraise.core.screening.PrismaCounts;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.PrismaDiagram;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Reference;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PRISMA 2020 view draws the sample's diagram from its records, the same as the CLI's, and follows an edit and its undo. */
final class PrismaUiTest {

    @TempDir
    Path temp;

    @Test
    void theDiagramIsTheCommandLinesAndFollowsEveryChange() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = showPrisma(review);
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Canvas canvas = find(shell, Canvas.class, "prisma-diagram");
        Label caption = find(shell, Label.class, "prisma-caption");
        assertTrue(caption.getText().startsWith("Counted from the records: 45 identified, 12 duplicates removed, 33 screened, 3 studies included."),
                caption.getText());
        assertTrue(caption.getText().endsWith("Every PRISMA 2020 invariant holds."), caption.getText());
        Drawing expected = new PrismaDiagram(new FigureFont()).draw(PrismaCounts.of(review.folder().review()));
        assertEquals(expected.marks(), ((Drawing) canvas.getData("org.appraise.drawing")).marks(), "the view draws the marks the CLI writes to SVG, PNG and PDF");
        assertTrue(labels((Drawing) canvas.getData("org.appraise.drawing")).contains("   Duplicate records removed (n = 12)"), labels((Drawing) canvas.getData("org.appraise.drawing")).toString());
        screenshot(shell, "11-prisma.png");

        Reference duplicate = review.folder().review().getReferences().stream().filter(r -> r.getDuplicateOf() != null).findFirst().orElseThrow();
        review.domain().getCommandStack().execute(SetCommand.create(review.domain(), duplicate, AppraisePackage.eINSTANCE.getReference_DuplicateOf(), null));
        settle();
        assertTrue(caption.getText().contains("11 duplicates removed, 34 screened"), caption.getText());
        assertTrue(labels((Drawing) canvas.getData("org.appraise.drawing")).contains("   Duplicate records removed (n = 11)"));
        assertTrue(caption.getText().contains("gap(s)"), "the split record has no screening decision: " + caption.getText());
        review.domain().getCommandStack().undo();
        settle();
        assertTrue(caption.getText().contains("12 duplicates removed, 33 screened"), caption.getText());

        // behind another tab the view does not recount at every change, only when it shows again
        page.showView(ReviewPerspective.PAPER);
        settle();
        review.domain().getCommandStack().execute(SetCommand.create(review.domain(), duplicate, AppraisePackage.eINSTANCE.getReference_DuplicateOf(), null));
        settle();
        assertTrue(caption.getText().contains("12 duplicates removed"), "not recounted while hidden: " + caption.getText());
        page.showView(ReviewPerspective.PRISMA);
        settle();
        assertTrue(caption.getText().contains("11 duplicates removed"), "recounted once shown: " + caption.getText());
        review.domain().getCommandStack().undo();
        settle();
        page.hideView(page.findViewReference(ReviewPerspective.PRISMA));
        settle();
    }

    /** Sources... names an import's database afterwards: the diagram counts its records under the new name, one undo takes it back. */
    @Test
    void anImportsSourceIsNamedFromTheView() throws Exception {
        ReviewSession review = ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp));
        Shell shell = showPrisma(review);
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CodeStudyFromScratchTest.press(shell, "Sources\u2026", dialog -> {
            org.eclipse.swt.widgets.Table table = find(dialog, org.eclipse.swt.widgets.Table.class, "import-sources");
            assertEquals(2, table.getItemCount());
            int embase = java.util.Arrays.asList(table.getItems()).indexOf(java.util.Arrays.stream(table.getItems())
                    .filter(i -> i.getText(0).equals("embase-2021-06.ris")).findFirst().orElseThrow());
            assertEquals("Embase 18 (databases)", table.getItem(embase).getText(3));
            table.setSelection(embase);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            org.eclipse.swt.widgets.Text source = find(dialog, org.eclipse.swt.widgets.Text.class, "import-source");
            assertEquals("Embase", source.getText(), "the chosen import's name, to change");
            source.setText("Embase (Ovid)");
            assertEquals("Embase (Ovid)", table.getItem(embase).getText(2));
            assertEquals("Embase (Ovid) 18 (databases)", table.getItem(embase).getText(3), "where PRISMA will count them, as it is typed");
            WorkbenchSmokeTest.picture(dialog, "11b-prisma-sources.png");
        });
        settle();
        assertEquals(Integer.valueOf(18), PrismaCounts.of(review.folder().review()).databases().get("Embase (Ovid)"));
        assertEquals("Source of embase-2021-06.ris: Embase (Ovid)", review.domain().getCommandStack().getUndoCommand().getLabel());
        Canvas canvas = find(shell, Canvas.class, "prisma-diagram");
        assertTrue(labels((Drawing) canvas.getData("org.appraise.drawing")).stream().anyMatch(l -> l.contains("Embase (Ovid)")),
                labels((Drawing) canvas.getData("org.appraise.drawing")).toString());
        review.domain().getCommandStack().undo();
        settle();
        assertEquals(Integer.valueOf(18), PrismaCounts.of(review.folder().review()).databases().get("Embase"));
        page.hideView(page.findViewReference(ReviewPerspective.PRISMA));
        settle();
    }

    /** The review in the window, its PRISMA 2020 view shown; returns the window's shell. */
    private static Shell showPrisma(ReviewSession review) throws Exception {
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.PRISMA);
        settle();
        return shell;
    }

    private static List<String> labels(Drawing drawing) {
        return drawing.marks().stream().filter(Drawing.Label.class::isInstance).map(m -> ((Drawing.Label) m).text()).toList();
    }
}
