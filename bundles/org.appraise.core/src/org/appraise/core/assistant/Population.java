package org.appraise.core.assistant;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The analysis population a number belongs to, as comparative papers name it: the whole cohort, before or after
 * propensity-score matching, or weighted by the inverse probability of treatment. A review's own wording
 * ("before PSM", "after matching", "all enrolled") is classified the same way, so a proposal finds its row.
 */
public enum Population {
    ALL("all patients"), BEFORE_MATCHING("before matching"), AFTER_MATCHING("after matching"),
    WEIGHTED("inverse probability of treatment weighting");

    private static final Pattern BEFORE = Pattern.compile(
            "\\bbefore\\s+(?:the\\s+)?(?:PSM|matching|propensity|IPTW)|\\bunmatched\\b|\\b(?:entire|whole|original)\\s+(?:cohort|population)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile(
            "\\bafter\\s+(?:the\\s+)?(?:PSM|matching|propensity)|\\bmatched\\s+(?:cohort|pairs?|population|patients|groups?)|\\bPSM\\s+cohort",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHTING = Pattern.compile("\\bIPTW\\b|inverse\\s+probability", Pattern.CASE_INSENSITIVE);

    private final String words;

    Population(String words) {
        this.words = words;
    }

    /** How the population is written when the paper does not word it. */
    public String words() {
        return words;
    }

    /** The population some words name ("before PSM", "After matching,"), or ALL when they name none. */
    public static Population of(String words) {
        if (words == null) {
            return ALL;
        }
        if (WEIGHTING.matcher(words).find()) {
            return WEIGHTED;
        }
        if (BEFORE.matcher(words).find()) {
            return BEFORE_MATCHING;
        }
        return AFTER.matcher(words).find() ? AFTER_MATCHING : ALL;
    }

    /** The populations a text names, in the order it names them (a header "Before PSM ... After PSM"). */
    static java.util.List<Mention> mentions(String text) {
        java.util.List<Mention> found = new java.util.ArrayList<>();
        for (Population p : new Population[] { BEFORE_MATCHING, AFTER_MATCHING, WEIGHTED }) {
            java.util.regex.Matcher m = p.pattern().matcher(text);
            while (m.find()) {
                found.add(new Mention(p, m.start(), m.end(), asWritten(text.substring(m.start(), m.end()))));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** "Before PSM" as a row's population: "before PSM" (an abbreviation keeps its capitals). */
    private static String asWritten(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return flat.length() > 1 && Character.isLowerCase(flat.charAt(1)) ? Character.toLowerCase(flat.charAt(0)) + flat.substring(1) : flat;
    }

    private Pattern pattern() {
        return switch (this) {
            case BEFORE_MATCHING -> BEFORE;
            case AFTER_MATCHING -> AFTER;
            case WEIGHTED -> WEIGHTING;
            case ALL -> Pattern.compile("(?!)");
        };
    }

    /** Where a text names a population, and its words. */
    record Mention(Population population, int start, int end, String words) {
    }
}
