package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.List;

/**
 * One result the assistant read in a paper, proposed to a reviewer and recorded only when a reviewer accepts it:
 * what kind of result, for which outcome, criteria, population and arm (for a ratio: which arm against which),
 * its numbers each with the exact span it stands in, the words it was read from, how sure the reading is and why.
 * Offsets are UTF-16 char offsets into the report text as stored (end exclusive), as for every quote.
 *
 * @param arm        the paper's arm the result belongs to (index into {@link PaperArms}), or the experimental arm of a ratio
 * @param comparator the comparator arm of a ratio, -1 for a result of one arm
 * @param population the population as the paper words it; {@link #populationKind()} classifies it
 * @param criteria   response or adverse-event criteria ("RECIST 1.1", "mRECIST", "CTCAE 5.0"), null when the paper does not say
 * @param alsoAt     other places the paper gives the same numbers (an abstract repeating a table)
 */
public record Proposal(Kind kind, OutcomeTerm outcome, String criteria, String population, String timepoint, int arm, int comparator,
        List<Part> values, Span quote, Integer page, double confidence, String reason, List<Span> alsoAt) {

    /** What is proposed: an arm's events and total, an arm's median time with its interval, a hazard ratio. */
    public enum Kind {
        DICHOTOMOUS, MEDIAN, HAZARD_RATIO
    }

    /** A stretch of the report: offsets and the words between them. */
    public record Span(int start, int end, String text) {

        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /**
     * One number: which part of the result it is ({@code events}, {@code total}, {@code median}, {@code lower},
     * {@code upper}, {@code level}, {@code estimate}, {@code p}), where it stands, for a derived number its arithmetic,
     * and for a time its unit as the paper gives it ("months"; null when the paper names none or several).
     */
    public record Part(String part, BigDecimal number, Span span, String derivation, String unit) {

        /** A number without a unit (a count, a ratio, a level). */
        public Part(String part, BigDecimal number, Span span, String derivation) {
            this(part, number, span, derivation, null);
        }

        public boolean derived() {
            return derivation != null;
        }

        /** Whether this part is a flag of the result (the median was not reached), not a number a reviewer reads or corrects. */
        public boolean flag() {
            return part.equals(MedianParts.NOT_REACHED);
        }

        /** In the reviewer's words: "median 3.87", "lower 14.2", "median not reached", with "*" for a derived number. */
        public String describe() {
            return flag() ? "median not reached" : part + " " + number.toPlainString() + (derived() ? "*" : "");
        }
    }

    public Population populationKind() {
        return Population.of(population);
    }

    public Part part(String name) {
        return values.stream().filter(p -> p.part().equals(name)).findFirst().orElse(null);
    }

    /** Whether the two proposals say the same thing of the same result (the same numbers, wherever stated). */
    boolean sameAs(Proposal other) {
        return sameResult(other) && values.stream().allMatch(p -> other.part(p.part()) == null || other.part(p.part()).number().compareTo(p.number()) == 0);
    }

    /** Whether the two proposals are of the same result (they may differ in their numbers). */
    boolean sameResult(Proposal other) {
        return kind == other.kind && outcome == other.outcome && java.util.Objects.equals(criteria, other.criteria)
                && populationKind() == other.populationKind() && arm == other.arm && comparator == other.comparator
                && java.util.Objects.equals(timepoint, other.timepoint);
    }

    Proposal withAlso(List<Span> more, String because) {
        List<Span> all = new java.util.ArrayList<>(alsoAt);
        all.addAll(more);
        return new Proposal(kind, outcome, criteria, population, timepoint, arm, comparator, values, quote, page, confidence,
                because == null ? reason : reason + "; " + because, List.copyOf(all));
    }

    Proposal doubted(String because) {
        return new Proposal(kind, outcome, criteria, population, timepoint, arm, comparator, values, quote, page,
                Math.min(confidence, 0.4), reason + "; " + because, alsoAt);
    }

    Proposal withCriteria(String other) {
        return new Proposal(kind, outcome, other, population, timepoint, arm, comparator, values, quote, page, confidence, reason, alsoAt);
    }

    Proposal onPage(Integer page) {
        return new Proposal(kind, outcome, criteria, population, timepoint, arm, comparator, values, quote, page, confidence, reason, alsoAt);
    }
}
