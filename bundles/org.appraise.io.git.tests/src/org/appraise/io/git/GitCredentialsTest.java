package org.appraise.io.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** What the helper lacks is asked, item by item, secrets as secrets; a declined answer stops; with no questions nothing is asked. */
final class GitCredentialsTest {

    @Test
    void askWhatTheHelperDoesNotHave() throws Exception {
        URIish remote = new URIish("ssh://git@review-host.invalid/team.git");
        List<String> asked = new ArrayList<>();
        CredentialQuestions user = new CredentialQuestions() {
            @Override
            public boolean yes(String where, String question) {
                asked.add("yes? " + question);
                return true;
            }

            @Override
            public void tell(String where, String message) {
                asked.add("told " + message);
            }

            @Override
            public Optional<String> answer(String where, String prompt, boolean secret) {
                asked.add((secret ? "secret " : "") + prompt);
                return prompt.startsWith("Passphrase") ? Optional.of("correct horse") : Optional.empty();
            }
        };
        CredentialItem.YesNoType trust = new CredentialItem.YesNoType("Accept the host key of review-host.invalid?");
        CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase for /home/ab/.ssh/id_ed25519");
        GitCredentials credentials = new GitCredentials(user);
        assertTrue(credentials.isInteractive());
        assertTrue(credentials.get(remote, trust, passphrase));
        assertTrue(trust.getValue());
        assertArrayEquals("correct horse".toCharArray(), passphrase.getValue());
        assertEquals(List.of("yes? Accept the host key of review-host.invalid?", "secret Passphrase for /home/ab/.ssh/id_ed25519"), asked);

        CredentialItem.Username name = new CredentialItem.Username();
        assertFalse(credentials.get(remote, name), "declined: no credentials");
        assertEquals("User name for review-host.invalid", asked.get(2));

        assertFalse(new GitCredentials().isInteractive());
        assertFalse(new GitCredentials().supports(trust), "without questions only the helper's user name and password");
    }
}
