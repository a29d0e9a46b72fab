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
 * nothing, the user is asked through the {@link CredentialQuestions} given (the workbench's dialogs, the
 * terminal), or, with none, the remote is tried without credentials and its refusal is reported.
 */
public final class GitCredentials extends CredentialsProvider {

    private final CredentialQuestions questions;

    /** The helper only: nothing is asked (scripts, CI). */
    public GitCredentials() {
        this(null);
    }

    /** The helper, then the user for what it has not. */
    public GitCredentials(CredentialQuestions questions) {
        this.questions = questions;
    }

    @Override
    public boolean isInteractive() {
        return questions != null;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return questions != null || helperSupports(items);
    }

    private static boolean helperSupports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (helperSupports(items) && fromHelper(uri, items)) {
            return true;
        }
        return questions != null && ask(uri, items);
    }

    /** Asks the user for each item in turn; false as soon as one is declined. */
    private boolean ask(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        String where = uri.getHost() == null ? uri.toString() : uri.getHost();
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.YesNoType question) {
                question.setValue(questions.yes(where, question.getPromptText()));
                continue;
            }
            if (item instanceof CredentialItem.InformationalMessage message) {
                questions.tell(where, message.getPromptText());
                continue;
            }
            String prompt = item instanceof CredentialItem.Username ? "User name for " + where
                    : item.getPromptText() == null || item.getPromptText().isBlank() ? "Password or token for " + where : item.getPromptText();
            java.util.Optional<String> answer = questions.answer(where, prompt, item.isValueSecure());
            if (answer.isEmpty()) {
                return false;
            }
            if (item instanceof CredentialItem.StringType text) {
                text.setValue(answer.get());
            } else if (item instanceof CredentialItem.CharArrayType chars) {
                chars.setValue(answer.get().toCharArray());
            } else {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        return true;
    }

    private static boolean fromHelper(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
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
            credential.directory(new java.io.File(System.getProperty("user.home"))); // never a helper named by the review's own .git/config
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
