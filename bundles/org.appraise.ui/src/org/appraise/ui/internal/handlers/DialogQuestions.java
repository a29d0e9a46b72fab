package org.appraise.ui.internal.handlers;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.appraise.io.git.CredentialQuestions;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** Asks for what git's credential helper did not have with dialogs, on the UI thread (the sync runs in the background). */
final class DialogQuestions implements CredentialQuestions {

    private final Shell shell;

    DialogQuestions(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean yes(String where, String question) {
        AtomicReference<Boolean> answer = new AtomicReference<>(false);
        shell.getDisplay().syncExec(() -> answer.set(MessageDialog.openQuestion(shell, "Appraise \u2014 " + where, question)));
        return answer.get();
    }

    @Override
    public void tell(String where, String message) {
        shell.getDisplay().syncExec(() -> MessageDialog.openInformation(shell, "Appraise \u2014 " + where, message));
    }

    @Override
    public Optional<String> answer(String where, String prompt, boolean secret) {
        AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.empty());
        shell.getDisplay().syncExec(() -> {
            InputDialog dialog = new InputDialog(shell, "Appraise \u2014 " + where, prompt, "", null) {
                @Override
                protected int getInputTextStyle() {
                    return super.getInputTextStyle() | (secret ? SWT.PASSWORD : SWT.NONE);
                }
            };
            if (dialog.open() == Window.OK) {
                answer.set(Optional.of(dialog.getValue()));
            }
        });
        return answer.get();
    }
}
