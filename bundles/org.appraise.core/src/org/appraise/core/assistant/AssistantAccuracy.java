package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Annotation;
import org.appraise.model.ArmResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EReference;

/**
 * How the assistant's proposals for a paper compare with a reviewer's hand-coded extraction of it. Recall: the
 * share of hand-coded result values that a proposal gives with the same number, for the same outcome, population
 * and arm, quoting words that overlap the reviewer's quote. Precision: the share of proposals for the review's
 * outcomes whose headline number (events, median, estimate) the reviewer recorded for that outcome, population and
 * arm, none of its other numbers contradicting the reviewer's. Proposals for outcomes the review does not define
 * are counted apart (they may well be right: the review did not ask for them).
 */
public final class AssistantAccuracy {

    /** The figures for one paper, and the hand-coded values no proposal gave (for the reader to judge). */
    public record Figures(int handValues, int found, int proposals, int accepted, int outside, List<String> missed, List<String> wrong) {

        public double recall() {
            return handValues == 0 ? 1 : (double) found / handValues;
        }

        public double precision() {
            return proposals == 0 ? 1 : (double) accepted / proposals;
        }
    }

    private record Coded(OutcomeDefinition outcome, Population population, String criteria, org.appraise.model.Arm arm, String kind, String part,
            BigDecimal number, List<Annotation> quotes) {
    }

    private AssistantAccuracy() {
    }

    public static Figures compare(Review review, Extraction coded, ExtractionAssistant.PaperResults read) {
        List<Coded> values = coded(coded);
        List<org.appraise.model.Arm> arms = ArmMatch.of(coded.getArms(), read.arms());
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Coded value : values) {
            boolean given = read.proposals().stream().anyMatch(p -> gives(arms, p, value, true));
            found += given ? 1 : 0;
            if (!given) {
                missed.add(value.outcome().getId() + " " + value.population() + " " + (value.arm() == null ? "" : value.arm().getId()) + " " + value.part()
                        + " = " + value.number().toPlainString());
            }
        }
        List<Coded> stated = new ArrayList<>(values);
        stated.addAll(notReached(coded));
        int proposals = 0;
        int accepted = 0;
        int outside = 0;
        List<String> wrong = new ArrayList<>();
        for (Proposal p : read.proposals()) {
            if (review.getOutcomes().stream().noneMatch(o -> p.outcome().defines(o))) {
                outside++;
                continue;
            }
            proposals++;
            String headline = switch (p.kind()) {
                case DICHOTOMOUS -> "events";
                case MEDIAN -> p.part(MedianParts.NOT_REACHED) != null ? MedianParts.NOT_REACHED : "median";
                case HAZARD_RATIO -> "estimate";
            };
            boolean right = stated.stream().anyMatch(v -> v.part().equals(headline) && gives(arms, p, v, false))
                    && p.values().stream().noneMatch(part -> contradicts(arms, p, part, values));
            accepted += right ? 1 : 0;
            if (!right) {
                wrong.add(p.outcome().key() + (p.criteria() == null ? "" : " " + p.criteria()) + " " + p.population() + " arm " + p.arm() + " " + p.values().stream()
                        .map(v -> v.part() + "=" + v.number().toPlainString()).toList() + " from \"" + p.quote().text().replace('\n', ' ') + "\"");
            }
        }
        return new Figures(values.size(), found, proposals, accepted, outside, List.copyOf(missed), List.copyOf(wrong));
    }

    private static boolean gives(List<org.appraise.model.Arm> arms, Proposal p, Coded v, boolean quoted) {
        if (!p.outcome().defines(v.outcome()) || p.populationKind() != v.population() || !kind(p).equals(v.kind())
                || !sameCriteria(p.criteria(), v.criteria())
                || p.arm() >= arms.size() || arms.get(p.arm()) != v.arm()) {
            return false;
        }
        Proposal.Part part = p.part(v.part());
        if (part == null || part.number().compareTo(v.number()) != 0) {
            return false;
        }
        if (!quoted || part.flag()) {
            return true; // a flag ("not reached") has no quote of its own to compare
        }
        List<Proposal.Span> spans = new ArrayList<>(p.alsoAt());
        spans.add(p.quote());
        spans.add(part.span());
        return v.quotes().stream().anyMatch(q -> spans.stream().anyMatch(s -> s.overlaps(q.getStart(), q.getEnd())));
    }

    private static boolean contradicts(List<org.appraise.model.Arm> arms, Proposal p, Proposal.Part part, List<Coded> values) {
        return values.stream().anyMatch(v -> v.part().equals(part.part()) && p.outcome().defines(v.outcome()) && p.populationKind() == v.population()
                && sameCriteria(p.criteria(), v.criteria()) && kind(p).equals(v.kind()) && p.arm() < arms.size() && arms.get(p.arm()) == v.arm()
                && v.number().compareTo(part.number()) != 0);
    }

    /** Criteria agree when both are stated alike, or either is not stated. */
    private static boolean sameCriteria(String a, String b) {
        String x = a == null || a.equalsIgnoreCase("unspecified") ? null : a.strip().toLowerCase(java.util.Locale.ROOT);
        String y = b == null || b.equalsIgnoreCase("unspecified") ? null : b.strip().toLowerCase(java.util.Locale.ROOT);
        return x == null || y == null || x.equals(y);
    }

    private static String kind(Proposal p) {
        return switch (p.kind()) {
            case DICHOTOMOUS -> "DichotomousResult";
            case MEDIAN -> "MedianTimeToEvent";
            case HAZARD_RATIO -> "HazardRatio";
        };
    }

    /**
     * The medians coded as not reached, as flags: a proposal saying so is right when one matches, but they are not values
     * (no number, no quote of their own), so recall does not count them.
     */
    private static List<Coded> notReached(Extraction extraction) {
        List<Coded> flags = new ArrayList<>();
        for (OutcomeMeasurement row : extraction.getMeasurements()) {
            for (Result result : row.getResults()) {
                if (result instanceof org.appraise.model.MedianTimeToEvent median && median.isNotReached()) {
                    flags.add(new Coded(row.getOutcome(), Population.of(row.getPopulation()), row.getCriteria(), median.getArm(), result.eClass().getName(),
                            MedianParts.NOT_REACHED, BigDecimal.ONE, List.of()));
                }
            }
        }
        return flags;
    }

    private static List<Coded> coded(Extraction extraction) {
        List<Coded> values = new ArrayList<>();
        for (OutcomeMeasurement row : extraction.getMeasurements()) {
            for (Result result : row.getResults()) {
                org.appraise.model.Arm arm = result instanceof ArmResult a ? a.getArm() : result instanceof HazardRatio hr ? hr.getExperimental() : null;
                for (EReference feature : result.eClass().getEAllContainments()) {
                    if (result.eGet(feature) instanceof Value value && value.getNumber() != null) {
                        String part = feature.getName().equals("pValue") ? "p" : feature.getName();
                        values.add(new Coded(row.getOutcome(), Population.of(row.getPopulation()), row.getCriteria(), arm, result.eClass().getName(), part,
                                value.getNumber(), List.copyOf(value.getSources())));
                    }
                }
            }
        }
        return values;
    }
}
