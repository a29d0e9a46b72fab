package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;

/**
 * Where each record stands at each stage: every reviewer's own decision, the resolution recorded apart in a
 * consensus log, and the verdict that follows. Two reviewers screen independently; a record is decided when
 * a resolution exists, or when at least two reviewers decided and agree (include or exclude). Disagreements,
 * and records both reviewers left at "maybe", are conflicts until resolved. With single screening (the review's
 * {@code singleScreening}) one decision is enough; a "maybe", or two reviewers who disagree, still needs resolving.
 */
public final class ScreeningState {

    /** One record at one stage. */
    public record Standing(Reference reference, ScreeningStage stage, Map<Reviewer, ScreeningDecision> decisions,
            Optional<ScreeningDecision> resolution, int needed) {

        /** The verdict that counts, if the record is decided at this stage. */
        public Optional<Verdict> verdict() {
            if (resolution.isPresent()) {
                return Optional.ofNullable(resolution.get().getVerdict());
            }
            if (decisions.size() < needed) {
                return Optional.empty();
            }
            Verdict first = decisions.values().iterator().next().getVerdict();
            boolean same = decisions.values().stream().allMatch(d -> d.getVerdict() == first);
            return same && first != Verdict.MAYBE ? Optional.of(first) : Optional.empty();
        }

        /** The decision whose reason counts (the resolution's, else the first reviewer's). */
        public Optional<ScreeningDecision> deciding() {
            if (resolution.isPresent()) {
                return resolution;
            }
            return verdict().flatMap(v -> decisions.values().stream().filter(d -> d.getReason() != null).findFirst()
                    .or(() -> decisions.values().stream().findFirst()));
        }

        public boolean conflict() {
            return resolution.isEmpty() && decisions.size() >= needed && verdict().isEmpty();
        }

        /** Decided by fewer reviewers than the method needs (one of two, under dual screening), and not resolved. */
        public boolean awaiting() {
            return resolution.isEmpty() && decisions.size() < needed;
        }

        /**
         * Where the record stands, in a reviewer's words: its verdict ("include", "not retrieved"), "conflict", or
         * "awaiting a second reviewer" (under dual screening, one reviewer has decided).
         */
        public String said() {
            return verdict().map(v -> v.getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .orElse(awaiting() ? "awaiting a second reviewer" : "conflict");
        }
    }

    private final Map<ScreeningStage, Map<Reference, Standing>> standings = new LinkedHashMap<>();

    private ScreeningState() {
    }

    public static ScreeningState of(Review review) {
        ScreeningState state = new ScreeningState();
        int needed = review.isSingleScreening() ? 1 : 2;
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            state.standings.put(stage, new LinkedHashMap<>());
        }
        for (ScreeningLog log : review.getScreening()) {
            if (!log.isConsensus() && log.getReviewer() == null) {
                continue; // whose decisions they are is unknown: loading names the log, and it counts for no one
            }
            for (ScreeningDecision decision : log.getDecisions()) {
                if (decision.getReference() == null || decision.getStage() == null) {
                    continue;
                }
                Map<Reference, Standing> byReference = state.standings.get(decision.getStage());
                Standing now = byReference.computeIfAbsent(decision.getReference(),
                        r -> new Standing(r, decision.getStage(), new LinkedHashMap<>(), Optional.empty(), needed));
                if (log.isConsensus()) {
                    byReference.put(decision.getReference(), new Standing(now.reference(), now.stage(), now.decisions(), Optional.of(decision), needed));
                } else {
                    now.decisions().put(log.getReviewer(), decision);
                }
            }
        }
        return state;
    }

    public Optional<Standing> at(Reference reference, ScreeningStage stage) {
        return Optional.ofNullable(standings.get(stage).get(reference));
    }

    public Optional<Verdict> verdict(Reference reference, ScreeningStage stage) {
        return at(reference, stage).flatMap(Standing::verdict);
    }

    /** The conflicts of a stage, in the order the decisions were made. */
    public List<Standing> conflicts(ScreeningStage stage) {
        return standings.get(stage).values().stream().filter(Standing::conflict).toList();
    }

    public List<Standing> all(ScreeningStage stage) {
        return List.copyOf(standings.get(stage).values());
    }

    /** Agreement of two reviewers at a stage, over the records both decided. */
    public Agreement agreement(ScreeningStage stage, Reviewer first, Reviewer second) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (Standing standing : standings.get(stage).values()) {
            ScreeningDecision one = standing.decisions().get(first);
            ScreeningDecision two = standing.decisions().get(second);
            if (one != null && two != null && one.getVerdict() != null && two.getVerdict() != null) {
                a.add(one.getVerdict().getLiteral());
                b.add(two.getVerdict().getLiteral());
            }
        }
        return Agreement.cohen(a, b);
    }
}
