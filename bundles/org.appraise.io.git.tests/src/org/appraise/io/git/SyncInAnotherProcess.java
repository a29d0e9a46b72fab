package org.appraise.io.git;

import java.nio.file.Path;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * Runs one sync in a process of its own, so that a test can kill it (SIGKILL) in the middle of a push:
 * {@code java -cp ... org.appraise.io.git.SyncInAnotherProcess <review-dir> <author> <message>}.
 */
final class SyncInAnotherProcess {

    private SyncInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        ReviewRepository.SyncReport report = new ReviewRepository(Path.of(args[0])).sync(new PersonIdent(args[1], args[1] + "@example.org"), args[2],
                ReviewRepository.Prefer.NONE, null);
        System.out.println("synchronised: " + report);
    }
}
