package org.appraise.core.team;

import java.util.Locale;

import org.appraise.core.ReviewIds;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ReviewerRole;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edit rules of the review team: a member joins with an id that names their files (a screening log is
 * {@code screening-<id>}), so the id must be free in the review and safe as a file name on every system the team
 * shares the folder from (lower-case letters, digits, '.', '_' and '-': "AB" and "ab" would be one file on Windows
 * and macOS). Taking a member out is {@link org.appraise.core.Removal}'s rule: refused while their work refers to them.
 */
public final class TeamEdits {

    private final EditingDomain domain;
    private final Review review;

    public TeamEdits(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /** A new member as one command; refused, with the reason, when the id is taken or unsafe, or the name is blank. */
    public Command join(String id, String name, ReviewerRole role) {
        return AddCommand.create(domain, review, AppraisePackage.eINSTANCE.getReview_Reviewers(), member(review, id, name, role));
    }

    /**
     * A member for the review (not yet in it), checked as {@link #join} checks: for a review being created, which has
     * no command stack yet.
     */
    public static Reviewer member(Review review, String id, String name, ReviewerRole role) {
        if (id == null || !id.equals(ReviewIds.slugOf(id))) {
            throw new IllegalArgumentException("a reviewer's id names their files: use lower-case letters, digits, '.', '_' or '-' ('"
                    + id + "' could be '" + ReviewIds.slugOf(id) + "')");
        }
        if (!ReviewIds.of(review).free(id)) {
            throw new IllegalArgumentException("'" + id + "' is already an id in this review"
                    + (review.getReviewers().stream().anyMatch(r -> id.equals(r.getId())) ? " (a member of the team)" : ""));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name (" + id + ")");
        }
        Reviewer reviewer = AppraiseFactory.eINSTANCE.createReviewer();
        reviewer.setId(id);
        reviewer.setName(name.strip());
        if (role != null) {
            reviewer.setRole(role);
        }
        return reviewer;
    }

    /** A role by its name, whatever its case ("arbiter"), or a message listing the roles. */
    public static ReviewerRole role(String name) {
        ReviewerRole role = ReviewerRole.get(name.strip().toUpperCase(Locale.ROOT));
        if (role == null) {
            throw new IllegalArgumentException("unknown role '" + name + "' (one of " + ReviewerRole.VALUES.stream()
                    .map(r -> r.getLiteral().toLowerCase(Locale.ROOT)).toList() + ")");
        }
        return role;
    }
}
