package org.appraise.core;

import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Annotation;

/**
 * Finds an annotation's quote again in a report whose text changed (a new conversion of the PDF, a
 * corrected typo elsewhere). It never moves the annotation: it says whether the quote is still where it
 * was, where it is now, or that it is ambiguous or lost, and the reviewer decides.
 */
public final class QuoteAnchor {

    /** Where the quote stands in the current text. */
    public enum Status {
        /** The quote is exactly at the recorded offsets. */
        IN_PLACE,
        /** The quote occurs once elsewhere: {@link Finding#start()} is the new start. */
        MOVED,
        /** The quote occurs several times; {@link Finding#candidates()} lists the starts, nearest first. */
        AMBIGUOUS,
        /** The quote is no longer in the text. */
        LOST
    }

    /** The outcome for one annotation. */
    public record Finding(Status status, int start, List<Integer> candidates) {
    }

    private QuoteAnchor() {
    }

    public static Finding find(Annotation annotation, ReportText text) {
        String quote = annotation.getQuote();
        if (quote == null || quote.isEmpty()) {
            return new Finding(Status.LOST, -1, List.of());
        }
        if (text.anchors(annotation)) {
            return new Finding(Status.IN_PLACE, annotation.getStart(), List.of(annotation.getStart()));
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = text.text().indexOf(quote); i >= 0; i = text.text().indexOf(quote, i + 1)) {
            starts.add(i);
        }
        if (starts.isEmpty()) {
            return new Finding(Status.LOST, -1, List.of());
        }
        int was = annotation.getStart();
        starts.sort((a, b) -> Integer.compare(Math.abs(a - was), Math.abs(b - was)));
        if (starts.size() == 1) {
            return new Finding(Status.MOVED, starts.get(0), List.copyOf(starts));
        }
        return new Finding(Status.AMBIGUOUS, starts.get(0), List.copyOf(starts));
    }
}
