package org.appraise.io.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Reference;

/**
 * Turns a RIS record into a reference: the bibliographic fields the review works with, read from the tags
 * each database uses for them, and every field of the record kept as it was (nothing is lost, so a record
 * can be exported again or re-read when the mapping improves).
 */
public final class RisReferences {

    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern WHOLE_DOI = Pattern.compile("(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)?10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");

    private RisReferences() {
    }

    public static Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, null);
        for (String author : record.all("AU", "A1")) {
            reference.getAuthors().add(author);
        }
        reference.setTitle(record.first("TI", "T1", "CT"));
        reference.setJournal(record.first("JF", "T2", "JO", "JA", "J2"));
        Matcher year = YEAR.matcher(firstNonNull(record.first("PY", "Y1", "DA", "Y2"), ""));
        if (year.find()) {
            reference.setYear(Integer.valueOf(year.group(1)));
        }
        reference.setVolume(record.first("VL"));
        reference.setIssue(record.first("IS", "CP"));
        String start = record.first("SP");
        String end = record.first("EP");
        reference.setPages(pages(start == null ? null : end == null || start.contains("-") ? start : start + "-" + end));
        // the record's own DOI: its DOI tags, else a field (M3, L3, UR) that is nothing but a DOI or a doi.org link;
        // never a note (N1), which cites other papers' DOIs
        String own = doi(record.all("DO", "DI"));
        reference.setDoi(own != null ? own : doi(record.all("M3", "L3", "UR").stream().filter(v -> WHOLE_DOI.matcher(v.strip()).matches()).toList()));
        reference.setAbstract(record.first("AB", "N2"));
        for (String keywords : record.all("KW")) {
            for (String keyword : keywords.split("\n")) {
                if (!keyword.isBlank()) {
                    reference.getKeywords().add(keyword.strip());
                }
            }
        }
        String database = DatabaseNames.named(record.first("DB", "DP"));
        reference.setSourceDatabase(sourceDatabase != null ? sourceDatabase : database != null ? database : DatabaseNames.ofLinks(record.all("UR", "L2")));
        return reference;
    }

    /** The DOI in the fields that carry one (DO, or a doi.org link), without its prefix. */
    static String doi(List<String> values) {
        List<String> candidates = new ArrayList<>(values);
        for (String value : candidates) {
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

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
