package org.appraise.cli.internal.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.cli.internal.team.ReviewerSpec;
import org.appraise.session.NewReview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraise new}: an empty review folder, refused where one exists. */
@Command(name = "new", description = "Create an empty review folder (refused where a review already is).")
public final class NewCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "<review-dir>", description = "The folder to create.")
    private Path folder;

    @Option(names = "--title", paramLabel = "TEXT", description = "The review's title (required).")
    private String title;

    @Option(names = "--id", paramLabel = "ID", description = "The review's id (default: the folder's name).")
    private String id;

    @Option(names = "--reviewer", paramLabel = "ID:NAME[:ROLE]", description = "A member of the team (repeat for each); ROLE is reviewer, arbiter, methodologist or lead.")
    private List<String> reviewers = new ArrayList<>();

    public NewCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (title == null) {
            throw new UsageException("new needs --title");
        }
        try {
            NewReview review = new NewReview(folder, title);
            if (id != null) {
                review.id(id);
            }
            for (String spec : reviewers) {
                ReviewerSpec member = ReviewerSpec.of(spec);
                review.member(member.id(), member.name(), member.role());
            }
            review.create();
            terminal.err().println("Created review '" + review.id() + "' in " + folder);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return Terminal.OK;
    }
}
