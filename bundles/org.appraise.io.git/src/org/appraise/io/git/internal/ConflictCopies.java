package org.appraise.io.git.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * When a merge is undone for conflicts, our and their version of each conflicting file are kept under
 * {@code .git/appraise-conflicts/} (as {@code <path>.ours} and {@code <path>.theirs}, with a README saying when), so
 * that neither side's work exists only in history.
 */
public final class ConflictCopies {

    private ConflictCopies() {
    }

    /** Writes both versions of the paths, from our and their commit, under the folder's .git/appraise-conflicts/. */
    public static void keep(Git git, Path folder, ObjectId ours, ObjectId theirs, List<String> paths) throws IOException {
        Path keep = folder.resolve(".git/appraise-conflicts");
        for (String path : paths) {
            for (Map.Entry<String, ObjectId> side : Map.of("ours", ours, "theirs", theirs).entrySet()) {
                try (RevWalk walk = new RevWalk(git.getRepository());
                        TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, walk.parseCommit(side.getValue()).getTree())) {
                    if (tree != null) {
                        Path target = keep.resolve(path + "." + side.getKey());
                        Files.createDirectories(target.getParent());
                        Files.write(target, git.getRepository().open(tree.getObjectId(0)).getBytes());
                    }
                }
            }
        }
        Files.writeString(keep.resolve("README.txt"), "Both versions of the files that conflicted at " + Instant.now()
                + ": " + String.join(", ", paths) + "\n", StandardCharsets.UTF_8);
    }
}
