package org.appraise.cli.internal.team;

import org.appraise.cli.internal.UsageException;
import org.appraise.core.team.TeamEdits;
import org.appraise.model.ReviewerRole;

/** A member of the team as the command line gives one: {@code ID:NAME[:ROLE]}, checked by the team's edit rules. */
public record ReviewerSpec(String id, String name, ReviewerRole role) {

    public static ReviewerSpec of(String spec) {
        String[] parts = spec.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank()) {
            throw new UsageException("a reviewer is ID:NAME[:ROLE], not '" + spec + "'");
        }
        try {
            return new ReviewerSpec(parts[0].strip(), parts[1], parts.length == 3 ? TeamEdits.role(parts[2]) : null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
