package org.appraise.io.git;

import java.util.Optional;

/**
 * How to ask the user for what git's credential helper did not have: a user name, a password or token, an SSH
 * key's passphrase, whether to trust a host key seen for the first time. The workbench asks with dialogs, the
 * command line on the terminal; {@link GitCredentials} decides what to ask.
 */
public interface CredentialQuestions {

    /** A yes/no question about the remote (where); false when the user says no or cannot be asked. */
    boolean yes(String where, String question);

    /** A message to show (e.g. a host key's fingerprint). */
    void tell(String where, String message);

    /** A typed answer, not echoed when secret; empty when the user declined. */
    Optional<String> answer(String where, String prompt, boolean secret);
}
