package org.appraise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.appraise.session.ReviewSession;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * The test harness is the IDE's workbench, as for an Eclipse user who installed Appraise from the update site:
 * Appraise's Ctrl+S (Save Review) and Ctrl+O (Open Review) hold while one of Appraise's views is active, and leave the
 * IDE's own Save to every other part (before, the two Ctrl+S bindings met in the same context and neither ran).
 */
final class KeysInAnIdeTest {

    @Test
    void appraisesKeysHoldInItsViewsAndTheIdesElsewhere() throws Exception {
        WorkbenchSmokeTest.openInReviewPerspective(ReviewSession.open(WorkbenchSmokeTest.SAMPLE));
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        IBindingService keys = window.getService(IBindingService.class);

        page.showView("org.appraise.ui.studies");
        settle();
        assertEquals(Optional.of("org.appraise.ui.saveReview"), command(keys, "M1+S"), "in the Studies view");
        assertEquals(Optional.of("org.appraise.ui.openReview"), command(keys, "M1+O"), "in the Studies view");
        assertEquals(Optional.of("org.appraise.ui.newReview"), command(keys, "M1+N"), "in the Studies view");

        page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        settle();
        assertEquals(Optional.of("org.eclipse.ui.file.save"), command(keys, "M1+S"), "in the IDE's Project Explorer");
        page.hideView(page.findView("org.eclipse.ui.navigator.ProjectExplorer"));
    }

    private static Optional<String> command(IBindingService keys, String sequence) throws Exception {
        Binding binding = keys.getPerfectMatch(KeySequence.getInstance(sequence));
        return Optional.ofNullable(binding).map(b -> b.getParameterizedCommand().getId());
    }

    private static void settle() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // let the activation reach the binding tables
            }
        }
    }
}
