package org.appraise.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.appraise.core.ReviewIds;
import org.appraise.core.team.TeamEdits;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Review;
import org.appraise.model.ReviewerRole;

/**
 * Starting a review: a folder that holds no review yet, a title, and the members who join at once (each checked by
 * the team's rules, {@link TeamEdits#member}). The workbench's File > New Review... and {@code appraise new} both
 * start a review this way; the review has no command stack before it exists, so this is the one change made
 * without one.
 */
public final class NewReview {

    private final Path folder;
    private final Review review = AppraiseFactory.eINSTANCE.createReview();

    /**
     * @throws IllegalArgumentException when the title is blank or the folder cannot hold a new review
     */
    public NewReview(Path folder, String title) {
        this.folder = folder.toAbsolutePath().normalize();
        refusal(this.folder).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a review needs a title");
        }
        review.setTitle(title.strip());
        review.setId(ReviewIds.slugOf(this.folder.getFileName() == null ? "review" : this.folder.getFileName().toString()));
    }

    /** Why the folder cannot hold a new review (it holds one already, or is a file), or empty when it can. */
    public static Optional<String> refusal(Path folder) {
        if (Files.exists(folder.resolve("review.json"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(folder + " holds a review already (review.json): open it instead");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        return Optional.empty();
    }

    /** How many files and folders the chosen folder holds already (a review is usually a folder of its own). */
    public static long othersIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        }
    }

    /** The id a member's name suggests ("Ana Souza" gives ana-souza), as the Review view's Reviewers list gives one. */
    public static String idFor(String name) {
        return ReviewIds.slugOf(name);
    }

    /** The review's id: the folder's name as an id (lower-case, '-' for spaces) unless given. */
    public String id() {
        return review.getId();
    }

    /** The review's id instead of the folder's name. */
    public NewReview id(String id) {
        review.setId(id);
        return this;
    }

    /**
     * A member of the team from the start.
     *
     * @throws IllegalArgumentException when the id is taken or unsafe as a file name, or the name is blank
     */
    public NewReview member(String id, String name, ReviewerRole role) {
        review.getReviewers().add(TeamEdits.member(review, id, name, role));
        return this;
    }

    /** Writes the folder (review.json and a .gitignore); returns it, to be opened. */
    public Path create() throws IOException {
        ReviewFolder.create(folder, review);
        return folder;
    }
}
