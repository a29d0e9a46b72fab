package org.appraise.io.git;

/** Who commits a reviewer's work: a name (the reviewer's id or name) and an e-mail address, as git records them. */
public record Author(String name, String email) {
}
