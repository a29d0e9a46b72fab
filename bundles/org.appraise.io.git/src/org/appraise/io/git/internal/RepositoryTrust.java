package org.appraise.io.git.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FS_POSIX;

/**
 * A review folder received from a shared drive or a colleague is data, not code: unless the user trusts it,
 * its repository is opened so that its hooks ({@code .git/hooks/*}, {@code core.hooksPath}) never run, and a
 * sync is refused when its configuration names a command git would run ({@code remote.*.uploadpack},
 * {@code remote.*.receivepack}, {@code core.sshCommand}, a repository-local {@code credential.helper}).
 */
public final class RepositoryTrust {

    private static final String[][] COMMANDS = { { "remote", "uploadpack" }, { "remote", "receivepack" } };

    private final boolean trusted;

    public RepositoryTrust(boolean trusted) {
        this.trusted = trusted;
    }

    /** Opens the folder's repository; untrusted, with a file system that finds no hook. */
    public Git open(Path folder) throws IOException {
        if (trusted) {
            return Git.open(folder.toFile());
        }
        Repository repository = new FileRepositoryBuilder().setWorkTree(folder.toFile()).setFS(new WithoutHooks())
                .setMustExist(true).build();
        return Git.wrap(repository);
    }

    /** Refuses, naming each, the commands the repository's own configuration would have git run. */
    public void refuseConfiguredCommands(Repository repository) throws IOException {
        if (trusted) {
            return;
        }
        StoredConfig config = repository.getConfig();
        List<String> found = new ArrayList<>();
        for (String[] key : COMMANDS) {
            for (String remote : config.getSubsections(key[0])) {
                String value = config.getString(key[0], remote, key[1]);
                if (value != null && !value.equals("git-" + key[1].replace("pack", "-pack"))) {
                    found.add(key[0] + "." + remote + "." + key[1] + " = " + value);
                }
            }
        }
        if (config.getString("core", null, "sshCommand") != null) {
            found.add("core.sshCommand = " + config.getString("core", null, "sshCommand"));
        }
        if (config.getStringList("credential", null, "helper").length > 0) {
            found.add("credential.helper = " + String.join(", ", config.getStringList("credential", null, "helper")));
        }
        if (!found.isEmpty()) {
            throw new IOException("the review's repository configuration (.git/config) names commands to run: " + String.join("; ", found)
                    + ". Appraise does not run commands that come with a review folder; remove them, or sync with --trust-repository"
                    + " if you made them yourself");
        }
    }

    /** The platform's file system for git, except that no hook is ever found. */
    private static final class WithoutHooks extends FS_POSIX {

        WithoutHooks() {
            super(FS.DETECTED);
        }

        @Override
        public FS newInstance() {
            return new WithoutHooks();
        }

        @Override
        public File findHook(Repository repository, String hookName) {
            return null;
        }
    }
}
