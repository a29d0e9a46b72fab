package org.appraise.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/**
 * For the start-up benchmark ({@code releng/bench/startup.sh}): with {@code APPRAISE_STARTUP_REPORT} set, says on
 * stderr how long after the JVM started the workbench window had painted the review it opened (the window's pending
 * paints flushed, once the event loop is running), and with the value {@code exit} closes the workbench then.
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
            System.err.println("appraise: workbench painted " + millis + " ms after the JVM started");
            if (asked.equals("exit")) {
                workbench.close();
            }
        });
    }
}
