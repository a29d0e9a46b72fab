package org.appraise.io.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review folder received from someone else is data: its hooks and configured commands never run (issue #19). */
final class RepositoryTrustTest {

    private static final Author AB = new Author("ab", "ab@example.org");

    @TempDir
    Path temp;

    @Test
    void hooksOfTheReviewsRepositoryDoNotRunUnlessTrusted() throws Exception {
        Path review = repository();
        Path marker = temp.resolve("hook-ran");
        for (String hook : new String[] { "pre-commit", "commit-msg", "post-commit" }) {
            Path file = review.resolve(".git/hooks/" + hook);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#!/bin/sh\necho " + hook + " >> '" + marker + "'\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(review.resolve("notes.txt"), "first");
        ReviewRepository.SyncReport report = new ReviewRepository(review).sync(AB, "first", ReviewRepository.Prefer.NONE, null);
        assertTrue(report.committed().isPresent());
        assertFalse(Files.exists(marker), "no hook ran");
        assertEquals(".*.tmp\n", Files.readString(review.resolve(".gitignore")), "temporary files are kept out of git");

        Files.writeString(review.resolve("notes.txt"), "second");
        new ReviewRepository(review).trusted().sync(AB, "second", ReviewRepository.Prefer.NONE, null);
        assertTrue(Files.readString(marker).contains("pre-commit"), "a trusted repository runs its hooks as git does");
    }

    @Test
    void aCommandNamedInTheRepositorysConfigurationIsRefusedNamingIt() throws Exception {
        Path review = repository();
        Path marker = temp.resolve("command-ran");
        try (Git git = Git.open(review.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", temp.resolve("elsewhere.git").toString());
            config.setString("remote", "origin", "uploadpack", "touch '" + marker + "'; git-upload-pack");
            config.save();
        }
        Files.writeString(review.resolve("notes.txt"), "work");
        IOException refused = assertThrows(IOException.class,
                () -> new ReviewRepository(review).sync(AB, "work", ReviewRepository.Prefer.NONE, null));
        assertTrue(refused.getMessage().contains("remote.origin.uploadpack") && refused.getMessage().contains("--trust-repository"),
                refused.getMessage());
        assertFalse(Files.exists(marker));
        try (Git git = Git.open(review.toFile())) {
            assertEquals(null, git.getRepository().resolve("HEAD"), "nothing was committed");
        }
    }

    private Path repository() throws Exception {
        Path review = temp.resolve("review");
        Files.createDirectories(review);
        ReviewRepository.init(review, null);
        return review;
    }
}
