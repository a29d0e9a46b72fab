package org.appraise.synthesis.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.synthesis.Comparisons;
import org.appraise.core.synthesis.Comparisons.Comparison;
import org.appraise.model.Arm;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.StudyData;

/**
 * The studies of a review that an analysis pools: for one outcome of the review (and, when a study reports several,
 * the criteria, population and timepoint chosen), each study's comparison read from its consensus extraction where one
 * exists, else its own. A study with no matching row, with several matching rows that the choice does not tell apart,
 * or with a value missing is left out with the reason; nothing is guessed. Each study says where its numbers came from.
 */
public final class ReviewStudies {

    /**
     * Which rows of the review an analysis reads: an outcome id, and words that each study's rows are narrowed by, in
     * this order (criteria, population, timepoint), where they match at least one of its rows: a study whose rows do not
     * mention them (its criteria not stated, say) keeps its rows for the next choice. Studies report their populations
     * in their own words ("after PSM", "after matching"), so a choice is a preference, never a silent pick.
     */
    public record Choice(String outcome, String criteria, String population, String timepoint) {

        List<Comparison<?>> narrow(List<Comparison<?>> rows) {
            List<Comparison<?>> left = rows.stream().filter(c -> outcome != null && c.measurement().getOutcome() != null
                    && outcome.equals(c.measurement().getOutcome().getId())).toList();
            left = prefer(left, criteria, OutcomeMeasurement::getCriteria);
            left = prefer(left, population, OutcomeMeasurement::getPopulation);
            return prefer(left, timepoint, OutcomeMeasurement::getTimepoint);
        }

