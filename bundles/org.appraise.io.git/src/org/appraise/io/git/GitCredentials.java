package org.appraise.io.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The credentials the user's own git already uses: asks {@code git credential fill} (which runs the
 * configured credential helper: the desktop keyring, a store, a cache) for the remote's user name and
 * password or token. Nothing is ever written into the review folder. Without git, or when the helper has
 * nothing, the remote is tried without credentials and its refusal is reported (the workbench then asks the
 * user; see its Synchronise command).
 */
public final class GitCredentials extends CredentialsProvider {

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        Map<String, String> answer = fill(uri);
        if (!answer.containsKey("password")) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(answer.get("username"));
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(answer.get("password").toCharArray());
            } else {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        return true;
    }

    private static Map<String, String> fill(URIish uri) {
        Map<String, String> answer = new HashMap<>();
        try {
            ProcessBuilder credential = new ProcessBuilder("git", "credential", "fill").redirectError(ProcessBuilder.Redirect.DISCARD);
            credential.environment().put("GIT_TERMINAL_PROMPT", "0"); // the helper answers, or nothing does: never a hidden terminal prompt
            Process git = credential.start();
            try (OutputStream in = git.getOutputStream()) {
                String request = "protocol=" + uri.getScheme() + "\nhost=" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + "\npath=" + (uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "")) + "\n\n";
                in.write(request.getBytes(StandardCharsets.UTF_8));
            }
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroy();
                return answer;
            }
            for (String line : new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    answer.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answer;
    }
}
