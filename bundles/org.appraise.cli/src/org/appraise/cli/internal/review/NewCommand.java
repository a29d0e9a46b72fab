package org.appraise.cli.internal.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.cli.internal.team.ReviewerSpec;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Review;

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
        Review review = AppraiseFactory.eINSTANCE.createReview();
        review.setId(id != null ? id : folder.toAbsolutePath().normalize().getFileName().toString());
        if (title == null) {
            throw new UsageException("new needs --title");
        }
        review.setTitle(title);
        for (String spec : reviewers) {
            review.getReviewers().add(ReviewerSpec.of(spec).memberOf(review));
        }
        ReviewFolder.create(folder, review);
        terminal.err().println("Created review '" + review.getId() + "' in " + folder);
        return Terminal.OK;
    }
}
