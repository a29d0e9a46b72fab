package org.appraise.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.appraise.ui.OpenReview;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the review perspective, titles the window, and opens the review named at start-up. */
final class AppraiseWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Optional<Path> review;

    AppraiseWorkbenchAdvisor(Optional<Path> review) {
        this.review = review;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ReviewPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1280, 860));
                configurer.setShowCoolBar(false);
                configurer.setShowStatusLine(true);
                configurer.setTitle("Appraise");
            }
        };
    }

    @Override
    public void postStartup() {
        review.ifPresent(path -> {
            try {
                ReviewWindow.show(PlatformUI.getWorkbench().getService(IEclipseContext.class), OpenReview.open(path));
            } catch (IOException e) {
                MessageDialog.openError(null, "Appraise", "Cannot open review " + path + ":\n" + e.getMessage());
            }
        });
    }
}
