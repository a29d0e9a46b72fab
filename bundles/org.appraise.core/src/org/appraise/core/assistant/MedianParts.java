package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
     * the times in the unit the words around them name ({@link #unit}).
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

    /** See {@link org.appraise.core.NumberReader#timeUnit(String)}. */
    static String unit(String words) {
        return org.appraise.core.NumberReader.timeUnit(words);
    }
}
