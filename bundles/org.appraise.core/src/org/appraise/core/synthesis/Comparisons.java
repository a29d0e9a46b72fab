package org.appraise.core.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.Value;

/**
 * The two-arm comparisons of a review that a meta-analysis pools: per study, from its consensus extraction where one
 * is recorded, else its first extraction with results; per outcome measurement, the pair of dichotomous or continuous
 * results (the experimental arm first: the arm the extraction's hazard ratio names experimental, else the first arm)
 * and each hazard ratio. The workbook's MA sheets and {@code appraise meta <review>} read the same comparisons.
 */
public final class Comparisons {

    /** A study's comparison on one outcome measurement: where it comes from and which arm is experimental, and why. */
    public record Comparison<R>(Study study, Extraction source, OutcomeMeasurement measurement, R experimental, R control, String direction) {

        /** The study's label (its id when it has none). */
        public String label() {
            return study.getLabel() == null ? study.getId() : study.getLabel();
        }

        /** The extraction read, and whether it is the consensus. */
        public String from() {
            return source.getId() + (source.isConsensus() ? " (consensus)" : "");
        }
    }

    private Comparisons() {
    }

    /** The extraction a study's numbers are read from: its consensus where one has results, else its first with results. */
    public static Optional<Extraction> source(Study study) {
        return study.getExtractions().stream().filter(x -> !x.getMeasurements().isEmpty())
                .sorted(Comparator.comparing((Extraction x) -> !x.isConsensus()).thenComparing(Extraction::getId)).findFirst();
    }

    public static List<Comparison<DichotomousResult>> dichotomous(Review review) {
        return pairs(review, DichotomousResult.class);
    }

    public static List<Comparison<ContinuousResult>> continuous(Review review) {
        return pairs(review, ContinuousResult.class);
    }

    /** Each hazard ratio of each study's source extraction (experimental and control are its own arms). */
    public static List<Comparison<HazardRatio>> hazardRatios(Review review) {
        List<Comparison<HazardRatio>> all = new ArrayList<>();
        for (Study study : review.getStudies()) {
            Optional<Extraction> source = source(study);
            for (OutcomeMeasurement m : source.map(Extraction::getMeasurements).orElse(new org.eclipse.emf.common.util.BasicEList<>())) {
                for (Result result : m.getResults()) {
                    if (result instanceof HazardRatio hr) {
                        all.add(new Comparison<>(study, source.get(), m, hr, hr, "the hazard ratio's own arms"));
                    }
                }
            }
        }
        return all;
    }

    private static <R extends ArmResult> List<Comparison<R>> pairs(Review review, Class<R> kind) {
        List<Comparison<R>> all = new ArrayList<>();
        for (Study study : review.getStudies()) {
            Optional<Extraction> source = source(study);
            if (source.isEmpty()) {
                continue;
            }
            for (OutcomeMeasurement m : source.get().getMeasurements()) {
                List<R> two = m.getResults().stream().filter(kind::isInstance).map(kind::cast).toList();
                if (two.size() == 2) {
                    all.add(pair(study, source.get(), m, two));
                }
            }
        }
        return all;
    }

    private static <R extends ArmResult> Comparison<R> pair(Study study, Extraction e, OutcomeMeasurement m, List<R> two) {
        Optional<Arm> experimental = e.getMeasurements().stream().flatMap(x -> x.getResults().stream())
                .filter(HazardRatio.class::isInstance).map(HazardRatio.class::cast).map(HazardRatio::getExperimental)
                .filter(a -> a != null && two.stream().anyMatch(r -> r.getArm() == a)).findFirst();
        if (experimental.isPresent()) {
            R first = two.stream().filter(r -> r.getArm() == experimental.get()).findFirst().orElseThrow();
            R second = two.stream().filter(r -> r != first).findFirst().orElseThrow();
            return new Comparison<>(study, e, m, first, second, "the extraction's hazard ratio");
        }
        List<R> ordered = new ArrayList<>(two);
        ordered.sort(Comparator.comparingInt(r -> r.getArm() == null ? Integer.MAX_VALUE : e.getArms().indexOf(r.getArm())));
        return new Comparison<>(study, e, m, ordered.get(0), ordered.get(1), "arm order (no comparison stated)");
    }

    /** The values of the results that were derived (a percentage of the arm's n, say), named by arm and part. */
    public static String derived(ArmResult... results) {
        StringJoiner derived = new StringJoiner(", ");
        for (ArmResult result : results) {
            for (org.eclipse.emf.ecore.EObject content : result.eContents()) {
                if (content instanceof Value value && value.isDerived()) {
                    derived.add(label(result.getArm()) + " " + content.eContainmentFeature().getName());
                }
            }
        }
        return derived.toString();
    }

    public static String label(Arm arm) {
        return arm == null ? "?" : arm.getLabel();
    }
}
