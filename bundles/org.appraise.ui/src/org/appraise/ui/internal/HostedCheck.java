package org.appraise.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/**
 * For the update site's test ({@code releng/org.appraise.updatesite.tests}): with {@code APPRAISE_HOSTED_CHECK} naming
 * a file, the Studies view, once its window has painted, writes there which application hosts it, the perspective
 * shown and the Appraise views painted (in the IDE's workbench as in Appraise's own), saves the screen to
 * {@code APPRAISE_STARTUP_SCREENSHOT} when set, and closes the workbench. Without the variable it does nothing.
 */
public final class HostedCheck {

    private HostedCheck() {
    }

    public static void afterCreate(Display display, MApplication application, EModelService models, IWorkbench workbench) {
        String file = System.getenv("APPRAISE_HOSTED_CHECK");
        if (file == null || file.isBlank() || application == null || models == null) {
            return;
        }
        display.asyncExec(() -> {
            for (Shell shell : display.getShells()) {
                shell.update();
            }
            MWindow window = application.getSelectedElement();
            MPerspective perspective = window == null ? null : models.getActivePerspective(window);
            String views = models.findElements(application, null, MPart.class).stream()
                    .filter(part -> part.getElementId() != null && part.getElementId().startsWith("org.appraise.ui.") && part.getWidget() != null)
                    .map(MPart::getElementId).sorted().collect(Collectors.joining(" "));
            String report = "application " + System.getProperty("eclipse.application") + ", perspective "
                    + (perspective == null ? "(none)" : perspective.getElementId()) + ", views painted: " + views;
            try {
                Files.writeString(Path.of(file), report + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("appraise: cannot write " + file + ": " + e.getMessage());
            }
            String shot = System.getenv("APPRAISE_STARTUP_SCREENSHOT");
            if (shot != null && !shot.isBlank()) {
                StartupTiming.screenshot(display, shot);
            }
            if (workbench != null) {
                workbench.close();
            }
        });
    }
}
