package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.appraise.model.Arm;
import org.appraise.model.GroupSize;

/**
 * Which arm of an extraction each of a paper's arms is: the one whose recorded sizes agree with the paper's in the
 * most populations (58 before and 58 after matching), when that one is unique; otherwise the one whose label shares
 * the most words with the paper's. An arm matched to nothing is null: the assistant creates it.
 */
final class ArmMatch {

    private ArmMatch() {
    }

    static List<Arm> of(List<Arm> recorded, PaperArms paper) {
        List<Arm> matched = new ArrayList<>(Collections.nCopies(paper.arms().size(), (Arm) null));
        for (PaperArms.Arm arm : paper.arms()) {
            Arm best = unique(recorded, arm, true);
            matched.set(arm.index(), best != null ? best : unique(recorded, arm, false));
        }
        return matched.stream().distinct().count() == matched.size() || matched.stream().allMatch(a -> a == null) ? matched
                : new ArrayList<>(Collections.nCopies(paper.arms().size(), (Arm) null));
    }

    private static Arm unique(List<Arm> recorded, PaperArms.Arm arm, boolean bySize) {
        Arm best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Arm candidate : recorded) {
            int score = bySize ? sizes(candidate, arm) : words(candidate, arm);
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
