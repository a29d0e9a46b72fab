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
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ReviewPerspective.PRISMA);
        settle();
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

    private static List<String> labels(Drawing drawing) {
        return drawing.marks().stream().filter(Drawing.Label.class::isInstance).map(m -> ((Drawing.Label) m).text()).toList();
    }
}
