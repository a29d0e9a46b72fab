package org.appraise.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the workbench; a review folder (or its review.json) given on the command line is opened once it is up. */
public final class AppraiseApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Optional<Path> review = Optional.empty();
        if (args != null) {
            for (String arg : args) {
                if (!arg.startsWith("-") && !arg.equals("gui")) {
                    // a review.json (the desktop opens that file with Appraise) stands for the folder that holds it
                    Path given = Path.of(arg).toAbsolutePath();
                    review = Optional.of(given.getFileName() != null && given.getFileName().toString().equals("review.json")
                            && java.nio.file.Files.isRegularFile(given) ? given.getParent() : given);
                }
            }
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new AppraiseWorkbenchAdvisor(review));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