        private static List<Comparison<?>> prefer(List<Comparison<?>> rows, String words,
                java.util.function.Function<OutcomeMeasurement, String> field) {
            if (words == null) {
                return rows;
            }
            List<Comparison<?>> holding = rows.stream().filter(c -> field.apply(c.measurement()) != null
                    && field.apply(c.measurement()).toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))).toList();
            return holding.isEmpty() ? rows : holding;
        }
    }

    /**
     * The studies read, the studies left out with their reason, where each study's numbers came from, and the row each
     * study was read from (by label), for what is known of the study beside its numbers (its design, its risk of bias).
     */
    public record Read(List<StudyData> studies, Map<String, String> leftOut, Map<String, String> provenance, Map<String, Comparison<?>> rows) {

        public Read(List<StudyData> studies, Map<String, String> leftOut, Map<String, String> provenance) {
            this(studies, leftOut, provenance, Map.of());
        }
    }

    /**
     * The two arms of a study the reviewers chose to compare, experimental first, and why: this study's rows compare
     * them whatever the default order says. A hazard ratio the paper gives the other way round is inverted (and says so).
     */
    public record Stated(Study study, Arm experimental, Arm control, String reason) {
    }

    private ReviewStudies() {
    }

    public static Read read(Review review, EffectMeasure measure, Choice choice) {
        return read(review, measure, choice, List.of());
    }

    /** The studies as {@link #read(Review, EffectMeasure, Choice)} reads them, the stated comparisons applied. */
    public static Read read(Review review, EffectMeasure measure, Choice choice, List<Stated> stated) {
        List<StudyData> studies = new ArrayList<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        Map<String, String> provenance = new LinkedHashMap<>();
        Map<String, Comparison<?>> used = new LinkedHashMap<>();
        List<Comparison<?>> comparisons = new ArrayList<>();
        if (measure.dichotomous()) {
            comparisons.addAll(Comparisons.dichotomous(review));
        } else if (measure.continuous()) {
            comparisons.addAll(Comparisons.continuous(review));
        } else {
            comparisons.addAll(Comparisons.hazardRatios(review));
        }
        for (Study study : review.getStudies()) {
            String label = study.getLabel() == null ? study.getId() : study.getLabel();
            Optional<Stated> statement = stated.stream().filter(s -> s.study() == study).findFirst();
            List<Comparison<?>> rows;
            if (statement.isPresent()) {
                Optional<String> wrong = StatedComparisons.problem(statement.get());
                if (wrong.isPresent()) {
                    leftOut.put(label, wrong.get());
                    continue;
                }
                rows = choice.narrow(StatedComparisons.rows(statement.get(), measure));
            } else {
                rows = choice.narrow(comparisons.stream().filter(c -> c.study() == study).toList());
            }
            if (rows.isEmpty()) {
                leftOut.put(label, Comparisons.source(study).isEmpty() ? "no extraction with results"
                        : "no " + kind(measure) + " row of outcome " + choice.outcome());
                continue;
            }
            if (rows.size() > 1) {
                leftOut.put(label, rows.size() + " rows of outcome " + choice.outcome() + " (" + String.join("; ", rows.stream()
                        .map(c -> describe(c.measurement())).toList()) + "): choose one with the criteria, population or timepoint");
                continue;
            }
            Comparison<?> row = rows.get(0);
            try {
                studies.add(data(label, row, measure));
                used.put(label, row);
                provenance.put(label, row.from() + ", " + describe(row.measurement()) + "; experimental from " + row.direction() + derived(row));
            } catch (IllegalArgumentException e) {
                leftOut.put(label, e.getMessage());
            }
        }
        return new Read(studies, leftOut, provenance, used);
    }

    private static StudyData data(String label, Comparison<?> row, EffectMeasure measure) {
        if (row.experimental() instanceof DichotomousResult e && row.control() instanceof DichotomousResult c) {
            return new StudyData.Dichotomous(label, number(e.getEvents(), e, "events"), number(e.getTotal(), e, "total"), number(c.getEvents(), c, "events"),
                    number(c.getTotal(), c, "total"));
        }
        if (row.experimental() instanceof ContinuousResult e && row.control() instanceof ContinuousResult c) {
            return new StudyData.Continuous(label, number(e.getMean(), e, "mean"), number(e.getSd(), e, "SD"), number(e.getN(), e, "n"),
                    number(c.getMean(), c, "mean"), number(c.getSd(), c, "SD"), number(c.getN(), c, "n"));
        }
        HazardRatio hr = (HazardRatio) row.experimental();
        BigDecimal level = hr.getCiLevel();
        if (level == null) {
            throw new IllegalArgumentException("the level of the hazard ratio's interval is not recorded");
        }
        double estimate = number(hr.getEstimate(), null, "hazard ratio");
        double lower = number(hr.getLower(), null, "lower bound");
        double upper = number(hr.getUpper(), null, "upper bound");
        if (StatedComparisons.inverted(row)) {
            return StudyData.Generic.ofRatio(label, 1 / estimate, 1 / upper, 1 / lower, level.doubleValue());
        }
        return StudyData.Generic.ofRatio(label, estimate, lower, upper, level.doubleValue());
    }

    private static double number(Value value, org.appraise.model.ArmResult result, String part) {
        if (value == null || value.getNumber() == null) {
            throw new IllegalArgumentException("the " + part + (result == null ? "" : " of " + Comparisons.label(result.getArm())) + " is not recorded");
        }
        return value.getNumber().doubleValue();
    }

    private static String derived(Comparison<?> row) {
        if (row.experimental() instanceof org.appraise.model.ArmResult e && row.control() instanceof org.appraise.model.ArmResult c) {
            String derived = Comparisons.derived(e, c);
            return derived.isEmpty() ? "" : "; derived: " + derived;
        }
        HazardRatio hr = (HazardRatio) row.experimental();
        return "; log HR and SE computed from the interval, HR of " + Comparisons.label(hr.getExperimental()) + " versus "
                + Comparisons.label(hr.getComparator()) + (StatedComparisons.inverted(row) ? ", inverted (1/HR, 1/upper, 1/lower) to compare "
                        + Comparisons.label(hr.getComparator()) + " with " + Comparisons.label(hr.getExperimental()) : "");
    }

    private static String describe(OutcomeMeasurement m) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(m.getCriteria()).ifPresent(parts::add);
        Optional.ofNullable(m.getPopulation()).ifPresent(parts::add);
        Optional.ofNullable(m.getTimepoint()).ifPresent(parts::add);
        return parts.isEmpty() ? "the only row" : String.join(", ", parts);
    }

    private static String kind(EffectMeasure measure) {
        return measure.dichotomous() ? "two-arm events" : measure.continuous() ? "two-arm means" : "hazard ratio";
    }
}
