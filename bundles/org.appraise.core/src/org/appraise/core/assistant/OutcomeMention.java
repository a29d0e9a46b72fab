package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Where a text names one of the outcomes the assistant reads ({@link OutcomeTerm}), and how to find such places. */
record OutcomeMention(OutcomeTerm term, int start, int end) {

    /** The first outcome a table row's label names (the row "Confirmed objective response" is ORR). */
    static OutcomeMention first(String label) {
        OutcomeMention best = null;
        for (OutcomeTerm term : OutcomeTerm.values()) {
            Matcher m = term.words(label);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new OutcomeMention(term, m.start(), m.end());
            }
        }
        return best;
    }

    /** The outcome named last before {@code end} in a text (of the kinds asked for), or null. */
    static OutcomeMention last(String text, int end, boolean dichotomousOnly, boolean timedOnly) {
        OutcomeMention best = null;
        for (OutcomeTerm term : OutcomeTerm.values()) {
            if (dichotomousOnly && !term.dichotomous() || timedOnly && term.dichotomous()) {
                continue;
            }
            Matcher m = term.words(text).region(0, end);
            while (m.find()) {
                if (best == null || m.start() > best.start()) {
                    best = new OutcomeMention(term, m.start(), m.end());
                }
            }
        }
        return best;
    }

    /** Every place a text names an outcome, in order; where two terms overlap the one that starts first (then the longer) is kept. */
    static List<OutcomeMention> allIn(String text) {
        List<OutcomeMention> all = new ArrayList<>();
        for (OutcomeTerm term : OutcomeTerm.values()) {
            Matcher m = term.words(text);
            while (m.find()) {
                all.add(new OutcomeMention(term, m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt(OutcomeMention::start).thenComparing(f -> -f.end()));
        List<OutcomeMention> kept = new ArrayList<>();
        for (OutcomeMention f : all) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }
}
