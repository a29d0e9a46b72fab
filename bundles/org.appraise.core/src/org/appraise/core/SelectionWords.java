package org.appraise.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.appraise.core.ExtractionEdits.RowType;
import org.appraise.model.StudyDesign;

/**
 * What the words of a selection propose for what is made from it (an arm, a result row, the design): only
 * proposals the reviewer sees prefilled in a form and confirms, never values recorded without asking.
 */
public final class SelectionWords {

    /** The criteria and measurement tools the forms offer, most specific first when one contains another. */
    public static final List<String> CRITERIA = List.of("RECIST 1.1", "mRECIST", "iRECIST", "EASL", "CTCAE 4.0", "CTCAE 5.0", "unspecified");

    private SelectionWords() {
    }

    /** "RT + anti-PD1 group (n = 37)" gives "RT + anti-PD1 group"; numbers alone ("6(17.1%)") give nothing. */
    public static String armLabel(String words) {
        String label = words.replaceAll("\\(.*$", "").replaceAll("(?i)\\bn\\s*=.*$", "").trim();
        return label.length() > 60 || !label.matches(".*\\p{L}{2}.*") ? "" : label;
    }

    /** The n the selection states ("n = 37", "(N=41)"), or null. */
    public static BigDecimal size(String words) {
        return NumberReader.read(words).stream().map(r -> r.get("n")).filter(n -> n != null).findFirst().orElse(null);
    }

    /** The criteria the selection names (the longest of the known ones: "mRECIST", not "RECIST"), or "". */
    public static String criteria(String words) {
        return CRITERIA.stream().filter(words::contains).max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    /** The kind of result the words read as: a time (median, months, weeks...), a mean ± SD, else events / total. */
    public static RowType rowType(String words) {
        if (words.matches("(?is).*\\b(median|months?|weeks?|days?|years?)\\b.*")) {
            return RowType.MEDIAN_TIME_TO_EVENT;
        }
        return words.contains("\u00b1") || words.matches("(?is).*\\b(mean|SD)\\b.*") ? RowType.CONTINUOUS : RowType.DICHOTOMOUS;
    }

    /** The design the words name ("a retrospective study", "randomized"), or UNSPECIFIED. */
    public static StudyDesign design(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("randomised") || w.contains("randomized")) {
            return w.contains("non-random") ? StudyDesign.NON_RANDOMISED_TRIAL : StudyDesign.RANDOMISED_TRIAL;
        }
        if (w.contains("retrospective")) {
            return StudyDesign.RETROSPECTIVE_COHORT;
        }
        if (w.contains("prospective")) {
            return StudyDesign.PROSPECTIVE_COHORT;
        }
        return w.contains("case-control") || w.contains("case control") ? StudyDesign.CASE_CONTROL : StudyDesign.UNSPECIFIED;
    }
}
