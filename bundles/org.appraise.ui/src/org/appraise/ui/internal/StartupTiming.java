package org.appraise.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/**
 * For the start-up benchmark ({@code releng/bench/startup.sh}): with {@code APPRAISE_STARTUP_REPORT} set, says on
 * stderr how long after the JVM started the workbench window had painted the review it opened (the window's pending
 * paints flushed, once the event loop is running), and with the value {@code exit} closes the workbench then. With
 * {@code APPRAISE_STARTUP_SCREENSHOT} naming a PNG file, the screen is saved there first (the installed package's
 * check takes its screenshot so, with no screenshot tool installed).
 */
final class StartupTiming {

    private StartupTiming() {
    }

    static void report(IWorkbench workbench) {
        String asked = System.getenv("APPRAISE_STARTUP_REPORT");
        if (asked == null || asked.isBlank()) {
            return;
        }
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            for (Shell shell : display.getShells()) {
                shell.update();
            }
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            String title = workbench.getActiveWorkbenchWindow() == null ? "" : workbench.getActiveWorkbenchWindow().getShell().getText();
            System.err.println("appraise: workbench painted " + millis + " ms after the JVM started (" + title + ")");
            String shot = System.getenv("APPRAISE_STARTUP_SCREENSHOT");
            if (shot != null && !shot.isBlank()) {
                screenshot(display, shot);
            }
            if (asked.equals("exit")) {
                workbench.close();
            }
        });
    }

    static void screenshot(Display display, String file) {
        org.eclipse.swt.graphics.Rectangle bounds = display.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, 0, 0);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file, org.eclipse.swt.SWT.IMAGE_PNG);
            System.err.println("appraise: screenshot saved to " + file);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
