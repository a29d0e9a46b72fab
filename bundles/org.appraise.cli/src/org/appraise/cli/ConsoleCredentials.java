package org.appraise.cli;

import java.io.Console;

import org.appraise.io.git.GitCredentials;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials for {@code appraise sync}: what the user's git credential helper has, else asked on the terminal
 * when there is one (user name, password or token without echo, an SSH key's passphrase, whether to trust a
 * new host key). Without a terminal (a script, CI) nothing is asked and the remote's refusal is reported.
 * Nothing is remembered or written into the review folder.
 */
final class ConsoleCredentials extends CredentialsProvider {

    private final GitCredentials git = new GitCredentials();
    private final Console console = System.console();

    @Override
    public boolean isInteractive() {
        return console != null;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return console != null || git.supports(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (git.supports(items) && git.get(uri, items)) {
            return true;
        }
        if (console == null) {
            return false;
        }
        String where = uri.getHost() == null ? uri.toString() : uri.getHost();
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.YesNoType question) {
                String answer = console.readLine("%s [yes/no] ", question.getPromptText());
                question.setValue(answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y"));
            } else if (item instanceof CredentialItem.InformationalMessage message) {
                console.printf("%s%n", message.getPromptText());
            } else if (item instanceof CredentialItem.Username name) {
                String answer = console.readLine("User name for %s: ", where);
                if (answer == null) {
                    return false;
                }
                name.setValue(answer.strip());
            } else if (item instanceof CredentialItem.CharArrayType secret) {
                char[] answer = console.readPassword("%s: ", item.getPromptText() == null || item.getPromptText().isBlank()
                        ? "Password or token for " + where : item.getPromptText());
                if (answer == null) {
                    return false;
                }
                secret.setValue(answer);
            } else if (item instanceof CredentialItem.StringType text) {
                String answer = item.isValueSecure() ? new String(console.readPassword("%s: ", item.getPromptText()))
                        : console.readLine("%s: ", item.getPromptText());
                text.setValue(answer);
            } else {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        return true;
    }
}
