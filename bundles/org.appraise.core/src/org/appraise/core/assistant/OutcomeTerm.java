package org.appraise.core.assistant;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.OutcomeDefinition;

/**
 * The outcomes of oncology papers the assistant reads, with the words papers name them by: tumour response
 * (objective response, disease control, complete and partial response, stable and progressive disease), the
 * survival outcomes and grade 3-4 adverse events. An outcome of the review is the one whose id is the term's,
 * or whose name the term's words name ("Objective response", "Grade 3-4 adverse events").
 */
public enum OutcomeTerm {
    ORR("Objective response", true, "\\bORR\\b|\\b(?:confirmed\\s+)?(?:objective|overall)\\s+(?:tumou?r\\s+)?response(?:\\s+rate)?\\b|\\bresponse\\s+rate\\b"),
    DCR("Disease control", true, "\\bDCR\\b|\\bdisease[\\s-]+control(?:\\s+rate)?\\b"),
    CR("Complete response", true, "(?<![\\w-])CR(?![\\w-])|\\bcomplete\\s+(?:response|remission)\\b"),
    PR("Partial response", true, "(?<![\\w-])PR(?![\\w-])|\\bpartial\\s+(?:response|remission)\\b"),
    SD("Stable disease", true, "(?<![\\w-])SD(?![\\w-])|\\bstable\\s+disease\\b"),
    PD("Progressive disease", true, "(?<![\\w-])PD(?![\\w-])|\\bprogressive\\s+disease\\b"),
    PFS("Progression-free survival", false, "\\bPFS\\b|\\bprogression[\\s-]+free\\s+survival\\b|\\b(?:disease\\s+)?progression\\b"),
    OS("Overall survival", false, "(?<![\\w-])OS(?![\\w-])|\\boverall\\s+survival\\b|\\bmedian\\s+survival(?:\\s+time)?\\b|\\bdeath\\b|\\bmortality\\b"),
    AE34("Grade 3-4 adverse events", true,
            "\\bgrade\\s*(?:3|III)\\s*(?:/|-|to|or|and)\\s*(?:4|IV)\\b|\\bgrade\\s*(?:≥|>=|>)\\s*(?:3|2)\\b|\\bgrade\\s*(?:3|III)\\s+or\\s+(?:more|higher|above|greater|worse)\\b");

    private final String name;
    private final boolean dichotomous;
    private final Pattern words;

    OutcomeTerm(String name, boolean dichotomous, String words) {
        this.name = name;
        this.dichotomous = dichotomous;
        this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
    }

    /** The outcome's name when the review has no definition of it yet. */
    public String displayName() {
        return name;
    }

    /** The id a review gives the outcome when none is defined ({@code orr}, {@code ae34}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counted in patients (events out of a total) rather than timed (a median, a hazard ratio). */
    public boolean dichotomous() {
        return dichotomous;
    }

    /** Whether a review's outcome definition is this outcome, by its id or the words of its name. */
    public boolean defines(OutcomeDefinition definition) {
        if (key().equalsIgnoreCase(definition.getId())) {
            return true;
        }
        String defined = definition.getName();
        if (defined == null) {
            return false;
        }
        Matcher m = words.matcher(defined);
        return m.find() && m.start() == 0 && (this != PFS || !defined.toLowerCase(Locale.ROOT).startsWith("progression "))
                && (this != OS || !defined.toLowerCase(Locale.ROOT).startsWith("death"));
    }

    /** A matcher of the words papers name this outcome by. */
    Matcher words(CharSequence text) {
        return words.matcher(text);
    }
}
