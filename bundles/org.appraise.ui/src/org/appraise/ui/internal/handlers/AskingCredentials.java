package org.appraise.ui.internal.handlers;

import java.util.concurrent.atomic.AtomicBoolean;

import org.appraise.io.git.GitCredentials;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * Credentials for a sync started from the workbench: first what the user's git already uses (its credential
 * helper, {@link GitCredentials}); when that has nothing, the user is asked on the UI thread (user name,
 * password or token, an SSH key's passphrase, whether to trust a host key seen for the first time). Nothing is
 * remembered or written into the review folder.
 */
final class AskingCredentials extends CredentialsProvider {

    private final Shell shell;
    private final GitCredentials git = new GitCredentials();

    AskingCredentials(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (git.supports(items) && git.get(uri, items)) {
            return true;
        }
        AtomicBoolean answered = new AtomicBoolean(true);
        shell.getDisplay().syncExec(() -> {
            for (CredentialItem item : items) {
                if (!answered.get()) {
                    return;
                }
                answered.set(ask(uri, item));
            }
        });
        return answered.get();
    }

    private boolean ask(URIish uri, CredentialItem item) {
        String where = uri.getHost() == null ? uri.toString() : uri.getHost();
        if (item instanceof CredentialItem.YesNoType question) {
            question.setValue(MessageDialog.openQuestion(shell, "Appraise \u2014 " + where, question.getPromptText()));
            return true;
        }
        if (item instanceof CredentialItem.InformationalMessage message) {
            MessageDialog.openInformation(shell, "Appraise \u2014 " + where, message.getPromptText());
            return true;
        }
        boolean secret = item.isValueSecure();
        String prompt = item instanceof CredentialItem.Username ? "User name for " + where
                : item.getPromptText() == null || item.getPromptText().isBlank() ? "Password or token for " + where : item.getPromptText();
        InputDialog dialog = new InputDialog(shell, "Appraise \u2014 " + where, prompt, "", null) {
            @Override
            protected int getInputTextStyle() {
                return super.getInputTextStyle() | (secret ? SWT.PASSWORD : SWT.NONE);
            }
        };
        if (dialog.open() != Window.OK) {
            return false;
        }
        if (item instanceof CredentialItem.StringType text) {
            text.setValue(dialog.getValue());
        } else if (item instanceof CredentialItem.CharArrayType chars) {
            chars.setValue(dialog.getValue().toCharArray());
        } else {
            return false;
        }
        return true;
    }
}
