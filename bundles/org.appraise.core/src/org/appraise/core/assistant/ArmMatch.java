package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.appraise.model.Arm;
import org.appraise.model.GroupSize;

/**
 * Which arm of an extraction each of a paper's arms is: the one whose recorded sizes agree with the paper's in the
 * most populations (58 before and 58 after matching), when that one is unique; then, among the arms left, the one
 * whose label shares the most words with the paper's and whose sizes do not contradict it. An arm matched to nothing
 * is null: the assistant creates it.
 */
final class ArmMatch {

    private ArmMatch() {
    }

    static List<Arm> of(List<Arm> recorded, PaperArms paper) {
        List<Arm> matched = new ArrayList<>(Collections.nCopies(paper.arms().size(), (Arm) null));
        List<Arm> free = new ArrayList<>(recorded);
        for (boolean bySize : new boolean[] { true, false }) {
            for (PaperArms.Arm arm : paper.arms()) {
                if (matched.get(arm.index()) == null) {
                    Arm best = unique(free, arm, bySize);
                    if (best != null) {
                        matched.set(arm.index(), best);
                        free.remove(best);
                    }
                }
            }
        }
        return matched;
    }

    /** The one arm that agrees best (by sizes, or by words when its sizes do not contradict the paper's), or null. */
    private static Arm unique(List<Arm> recorded, PaperArms.Arm arm, boolean bySize) {
        Arm best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Arm candidate : recorded) {
            int score = bySize ? sizes(candidate, arm) : contradicts(candidate, arm) ? 0 : words(candidate, arm);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whether a recorded arm's size in a population differs from the paper arm's there. */
    private static boolean contradicts(Arm candidate, PaperArms.Arm arm) {
        return candidate.getGroupSizes().stream().anyMatch(size -> size.getN() != null && size.getN().getNumber() != null
                && arm.n(Population.of(size.getPopulation())) != null && arm.n(Population.of(size.getPopulation())).compareTo(size.getN().getNumber()) != 0);
    }

    private static int sizes(Arm candidate, PaperArms.Arm arm) {
        int agree = 0;
        for (GroupSize size : candidate.getGroupSizes()) {
            if (size.getN() != null && size.getN().getNumber() != null) {
                java.math.BigDecimal n = arm.n(Population.of(size.getPopulation()));
                if (n != null && n.compareTo(size.getN().getNumber()) == 0) {
                    agree++;
                }
            }
        }
        return agree;
    }

    private static int words(Arm candidate, PaperArms.Arm arm) {
        if (candidate.getLabel() == null) {
            return 0;
        }
        List<String> theirs = List.of(PaperArms.words(candidate.getLabel()).split(" "));
        return (int) java.util.Arrays.stream(PaperArms.words(arm.label()).split(" ")).filter(w -> w.length() > 2 && theirs.contains(w)).count();
    }
}
