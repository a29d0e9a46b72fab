package org.appraise.io.refs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields every reader normalises the same way whatever the database's tags: the DOI (lower case, without
 * its doi.org prefix or trailing punctuation), the PMID (digits only), the pages and the year.
 */
final class CitationFields {

    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");

    private CitationFields() {
    }

    /** The DOI in the fields that carry one (DO, or a doi.org link), without its prefix. */
    static String doi(List<String> values) {
        for (String value : values) {
            Matcher m = DOI.matcher(value);
            if (m.find()) {
                String doi = m.group(1);
                while (doi.endsWith(".") || doi.endsWith(",") || doi.endsWith(";")) {
                    doi = doi.substring(0, doi.length() - 1);
                }
                return doi.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Pages as the review shows them: "UNSP 1722034" (Web of Science's "unspecified page", an article number) is the
     * number alone, "e1-e10" stays; the raw field keeps what the file said.
     */
    static String pages(String value) {
        if (value == null) {
            return null;
        }
        String pages = value.strip().replaceFirst("(?i)^UNSP\\s+", "").replaceAll("\\s*[-\u2013\u2014]+\\s*", "-");
        return pages.isEmpty() ? null : pages;
    }

    /** A PMID as databases give it (digits only); anything else (a CODEN, an accession number) is no PMID, and null. */
    static String pmid(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.strip().replaceFirst("(?i)^(pmid:?\\s*)", "");
        return PMID.matcher(digits).matches() ? digits : null;
    }

    /** The first year (1800-2099) a date field gives ("2019 Mar 12", "2019///", "Spring 2020"). */
    static Optional<Integer> year(String text) {
        Matcher year = YEAR.matcher(text == null ? "" : text);
        return year.find() ? Optional.of(Integer.valueOf(year.group(1))) : Optional.empty();
    }
}
