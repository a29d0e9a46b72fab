package org.appraise.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.appraise.model.AppraisePackage;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What one selected span gives a result, part by part: a median with its interval fills median, lower and
 * upper; a hazard ratio fills estimate, interval and p; a count fills events; a mean with its SD fills mean
 * and SD. Only numbers the reader found whole in the span are proposed; when a span holds two readings of
 * one kind (two counts: which arm's?) that kind is left out and the notes say why. A percentage alone gives
 * events only when exactly one whole count out of the arm's n rounds to it, and that count is marked derived
 * with its arithmetic.
 */
public final class ResultParts {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    /** One part to fill: a value's number (with its arithmetic when derived) or an attribute such as the CI level. */
    public record Part(EStructuralFeature feature, BigDecimal number, String derivation, String unit) {

        /** A number without a unit (a count, a ratio, a level). */
        public Part(EStructuralFeature feature, BigDecimal number, String derivation) {
            this(feature, number, derivation, null);
        }

        public boolean derived() {
            return derivation != null;
        }

        /** Whether this part is a flag of the result (the median was not reached), not a number. */
        public boolean flag() {
            return feature == MODEL.getMedianTimeToEvent_NotReached();
        }

        /** {@code median = 7.4 months}, {@code events = 16 (derived: ...)}, {@code median not reached}. */
        public String describe() {
            if (flag()) {
                return "median not reached";
            }
            String name = feature == MODEL.getMedianTimeToEvent_CiLevel() || feature == MODEL.getHazardRatio_CiLevel() ? "CI level"
                    : feature.getName();
            return name + " = " + number.toPlainString() + (unit == null ? "" : " " + unit) + (derived() ? "  (derived: " + derivation + ")" : "");
        }
    }

    /** The parts proposed, and why anything the span seems to hold was not proposed. */
    public record Filling(List<Part> parts, List<String> notes) {
    }

    private ResultParts() {
    }

    /**
     * The parts of {@code owner} (a result or an arm's group size) that {@code span} gives; {@code chosen} is the
     * field the reviewer picked, which alone may take a bare number.
     */
    public static Filling read(EObject owner, EStructuralFeature chosen, String span) {
        List<Reading> readings = NumberReader.read(span);
        List<Part> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (owner instanceof DichotomousResult result) {
            one(readings, Shape.COUNT_AND_PERCENT, "counts", notes).ifPresent(r -> parts.add(part(MODEL.getDichotomousResult_Events(), r, "count")));
            one(readings, Shape.GROUP_SIZE, "group sizes", notes).ifPresent(r -> parts.add(part(MODEL.getDichotomousResult_Total(), r, "n")));
            if (parts.isEmpty()) {
                one(readings, Shape.PERCENT, "percentages", notes).ifPresent(r -> eventsFromPercent(result, r, parts, notes));
            }
        } else if (owner instanceof MedianTimeToEvent) {
            java.util.Optional<Reading> median = one(readings, Shape.ESTIMATE_WITH_INTERVAL, "estimates", notes);
            if (median.isEmpty() && readings.stream().noneMatch(r -> r.shape() == Shape.ESTIMATE_WITH_INTERVAL)) {
                median = one(readings, Shape.ESTIMATE_OPEN_INTERVAL, "estimates", notes).or(() -> one(readings, Shape.NOT_REACHED, "medians not reached", notes));
            }
            median.ifPresent(r -> {
                if (r.shape() == Shape.NOT_REACHED) {
                    parts.add(new Part(MODEL.getMedianTimeToEvent_NotReached(), BigDecimal.ONE, null));
                    notes.add("The median was not reached: it is recorded as not reached, with no median number, and the result's notes quote the paper.");
                }
                interval(r, MODEL.getMedianTimeToEvent_Median(), MODEL.getMedianTimeToEvent_Lower(), MODEL.getMedianTimeToEvent_Upper(),
                        MODEL.getMedianTimeToEvent_CiLevel(), NumberReader.timeUnit(span.substring(r.start(), Math.min(span.length(), r.end() + 10))),
                        parts, notes);
                if (r.shape() != Shape.ESTIMATE_WITH_INTERVAL && r.get("lower") != null) {
                    notes.add("The interval's upper limit was not reached (the paper gives no number for it): upper is left empty; say so in the result's notes.");
                }
            });
        } else if (owner instanceof HazardRatio) {
            java.util.Optional<Reading> ratio = one(readings, Shape.RATIO_WITH_INTERVAL, "ratios", notes)
                    .or(() -> one(readings, Shape.ESTIMATE_WITH_INTERVAL, "estimates", notes).filter(r -> !timed(span, r)));
            ratio.ifPresent(r -> interval(r, MODEL.getHazardRatio_Estimate(), MODEL.getHazardRatio_Lower(), MODEL.getHazardRatio_Upper(),
                    MODEL.getHazardRatio_CiLevel(), null, parts, notes));
            java.util.Optional<Reading> p = ratio.filter(r -> r.get("p") != null).or(() -> one(readings, Shape.P_VALUE, "p-values", notes));
            p.ifPresent(r -> {
                if (r.relation("p").equals("=")) {
                    parts.add(part(MODEL.getHazardRatio_PValue(), r, "p"));
                } else {
                    notes.add("P" + r.relation("p") + r.get("p").toPlainString() + " is a bound, not a p-value: it is not recorded as one"
                            + " (write it in the result's notes)");
                }
            });
        } else if (owner instanceof ContinuousResult) {
            one(readings, Shape.MEAN_AND_SD, "means", notes).ifPresent(r -> {
                parts.add(part(MODEL.getContinuousResult_Mean(), r, "mean"));
                parts.add(part(MODEL.getContinuousResult_Sd(), r, "sd"));
            });
            one(readings, Shape.GROUP_SIZE, "group sizes", notes).ifPresent(r -> parts.add(part(MODEL.getContinuousResult_N(), r, "n")));
        } else if (owner instanceof GroupSize) {
            one(readings, Shape.GROUP_SIZE, "group sizes", notes).ifPresent(r -> parts.add(part(MODEL.getGroupSize_N(), r, "n")));
        }
        if (parts.isEmpty() && readings.size() == 1 && readings.get(0).shape() == Shape.NUMBER && chosen != null) {
            boolean time = owner instanceof MedianTimeToEvent && chosen != MODEL.getMedianTimeToEvent_CiLevel();
            parts.add(new Part(chosen, readings.get(0).get("number"), null, time ? NumberReader.timeUnit(span) : null));
        }
        return new Filling(List.copyOf(parts), List.copyOf(notes));
    }

    /** Whether an estimate is a time ("10.2 months; 95% CI 4.5-19.0"): a median, never a ratio. */
    private static boolean timed(String span, Reading reading) {
        String around = span.substring(reading.start(), Math.min(span.length(), reading.end() + 12)).toLowerCase(java.util.Locale.ROOT);
        return around.matches("(?s).*\\b(months?|mo|weeks?|wk|days?|years?|yr)\\b.*");
    }

    /**
     * The note that says a median was not reached, in the paper's words (a flag holds no quote of its own); {@code nor}
     * adds that the interval's upper limit was not reached either.
     */
    public static String notReachedNote(String words, boolean nor) {
        return "Median not reached (the paper: \"" + words.replaceAll("\\s+", " ") + "\")" + (nor ? "; nor the interval's upper limit" : "") + ".";
    }

    /** A result's notes with one more note, unless they already hold it. */
    public static String withNote(String notes, String note) {
        return notes == null || notes.isBlank() ? note : notes.contains(note) ? notes : notes + " " + note;
    }

    /** The number proposed for one field, if the span gives it. */
    public static BigDecimal proposal(EObject owner, EStructuralFeature field, String span) {
        return read(owner, field, span).parts().stream().filter(p -> p.feature() == field).map(Part::number).findFirst().orElse(null);
    }

    private static java.util.Optional<Reading> one(List<Reading> readings, Shape shape, String plural, List<String> notes) {
        List<Reading> of = readings.stream().filter(r -> r.shape() == shape).toList();
        if (of.size() > 1) {
            notes.add("The selection holds " + of.size() + " " + plural + "; select just the one for this result.");
            return java.util.Optional.empty();
        }
        return of.stream().findFirst();
    }

    private static Part part(EStructuralFeature feature, Reading reading, String name) {
        return new Part(feature, reading.get(name), null);
    }

    private static void interval(Reading r, EStructuralFeature estimate, EStructuralFeature lower, EStructuralFeature upper,
            EStructuralFeature level, String unit, List<Part> parts, List<String> notes) {
        for (String name : List.of("estimate", "lower", "upper")) {
            if (r.get(name) != null) { // an interval not reached has no upper limit; a median not reached, no estimate
                parts.add(new Part(name.equals("estimate") ? estimate : name.equals("lower") ? lower : upper, r.get(name), null, unit));
            }
        }
        if (r.get("level") != null) {
            parts.add(new Part(level, r.get("level").movePointLeft(2), null));
        } else if (r.get("lower") != null) {
            notes.add("The selection does not say the interval's level (95%?): none is assumed; set it in Result details if the paper gives it.");
        }
    }

    /**
     * Events from a percentage and the arm's n: proposed only when exactly one whole count rounds to the percentage
     * as written (27.6% of 58 is 16: 16/58 = 27.59%), marked derived with its arithmetic.
     */
    private static void eventsFromPercent(ArmResult result, Reading reading, List<Part> parts, List<String> notes) {
        BigDecimal percent = reading.get("percent");
        BigDecimal n = armSize(result);
        if (n == null) {
            notes.add(percent.toPlainString() + "% alone gives no count: the arm has no n for this row's population to take it of.");
            return;
        }
        List<BigDecimal> counts = countsRoundingTo(percent, n);
        if (counts.size() != 1) {
            notes.add(percent.toPlainString() + "% of " + n.toPlainString() + (counts.isEmpty() ? " is no whole count" : " could be "
                    + counts.size() + " counts") + ": enter the events from the paper.");
            return;
        }
        parts.add(new Part(MODEL.getDichotomousResult_Events(), counts.get(0), derivation(percent, n, counts.get(0))));
    }

    /** The whole counts out of {@code n} that round to the percentage as written (16 of 58 for 27.6%; 6 and 7 of 200 for 3%). */
    public static List<BigDecimal> countsRoundingTo(BigDecimal percent, BigDecimal n) {
        List<BigDecimal> counts = new ArrayList<>();
        int around = percent.multiply(n).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
        for (int count = Math.max(0, around - 2); count <= around + 2 && count <= n.intValue(); count++) {
            BigDecimal back = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(n, percent.scale(), RoundingMode.HALF_UP);
            if (back.compareTo(percent) == 0) {
                counts.add(BigDecimal.valueOf(count));
            }
        }
        return counts;
    }

    /** The arithmetic of a count derived from a percentage, as a derived value records it. */
    public static String derivation(BigDecimal percent, BigDecimal n, BigDecimal count) {
        return percent.toPlainString() + "% of " + n.toPlainString() + " = "
                + percent.multiply(n).divide(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + ", the one whole count that rounds to "
                + percent.toPlainString() + "% (" + count + "/" + n.toPlainString() + ")";
    }

    /** The arm's n in the row's analysis population, or its only n when the arm has one. */
    static BigDecimal armSize(ArmResult result) {
        if (result.getArm() == null) {
            return null;
        }
        String population = result.eContainer() instanceof OutcomeMeasurement m ? m.getPopulation() : null;
        List<GroupSize> sizes = result.getArm().getGroupSizes().stream().filter(s -> s.getN() != null && s.getN().getNumber() != null).toList();
        return sizes.stream().filter(s -> population != null && population.equals(s.getPopulation())).findFirst()
                .or(() -> sizes.size() == 1 ? java.util.Optional.of(sizes.get(0)) : java.util.Optional.empty())
                .map(s -> s.getN().getNumber()).orElse(null);
    }
}
