package org.appraise.synthesis.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.synthesis.Comparisons;
import org.appraise.core.synthesis.Comparisons.Comparison;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.synthesis.EffectMeasure;

/**
 * A study's rows as the reviewers' stated comparison reads them: on each outcome row of the extraction the study's
 * numbers come from, the result of the stated experimental arm against that of the stated control arm (a three-arm
 * study's other arm is not read), and each hazard ratio between the two arms, inverted when the paper gives it the other
 * way round. A statement that names arms of another extraction, or one arm twice, reads nothing and says why.
 */
final class StatedComparisons {

    private static final String INVERTED = "; the paper's hazard ratio is of the control arm versus the experimental one";

    private StatedComparisons() {
    }

    static Optional<String> problem(ReviewStudies.Stated stated) {
        Optional<Extraction> source = Comparisons.source(stated.study());
        if (source.isEmpty()) {
            return Optional.of("no extraction with results");
        }
        if (stated.experimental() == null || stated.control() == null || stated.experimental() == stated.control()) {
            return Optional.of("the comparison stated for the study needs two different arms");
        }
        for (Arm arm : List.of(stated.experimental(), stated.control())) {
            if (!source.get().getArms().contains(arm)) {
                String of = arm.eContainer() instanceof Extraction other ? " of extraction " + other.getId() : "";
                return Optional.of("the comparison stated names arm " + Comparisons.label(arm) + of + ", but the study's numbers are read from "
                        + source.get().getId() + ": state the comparison again on its arms");
            }
        }
        return Optional.empty();
    }

    static List<Comparison<?>> rows(ReviewStudies.Stated stated, EffectMeasure measure) {
        Extraction source = Comparisons.source(stated.study()).orElseThrow();
        String why = "the comparison the reviewers stated (" + (stated.reason() == null ? "no reason given" : stated.reason()) + ")";
        List<Comparison<?>> rows = new ArrayList<>();
        for (OutcomeMeasurement m : source.getMeasurements()) {
            if (measure.dichotomous() || measure.continuous()) {
                Class<? extends ArmResult> kind = measure.dichotomous() ? DichotomousResult.class : ContinuousResult.class;
                Optional<ArmResult> e = only(m, kind, stated.experimental());
                Optional<ArmResult> c = only(m, kind, stated.control());
                if (e.isPresent() && c.isPresent()) {
                    rows.add(new Comparison<>(stated.study(), source, m, e.get(), c.get(), why));
                }
                continue;
            }
            for (Result result : m.getResults()) {
                if (result instanceof HazardRatio hr && hr.getExperimental() == stated.experimental() && hr.getComparator() == stated.control()) {
                    rows.add(new Comparison<>(stated.study(), source, m, hr, hr, why));
                } else if (result instanceof HazardRatio hr && hr.getExperimental() == stated.control() && hr.getComparator() == stated.experimental()) {
                    rows.add(new Comparison<>(stated.study(), source, m, hr, hr, why + INVERTED));
                }
            }
        }
        return rows;
    }

    /** Whether a hazard ratio row was read against the paper's direction: its estimate and interval are inverted. */
    static boolean inverted(Comparison<?> row) {
        return row.experimental() instanceof HazardRatio && row.direction().endsWith(INVERTED);
    }

    private static Optional<ArmResult> only(OutcomeMeasurement m, Class<? extends ArmResult> kind, Arm arm) {
        List<ArmResult> of = m.getResults().stream().filter(kind::isInstance).map(ArmResult.class::cast).filter(r -> r.getArm() == arm).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }
}
