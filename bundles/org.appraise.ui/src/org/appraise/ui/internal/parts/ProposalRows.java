package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.core.assistant.OutcomeTerm;
import org.appraise.core.assistant.Proposal;
import org.appraise.core.assistant.ProposalAcceptance;

/**
 * What the Proposals view lists: the paper's proposals grouped by outcome, each with its state for the reviewer
 * accepting (new, already recorded, in conflict with a recorded number, rejected) and the texts of its columns.
 */
final class ProposalRows {

    /** An outcome's group of proposals. */
    record Group(OutcomeTerm outcome, List<Row> rows) {

        String label() {
            long open = rows.stream().filter(r -> r.state() == State.NEW).count();
            return outcome.displayName() + "  (" + rows.size() + (open == rows.size() ? "" : ", " + open + " new") + ")";
        }
    }

    /** Where a proposal stands for the reviewer (unchecked until Accept as names one). */
    enum State {
        NEW("new"), RECORDED("recorded"), CONFLICT("conflict"), REJECTED("rejected"), UNCHECKED("?");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** One proposal, its state and, in conflict, why. */
    record Row(Proposal proposal, State state, List<String> conflicts) {
    }

    private ProposalRows() {
    }

    static List<Group> of(ExtractionAssistant.PaperResults read, ProposalAcceptance.Accepted check, java.util.Set<Proposal> rejected) {
        Map<OutcomeTerm, List<Row>> groups = new LinkedHashMap<>();
        for (int i = 0; i < read.proposals().size(); i++) {
            Proposal p = read.proposals().get(i);
            ProposalAcceptance.Each each = check == null ? null : check.each().get(i);
            State state = rejected.contains(p) ? State.REJECTED
                    : each == null ? State.UNCHECKED : !each.conflicts().isEmpty() ? State.CONFLICT : each.recorded() ? State.RECORDED : State.NEW;
            groups.computeIfAbsent(p.outcome(), k -> new ArrayList<>()).add(new Row(p, state, each == null ? List.of() : each.conflicts()));
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((outcome, rows) -> out.add(new Group(outcome, List.copyOf(rows))));
        return out;
    }

    static String result(ExtractionAssistant.PaperResults read, Proposal p) {
        String arm = read.arms().arms().get(p.arm()).label();
        return p.kind() == Proposal.Kind.HAZARD_RATIO ? "HR " + arm + " vs " + read.arms().arms().get(p.comparator()).label()
                : (p.kind() == Proposal.Kind.MEDIAN ? "median, " : "") + arm;
    }

    static String numbers(Proposal p) {
        return String.join(", ", p.values().stream().map(Proposal.Part::describe).toList());
    }

    static String where(Proposal p) {
        return p.population() + (p.criteria() == null ? "" : ", " + p.criteria());
    }

    static String tip(Row row) {
        Proposal p = row.proposal();
        StringBuilder tip = new StringBuilder("\u201c" + p.quote().text().replaceAll("\\s+", " ") + "\u201d" + (p.page() == null ? "" : "  (page " + p.page() + ")"));
        tip.append("\n").append(p.reason()).append(String.format(java.util.Locale.ROOT, "\nconfidence %.2f", p.confidence()));
        p.values().stream().filter(Proposal.Part::derived).forEach(v -> tip.append("\n* ").append(v.part()).append(" derived: ").append(v.derivation()));
        row.conflicts().forEach(c -> tip.append("\nconflict: ").append(c).append(" (not overwritten)"));
        return tip.toString();
    }
}
