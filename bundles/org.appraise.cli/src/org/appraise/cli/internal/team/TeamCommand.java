package org.appraise.cli.internal.team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.team.MemberWork;
import org.appraise.core.team.TeamEdits;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.CompoundCommand;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise team}: the review team with what each member has done; {@code --add} makes members join. */
@Command(name = "team", description = { "The review team: each member's id, name, role and work (screening decisions, studies coded, quotes, searches imported).",
        "--add makes a member join (one command, saved): the id names their files, so it is lower-case and new in the review." })
public final class TeamCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--add", paramLabel = "ID:NAME[:ROLE]", description = "A member who joins (repeatable); ROLE is reviewer, arbiter, methodologist or lead.")
    private List<String> joining = new ArrayList<>();

    @Option(names = "--json", description = "Print the team as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Review review = session.folder().review();
        if (!joining.isEmpty()) {
            TeamEdits edits = new TeamEdits(session.domain(), review);
            CompoundCommand join = new CompoundCommand(joining.size() == 1 ? "Add a reviewer" : "Add " + joining.size() + " reviewers");
            Set<String> named = new HashSet<>();
            for (String spec : joining) {
                ReviewerSpec member = ReviewerSpec.of(spec);
                if (!named.add(member.id())) {
                    throw new UsageException("'" + member.id() + "' is given twice");
                }
                try {
                    join.append(edits.join(member.id(), member.name(), member.role()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            session.domain().getCommandStack().execute(join);
            session.save();
            terminal.err().println("Added " + joining.size() + " reviewer(s); saved");
        }
        if (json) {
            ArrayNode members = JsonNodeFactory.instance.arrayNode();
            for (Reviewer r : review.getReviewers()) {
                ObjectNode m = members.addObject().put("id", r.getId()).put("name", r.getName()).put("role", role(r));
                MemberWork work = MemberWork.of(review, r);
                m.put("work", work.said());
                m.putPOJO("counts", work);
            }
            terminal.printJson(members);
        } else {
            for (Reviewer r : review.getReviewers()) {
                terminal.out().println(r.getId() + "  " + r.getName() + " (" + role(r) + "): " + MemberWork.of(review, r).said());
            }
            if (review.getReviewers().isEmpty()) {
                terminal.out().println("No reviewers yet: add them with --add ID:NAME[:ROLE]");
            }
        }
        return Terminal.OK;
    }

    private static String role(Reviewer r) {
        return r.getRole().getLiteral().toLowerCase(Locale.ROOT);
    }
}
