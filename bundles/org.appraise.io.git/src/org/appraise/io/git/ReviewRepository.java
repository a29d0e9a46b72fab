package org.appraise.io.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.io.git.internal.ChangeHistory;
import org.appraise.io.git.internal.ConflictCopies;
import org.appraise.io.git.internal.RepositoryTrust;
import org.appraise.io.git.internal.SyncSsh;
import org.appraise.io.json.ReviewFolder;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * A review folder that is a git repository, shared with the team through a remote (a bare repository on a
 * shared drive, GitLab, GitHub). Synchronising commits the reviewer's own changes, fetches, merges and
 * pushes; reviewers write different files, so normal work merges cleanly. When two people changed the same
 * lines of a file (two edits of one consensus), nothing is overwritten: the merge is undone, the local
 * commit keeps this reviewer's work, both versions are kept under {@code .git/appraise-conflicts/}, and the
 * sync reports the files; syncing again preferring ours or theirs settles them (only the conflicting lines
 * take that side) and the merged review must load before anything is pushed.
 */
public final class ReviewRepository {

    /** What a sync did. */
    public record SyncReport(Optional<String> committed, boolean fetched, String merge, List<String> conflicts, Optional<String> pushed,
            List<String> notes) {

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** One commit that touched the files asked about. */
    public record Change(String commit, String author, Instant when, String message, List<String> files) {
    }

    /** How to settle conflicting lines when syncing again after a conflict. */
    public enum Prefer {
        NONE, OURS, THEIRS
    }

    private final Path folder;
    /** Where the user's SSH keys, config and known hosts are (~/.ssh), for ssh:// and scp-like remotes. */
    private final Path sshDirectory;
    private final RepositoryTrust trust;

    public ReviewRepository(Path folder) {
        this(folder, Path.of(org.eclipse.jgit.util.FS.DETECTED.userHome().getPath(), ".ssh"));
    }

    /** @param sshDirectory the SSH directory to use instead of the user's ~/.ssh (keys, config, known_hosts) */
    public ReviewRepository(Path folder, Path sshDirectory) {
        this(folder, sshDirectory, new RepositoryTrust(false));
    }

    private ReviewRepository(Path folder, Path sshDirectory, RepositoryTrust trust) {
        this.folder = folder;
        this.sshDirectory = sshDirectory;
        this.trust = trust;
    }

    /**
     * The same repository, trusted: its hooks run and the commands its configuration names are allowed, as plain
     * git would. Only for a repository the user set up themselves.
     */
    public ReviewRepository trusted() {
        return new ReviewRepository(folder, sshDirectory, new RepositoryTrust(true));
    }

    /**
     * The author of this folder's commits: the git user (user.name, user.email), or the reviewer named instead
     * (the e-mail kept). Empty names when git has none configured.
     */
    public static Author author(Path folder, Optional<String> as) throws IOException {
        try (Git git = Git.open(folder.toFile())) {
            PersonIdent configured = new PersonIdent(git.getRepository());
            return new Author(as.orElse(configured.getName()), configured.getEmailAddress());
        }
    }

    /**
     * The names the folder's git user goes by: user.name and the local part of user.email, as far as they are set
     * (none when the folder is not a repository); the review's reviewer working is the one these name.
     */
    public static List<String> user(Path folder) {
        if (!isRepository(folder)) {
            return List.of();
        }
        try (Git git = Git.open(folder.toFile())) {
            org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
            String name = config.getString("user", null, "name");
            String email = config.getString("user", null, "email");
            List<String> user = new ArrayList<>();
            if (name != null && !name.isBlank()) {
                user.add(name.strip());
            }
            if (email != null && email.contains("@")) {
                user.add(email.substring(0, email.indexOf('@')));
            }
            return List.copyOf(user);
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The name this machine's git user goes by (git config --global user.name), to suggest as a new review's first
     * member; empty when git has none or its configuration cannot be read.
     */
    public static Optional<String> userName() {
        try {
            String name = org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig().getString("user", null, "name");
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
        } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
            return Optional.empty();
        }
    }

    public static boolean isRepository(Path folder) {
        return Files.isDirectory(folder.resolve(".git"));
    }

    /** Makes the review folder a repository (with the remote when given) and commits what is there. */
    public static ReviewRepository init(Path folder, String remote) throws IOException {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            if (remote != null) {
                git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote)).call();
            }
        } catch (GitAPIException | java.net.URISyntaxException e) {
            throw new IOException("Cannot make " + folder + " a git repository: " + e.getMessage(), e);
        }
        return new ReviewRepository(folder);
    }

    /**
     * Commits the reviewer's changes, fetches, merges and pushes.
     *
     * @param questions asked for what git's credential helper does not give (null: nothing is asked, e.g. scripts,
     *            a shared drive or a file:// remote)
     */
    public SyncReport sync(Author who, String message, Prefer prefer, CredentialQuestions questions) throws IOException {
        CredentialsProvider credentials = new GitCredentials(questions);
        PersonIdent author = new PersonIdent(who.name(), who.email() == null ? "" : who.email());
        List<String> notes = new ArrayList<>();
        try (Git git = trust.open(folder); SyncSsh ssh = new SyncSsh(sshDirectory)) {
            trust.refuseConfiguredCommands(git.getRepository());
            ReviewFolder.ignoreTemporaryFiles(folder);
            Optional<String> committed = commit(git, author, message);
            String branch = git.getRepository().getBranch();
            boolean hasRemote = git.getRepository().getConfig().getSubsections("remote").contains("origin");
            if (!hasRemote) {
                notes.add("no remote 'origin': committed locally only");
                return new SyncReport(committed, false, "none", List.of(), Optional.empty(), notes);
            }
            git.fetch().setRemote("origin").setCredentialsProvider(credentials).setTransportConfigCallback(ssh).call();
            Ref theirs = git.getRepository().findRef("refs/remotes/origin/" + branch);
            String merge = "nothing to merge";
            if (theirs != null) {
                ObjectId before = git.getRepository().resolve("HEAD");
                MergeResult result = git.merge().include(theirs).setStrategy(MergeStrategy.RECURSIVE)
                        .setContentMergeStrategy(prefer == Prefer.OURS ? ContentMergeStrategy.OURS
                                : prefer == Prefer.THEIRS ? ContentMergeStrategy.THEIRS : ContentMergeStrategy.CONFLICT)
                        .setMessage("Merge the team's work into " + author.getName() + "'s").call();
                merge = result.getMergeStatus().name();
                if (result.getMergeStatus() == MergeResult.MergeStatus.CONFLICTING) {
                    List<String> conflicts = new ArrayList<>(result.getConflicts() == null ? List.of() : result.getConflicts().keySet());
                    ConflictCopies.keep(git, folder, before, theirs.getObjectId(), conflicts);
                    git.reset().setMode(ResetCommand.ResetType.HARD).setRef(before.getName()).call();
                    notes.add("both versions of each conflicting file are in .git/appraise-conflicts/; sync again with ours or theirs to settle them");
                    return new SyncReport(committed, true, merge, conflicts, Optional.empty(), notes);
                }
                if (!result.getMergeStatus().isSuccessful()) {
                    git.reset().setMode(ResetCommand.ResetType.HARD).setRef(before.getName()).call();
                    throw new IOException("Merging the team's work failed (" + result.getMergeStatus() + "); nothing was changed");
                }
                ReviewFolder merged = ReviewFolder.open(folder);
                if (!merged.problems().isEmpty()) {
                    git.reset().setMode(ResetCommand.ResetType.HARD).setRef(before.getName()).call();
                    throw new IOException("The merged review does not load (" + merged.problems().get(0)
                            + "); the merge was undone and nothing was pushed");
                }
            }
            Iterable<PushResult> pushed = git.push().setRemote("origin").add(branch).setCredentialsProvider(credentials)
                    .setTransportConfigCallback(ssh).call();
            Optional<String> pushedTo = Optional.empty();
            for (PushResult result : pushed) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() == RemoteRefUpdate.Status.OK || update.getStatus() == RemoteRefUpdate.Status.UP_TO_DATE) {
                        pushedTo = Optional.of(update.getRemoteName() + " (" + update.getStatus().toString().toLowerCase().replace('_', ' ') + ")");
                    } else {
                        notes.add("push of " + update.getRemoteName() + " refused (" + update.getStatus()
                                + "): someone pushed meanwhile; sync again");
                    }
                }
            }
            return new SyncReport(committed, true, merge, List.of(), pushedTo, notes);
        } catch (GitAPIException e) {
            throw new IOException("Sync of " + folder + " failed: " + e.getMessage() + " (the local commit, if any, is kept)", e);
        }
    }

    /** Who changed what and when, newest first, for files under the path (a study's folder, or "" for all). */
    public List<Change> history(String path) throws IOException {
        try (Git git = trust.open(folder)) {
            return ChangeHistory.of(git, path);
        } catch (GitAPIException e) {
            throw new IOException("Cannot read the history of " + folder + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> commit(Git git, PersonIdent author, String message) throws GitAPIException {
        Status status = git.status().call();
        if (status.isClean()) {
            return Optional.empty();
        }
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        RevCommit commit = git.commit().setAuthor(author).setCommitter(author)
                .setMessage(message == null || message.isBlank() ? "Work of " + author.getName() : message).call();
        return Optional.of(commit.getName().substring(0, 10));
    }
}
