package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review opens again on the study selected and the place read when it was last closed. */
final class ReopenWhereLeftTest {

    @TempDir
    Path temp;

    @Test
    void theLastStudyAndTheReadingPlaceComeBack() throws Exception {
        Path copy = WorkbenchSmokeTest.copyOfTheSample(temp);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(ReviewSession.open(copy));
        WorkbenchSmokeTest.selectStudy(shell, 1);
        StyledText paper = find(shell, StyledText.class, "paper");
        int results = paper.getText().indexOf("3.3 Adverse Events");
        assertTrue(results > 0, "the Liu 2021 paper is shown");
        paper.setTopIndex(paper.getLineAtOffset(results));
        paper.notifyListeners(org.eclipse.swt.SWT.KeyUp, new org.eclipse.swt.widgets.Event());
        EPartService parts = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(EPartService.class);
        MPart studies = parts.findPart(ReviewPerspective.STUDIES);
        MPart paperPart = parts.findPart(ReviewPerspective.PAPER);
        String study = studies.getPersistedState().get("study");
        String place = paperPart.getPersistedState().get("place");
        assertTrue(place.startsWith("liu-2021-report@"), place);

        // the review is opened again, as at the next start: the state kept in the workbench model is all there is
        org.appraise.ui.internal.ReviewWindow.show(PlatformUI.getWorkbench().getService(org.eclipse.e4.core.contexts.IEclipseContext.class),
                ReviewSession.open(WorkbenchSmokeTest.copyOfTheSample(temp.resolve("again"))));
        studies.getPersistedState().put("study", study);
        paperPart.getPersistedState().put("place", place);
        org.appraise.ui.internal.ReviewWindow.show(PlatformUI.getWorkbench().getService(org.eclipse.e4.core.contexts.IEclipseContext.class),
                ReviewSession.open(copy));
        settle();
        settle();
        assertEquals("liu-2021", study);
        assertTrue(find(shell, Label.class, "paper-heading").getText().startsWith("reports/001_"), "the paper of Liu 2021 is open again");
        // within a few lines: the paper is laid out again (wrapping, the heading's height) before it scrolls there
        assertTrue(Math.abs(paper.getLineAtOffset(results) - paper.getTopIndex()) <= 3,
                "at the line read last: " + paper.getLineAtOffset(results) + ", shown from " + paper.getTopIndex());
    }
}
