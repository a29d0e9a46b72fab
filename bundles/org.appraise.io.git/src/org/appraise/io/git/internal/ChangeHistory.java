package org.appraise.io.git.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.appraise.io.git.ReviewRepository.Change;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Who changed what and when in a review's repository, newest first: each commit's author, time, message and the files
 * it changed under a path (a merge's files are not listed: its changes are its parents').
 */
public final class ChangeHistory {

    private ChangeHistory() {
    }

    /** The changes to files under the path (a study's folder, or "" or null for all). */
    public static List<Change> of(Git git, String path) throws IOException, GitAPIException {
        boolean all = path == null || path.isEmpty();
        LogCommand log = git.log();
        if (!all) {
            log.addPath(path);
        }
        List<Change> changes = new ArrayList<>();
        for (RevCommit commit : log.call()) {
            List<String> files = commit.getParentCount() <= 1 ? files(git, commit, all ? "" : path) : List.of();
            changes.add(new Change(commit.getName().substring(0, 10), commit.getAuthorIdent().getName(),
                    commit.getAuthorIdent().getWhenAsInstant(), commit.getShortMessage(), files));
        }
        return changes;
    }

    private static List<String> files(Git git, RevCommit commit, String path) throws IOException {
        List<String> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.setRecursive(true);
            if (commit.getParentCount() == 1) {
                walk.addTree(commit.getParent(0).getTree());
            } else {
                walk.addTree(new EmptyTreeIterator());
            }
            walk.addTree(commit.getTree());
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                if (walk.getPathString().startsWith(path)) {
                    files.add(walk.getPathString());
                }
            }
        }
        return files;
    }
}
