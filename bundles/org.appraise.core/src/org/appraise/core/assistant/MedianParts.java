package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.appraise.core.assistant.Proposal.Part;
import org.appraise.core.assistant.Proposal.Span;

/**
 * The parts of an arm's median time read from one stretch of words: the median with its interval ("14.1 (10.2–18.0)"),
 * with the interval's lower limit only when its upper one was not reached ("14.1 (10.2–NR)"), or a median not reached
 * ("not reached", "NR (95% CI 18.5–NR)") with the lower limit when given. A limit or a median that was not reached is
 * never given a number: it is left empty, and acceptance says why in the result's notes.
 */
final class MedianParts {

    /** The shapes a median is read from. */
    static final Set<Shape> SHAPES = Set.of(Shape.ESTIMATE_WITH_INTERVAL, Shape.ESTIMATE_OPEN_INTERVAL, Shape.NOT_REACHED);
    /** The part saying the median was not reached: a flag of the result, 1 when proposed. */
    static final String NOT_REACHED = "notReached";

    private MedianParts() {
    }

    /**
     * The parts, each quoting the span; the level, when the reading gives none, from the table's label (null: none);
     * the times in the unit the words around them name ({@link org.appraise.core.NumberReader#timeUnit}).
     */
    static List<Part> of(Reading r, Span span, BigDecimal labelLevel, String unit) {
        List<Part> parts = new ArrayList<>();
        if (r.shape() == Shape.NOT_REACHED) {
            parts.add(new Part(NOT_REACHED, BigDecimal.ONE, span, null));
        } else {
            parts.add(new Part("median", r.get("estimate"), span, null, unit));
        }
        if (r.get("lower") != null) {
            parts.add(new Part("lower", r.get("lower"), span, null, unit));
        }
        if (r.get("upper") != null) {
            parts.add(new Part("upper", r.get("upper"), span, null, unit));
        }
        BigDecimal level = r.get("level") != null ? r.get("level").movePointLeft(2) : labelLevel;
        if (level != null && r.get("lower") != null) {
            parts.add(new Part("level", level, span, null));
        }
        return List.copyOf(parts);
    }

    /**
     * A median's interval the sentence gives without its level, when the other arm's interval in the same sentence states
     * one ("16.4 months (95% CI 13.9-18.4) with nivolumab and 14.7 months (11.9-17.2) with sorafenib"): that level,
     * derived, quoting where it is stated. Otherwise the parts as they are (no level is ever assumed).
     */
    static List<Part> sharingLevel(List<Part> parts, List<Part> other) {
        boolean interval = parts.stream().anyMatch(p -> p.part().equals("lower"));
        if (!interval || parts.stream().anyMatch(p -> p.part().equals("level"))) {
            return parts;
        }
        return other.stream().filter(p -> p.part().equals("level") && !p.derived()).findFirst().map(level -> {
            List<Part> shared = new ArrayList<>(parts);
            shared.add(new Part("level", level.number(), level.span(), "the level the sentence states for the other arm's interval (\""
                    + level.span().text() + "\")"));
            return List.copyOf(shared);
        }).orElse(parts);
    }

    /** A time with no interval ("13.9 months"), read as a median only in a sentence that says "median" before it. */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\d.,\u2013-])(" + org.appraise.core.NumberReader.NUM + ")\\s*(?:months?|mo)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before a time that make it a time point or a duration of something else ("at 12 months", "for 6 months"). */
    private static final Pattern TIME_POINT = Pattern.compile(
            "\\b(?:at|by|within|after|for|over|every|to|beyond|than|of|from|until|per)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIAN = Pattern.compile("\\bmedian\\b", Pattern.CASE_INSENSITIVE);
    /** Durations that are no outcome's median, whatever outcome the sentence names ("median follow-up for overall survival"). */
    private static final Pattern OTHER_DURATION = Pattern.compile(
            "\\bfollow[\\s-]*up\\b|\\bduration\\b|\\bexposure\\b|\\btime\\s+to\\s+(?:response|treatment)", Pattern.CASE_INSENSITIVE);
    /**
     * Times with no interval that a sentence gives as medians ("Median overall survival was 13.9 months with X and 10.6
     * months with Y"): only after the word "median", never a time point or another duration ("at 12 months", "for 6
     * months", "median follow-up for overall survival was 13.8 months"), nor a number a ratio names.
     */
    static List<MatchResult> bareTimes(String sentence, java.util.function.IntPredicate ratioBefore) {
        List<MatchResult> times = new ArrayList<>();
        Matcher m = BARE.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start());
            if (!TIME_POINT.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find() && !ratioBefore.test(m.start())
                    && MEDIAN.matcher(before).find() && !OTHER_DURATION.matcher(before).find()) {
                times.add(m.toMatchResult());
            }
        }
        return times;
    }

    /** Words that give one statement of every group: "in either group", "in both arms", "in all cohorts". */
    private static final Pattern EVERY_GROUP = Pattern.compile(
            "\\b(?:either|both|neither|all|any|each)\\s+(?:of\\s+the\\s+)?(?:treatment\\s+)?(?:arms?|groups?|cohorts?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The other arm's "not reached" standing apart from the one median a sentence gives ("was not reached in the X group
     * and was 13.2 months (95% CI, ...) in the Y group"), or null: the pair is complete only when the sentence says "not
     * reached" once outside that median's words, and not of every group ("in either group", "in both arms").
     */
    static Reading notReachedApart(String sentence, List<Reading> readings, int start, int end) {
        List<Reading> spelled = readings.stream().filter(r -> r.shape() == Shape.NOT_REACHED && r.get("lower") == null
                && (r.end() <= start || r.start() >= end)).toList();
        if (spelled.size() != 1 || EVERY_GROUP.matcher(sentence).find()) {
            return null;
        }
        Reading r = spelled.get(0);
        String between = r.start() >= end ? sentence.substring(end, r.start()) : sentence.substring(r.end(), start);
        String before = sentence.substring(Math.max(0, r.start() - 40), r.start());
        // another clause, or another thing not reached ("the median follow-up was not reached"), is not the other arm's median
        return between.contains(";") || OTHER_THING.matcher(before).find() ? null : r;
    }

    /** What else papers say was not reached: follow-up, a dose, consensus, accrual, a target. */
    private static final Pattern OTHER_THING = Pattern.compile(
            "\\b(?:follow[\\s-]*up|dose|consensus|accrual|enrol+ment|target|threshold|significance|saturation)\\b", Pattern.CASE_INSENSITIVE);

    /** The unit of a median's numbers: the one its words and the few after them name ("6.8 (5.7-8.3) months"). */
    static String unitAfter(String sentence, Reading r) {
        return org.appraise.core.NumberReader.timeUnit(sentence.substring(r.start(), Math.min(sentence.length(), r.end() + 10)));
    }
}
