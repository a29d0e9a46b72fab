package org.appraise.cli.internal.team;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.io.git.Author;
import org.appraise.io.git.ReviewRepository;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise sync}: commit, fetch, merge and push the review's git repository, as the workbench's Synchronise does. */
@Command(name = "sync", description = { "Commit your changes, fetch, merge and push the review's git repository (--remote makes the folder a repository first).",
        "A conflict keeps both versions and pushes nothing until you sync again with --prefer;",
        "the repository's hooks and configured commands never run unless trusted." })
public final class SyncCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--message", paramLabel = "M", description = "The commit message.")
    private String message;

    @Option(names = "--as", paramLabel = "REVIEWER", description = "Commit as this reviewer of the review (default: git's user).")
    private String as;

    @Option(names = "--prefer", paramLabel = "ours|theirs", description = "How to settle the conflicts of the last sync.")
    private ReviewRepository.Prefer prefer = ReviewRepository.Prefer.NONE;

    @Option(names = "--remote", paramLabel = "URL", description = "The team's remote, when the folder is not a repository yet.")
    private String remote;

    @Option(names = "--trust-repository", description = "Let the repository's hooks and configured commands run.")
    private boolean trust;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Path dir = session.folder().root();
        if (!ReviewRepository.isRepository(dir)) {
            if (remote == null) {
                throw new UsageException(dir + " is not a git repository yet: give the team's remote with --remote URL"
                        + " (a bare repository on a shared drive, GitLab, GitHub)");
            }
            ReviewRepository.init(dir, remote);
            terminal.err().println("Made " + dir + " a git repository with remote " + remote);
        }
        if (as != null && session.folder().review().getReviewers().stream().noneMatch(r -> as.equals(r.getId()))) {
            throw new UsageException("no reviewer '" + as + "' in the review");
        }
        Author author = ReviewRepository.author(dir, Optional.ofNullable(as));
        terminal.err().println("Synchronising " + dir + " as " + author.name() + "...");
        ReviewRepository repository = trust ? new ReviewRepository(dir).trusted() : new ReviewRepository(dir);
        ReviewRepository.SyncReport report = repository.sync(author, message, prefer, TerminalQuestions.ofTerminal().orElse(null));
        terminal.out().println("committed: " + report.committed().orElse("nothing to commit"));
        terminal.out().println("merge: " + report.merge());
        terminal.out().println("pushed: " + report.pushed().orElse("no"));
        report.conflicts().forEach(path -> terminal.out().println("conflict: " + path));
        report.notes().forEach(note -> terminal.err().println(note));
        return report.clean() && report.notes().stream().noneMatch(n -> n.contains("refused")) ? Terminal.OK : Terminal.FINDINGS;
    }
}
