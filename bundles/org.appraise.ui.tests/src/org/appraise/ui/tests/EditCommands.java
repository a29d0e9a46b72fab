package org.appraise.ui.tests;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Edit > Undo and Edit > Redo as the menu and Ctrl+Z run them: through the workbench's command, to the handler active for it. */
final class EditCommands {

    private EditCommands() {
    }

    static void undo() {
        run("org.eclipse.ui.edit.undo");
    }

    static void redo() {
        run("org.eclipse.ui.edit.redo");
    }

    static void run(String command) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        } catch (org.eclipse.core.commands.common.CommandException e) {
            throw new AssertionError(command + " did not run: " + e, e);
        }
    }
}
