package org.appraise.synthesis.certainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.appraise.core.synthesis.Comparisons.Comparison;
import org.appraise.model.Arm;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The participants of an analysis' pooled studies: each arm's total for counts and means; for a hazard ratio, the
 * two arms' sizes recorded for the population the ratio was reported in. When a study's size is not known the total
 * is not given, and the reason names the study.
 */
public record Participants(OptionalInt total, int studies, List<String> unknown) {

    public Participants {
        unknown = List.copyOf(unknown);
    }

    public static Participants of(SavedAnalysis.Run run) {
        int total = 0;
        List<String> unknown = new ArrayList<>();
        List<StudyEffect> pooled = run.analysis().studies();
        for (StudyEffect study : pooled) {
            OptionalInt n = size(study.data(), run.read().rows().get(study.label()));
            if (n.isPresent()) {
                total += n.getAsInt();
            } else {
                unknown.add(study.label());
            }
        }
        return new Participants(unknown.isEmpty() ? OptionalInt.of(total) : OptionalInt.empty(), pooled.size(), unknown);
    }

    /** "246 (3 studies)", or "(2 studies)" with the total unknown. */
    public String text() {
        String count = "(" + studies + (studies == 1 ? " study)" : " studies)");
        return total.isPresent() ? total.getAsInt() + " " + count : count;
    }

    private static OptionalInt size(StudyData data, Comparison<?> row) {
        if (data instanceof StudyData.Dichotomous d) {
            return OptionalInt.of((int) Math.round(d.n1i() + d.n2i()));
        }
        if (data instanceof StudyData.Continuous c) {
            return OptionalInt.of((int) Math.round(c.n1i() + c.n2i()));
        }
        if (row != null && row.experimental() instanceof HazardRatio hr && hr.getExperimental() != null && hr.getComparator() != null) {
            String population = row.measurement().getPopulation();
            OptionalInt e = size(hr.getExperimental(), population);
            OptionalInt c = size(hr.getComparator(), population);
            if (e.isPresent() && c.isPresent()) {
                return OptionalInt.of(e.getAsInt() + c.getAsInt());
            }
        }
        return OptionalInt.empty();
    }

    /** The arm's size for this population: the one recorded for it, or the only one recorded. */
    private static OptionalInt size(Arm arm, String population) {
        List<GroupSize> sizes = arm.getGroupSizes().stream().filter(g -> g.getN() != null && g.getN().getNumber() != null).toList();
        List<GroupSize> same = sizes.stream().filter(g -> same(g.getPopulation(), population)).toList();
        List<GroupSize> chosen = same.size() == 1 ? same : sizes.size() == 1 && population == null ? sizes : List.of();
        return chosen.isEmpty() ? OptionalInt.empty() : OptionalInt.of(chosen.get(0).getN().getNumber().intValue());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
