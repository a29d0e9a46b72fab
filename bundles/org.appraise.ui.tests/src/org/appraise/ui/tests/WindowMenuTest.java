package org.appraise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/** Window lists every view of Appraise, so that a view closed by mistake can be shown again; showing one works. */
final class WindowMenuTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    @Test
    void everyViewCanBeShownAgainFromTheWindowMenu() throws Exception {
        Set<String> views = new TreeSet<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) {
            if (e.getContributor().getName().equals("org.appraise.ui") && e.getName().equals("e4view")) {
                views.add(e.getAttribute("id"));
            }
        }
        Set<String> inMenu = new TreeSet<>();
        for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
            if (!contribution.getContributor().getName().equals("org.appraise.ui")) {
                continue;
            }
            for (IConfigurationElement menu : contribution.getChildren("menu")) {
                if ("window".equals(menu.getAttribute("id"))) {
                    for (IConfigurationElement command : menu.getChildren("command")) {
                        Arrays.stream(command.getChildren("parameter")).forEach(p -> inMenu.add(p.getAttribute("value")));
                    }
                }
            }
        }
        assertEquals(views, inMenu, "every view has its item in Window");

        WorkbenchSmokeTest.openInReviewPerspective(org.appraise.session.ReviewSession.open(WorkbenchSmokeTest.SAMPLE));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ReviewPerspective.COMPARISON);
        page.hideView(page.findViewReference(ReviewPerspective.COMPARISON));
        WorkbenchSmokeTest.settle();
        assertNull(page.findViewReference(ReviewPerspective.COMPARISON), "closed");
        org.eclipse.core.commands.ParameterizedCommand show = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                .deserialize("org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=" + ReviewPerspective.COMPARISON + ")");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(show, null);
        WorkbenchSmokeTest.settle();
        assertNotNull(page.findViewReference(ReviewPerspective.COMPARISON), "shown again by the Window menu's command");
        page.hideView(page.findViewReference(ReviewPerspective.COMPARISON));
        WorkbenchSmokeTest.settle();
    }

    @Test
    void aStudyAddedWhileAnotherViewIsActiveOpensItsPaper() throws Exception {
        java.nio.file.Path copy = WorkbenchSmokeTest.copyOfTheSample(temp);
        org.appraise.session.ReviewSession review = org.appraise.session.ReviewSession.open(copy);
        org.eclipse.swt.widgets.Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.activate(page.showView(ReviewPerspective.SCREENING)); // screening when the paper of an included record is added
        WorkbenchSmokeTest.settle();
        java.nio.file.Path paperFile = temp.resolve("zhou-2023.txt");
        java.nio.file.Files.writeString(paperFile, "Sintilimab plus lenvatinib in unresectable hepatocellular carcinoma: a cohort study.\n".repeat(20));
        review.domain().getCommandStack().execute(new org.appraise.session.StudyFromPaper(review).add(paperFile, "Zhou 2023"));
        WorkbenchSmokeTest.settle();
        page.showView(ReviewPerspective.PAPER);
        WorkbenchSmokeTest.settle();
        org.eclipse.swt.custom.StyledText paper = WorkbenchSmokeTest.find(shell, org.eclipse.swt.custom.StyledText.class, "paper");
        assertTrue(paper.getText().startsWith("Sintilimab plus lenvatinib"), "the new study's paper, not 'Select a study': " + paper.getText());
    }
}
