package org.appraise.core.assistant;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The criteria a result was judged by, as papers name them: tumour response by RECIST 1.1, mRECIST (or plain
 * RECIST when no version is given), adverse events by a CTCAE version. A paper that names one set of response
 * criteria in its methods gives it to every response it reports; a paper that names two gives none unless the
 * table or sentence says which.
 */
final class Criteria {

    private static final Pattern RESPONSE = Pattern.compile("\\bmRECIST\\b|\\b(?i:modified)\\s+RECIST\\b|\\bi?RECIST\\s*(?:v(?:ersion)?\\s*)?1\\.[01]\\b|\\bRECIST\\b(?!\\s*(?:v(?:ersion)?\\s*)?1\\.)");
    private static final Pattern ADVERSE = Pattern.compile(
            "\\bCTCAE\\s*(?:v(?:ersion)?\\.?\\s*)?(\\d(?:\\.\\d+)?)|Common\\s+Terminology\\s+Criteria\\s+for\\s+Adverse\\s+Events[^.]{0,40}?(?:v(?:ersion)?\\.?\\s*)(\\d(?:\\.\\d+)?)",
            Pattern.CASE_INSENSITIVE);

    private Criteria() {
    }

    /** The last response criteria a text names, written as reviewers write them, or null. */
    static String lastResponse(String text) {
        String last = null;
        Matcher m = RESPONSE.matcher(text);
        while (m.find()) {
            last = name(m.group());
        }
        return last;
    }

    /** The response criteria a paper uses when it names exactly one set, else null. */
    static String onlyResponse(String text) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = RESPONSE.matcher(text);
        while (m.find()) {
            named.add(name(m.group()));
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The CTCAE version a paper grades adverse events by when it names exactly one, else null. */
    static String onlyAdverse(String text) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = ADVERSE.matcher(text);
        while (m.find()) {
            String version = m.group(1) != null ? m.group(1) : m.group(2);
            named.add("CTCAE " + (version.contains(".") ? version : version + ".0"));
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static String name(String written) {
        String w = written.replaceAll("\\s+", " ");
        if (w.startsWith("m") || w.toLowerCase(java.util.Locale.ROOT).startsWith("modified")) {
            return "mRECIST";
        }
        if (w.startsWith("iRECIST")) {
            return "iRECIST";
        }
        return w.matches(".*1\\.1") ? "RECIST 1.1" : w.matches(".*1\\.0") ? "RECIST 1.0" : "RECIST";
    }
}
