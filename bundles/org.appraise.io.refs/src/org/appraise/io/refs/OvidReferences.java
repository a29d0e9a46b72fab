package org.appraise.io.refs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Reference;

/**
 * Turns an Ovid record (tagged export or full display) into a reference, keeping every field as it was. Ovid's
 * MEDLINE gives journal, volume, issue, pages and date in one source field ({@code Lancet. 391(10126):1163-1173,
 * 2018 03 24.}); Embase gives them in fields of their own ({@code JN}, {@code VO}, {@code IP}, {@code PG}, {@code YR})
 * and the source as {@code Journal. 12(3) (pp 123-130), 2020}. Own fields win; the source fills what they leave empty.
 * The unique identifier is a PMID only in a MEDLINE database (in Embase it is an accession number).
 */
public final class OvidReferences {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    /** {@code Lancet. 391(10126):1163-1173, 2018} or {@code J Hepatol. 12(3) (pp 123-130), 2020}. */
    private static final Pattern SOURCE = Pattern.compile("^(.+?)\\.\\s+(\\d+[A-Za-z]?)?(?:\\s*\\(([^)]+)\\))?\\s*(?::\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s*-\\s*[A-Za-z]?\\d+[A-Za-z]?)?)|\\s*\\(pp\\s*([^)]+)\\))?");

    private OvidReferences() {
    }

    public static Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, null);
        reference.getAuthors().addAll(WosReader.names(record.all("AU")));
        reference.setTitle(record.first("TI"));
        String source = record.first("SO");
        Matcher parts = source == null ? null : SOURCE.matcher(source);
        boolean parsed = parts != null && parts.find();
        reference.setJournal(firstNonNull(record.first("JN", "JT", "JA"), parsed ? parts.group(1).strip() : null));
        reference.setVolume(firstNonNull(record.first("VO", "VI"), parsed ? parts.group(2) : null));
        reference.setIssue(firstNonNull(record.first("IP"), parsed ? parts.group(3) : null));
        String pages = firstNonNull(record.first("PG"), parsed ? firstNonNull(parts.group(4), parts.group(5)) : null);
        reference.setPages(pages == null ? null : CitationFields.pages(pages.replaceAll("\\s+", "")));
        Matcher year = YEAR.matcher(firstNonNull(record.first("YR", "DP"), source == null ? "" : source));
        if (year.find()) {
            reference.setYear(Integer.valueOf(year.group(1)));
        }
        String database = record.first("DB");
        boolean medline = database != null && database.toLowerCase(Locale.ROOT).contains("medline");
        reference.setPmid(CitationFields.pmid(firstNonNull(record.first("PM"), medline ? record.first("UI") : null)));
        reference.setDoi(CitationFields.doi(record.all("DO")));
        reference.setAbstract(record.first("AB"));
        record.all("MH", "KW").forEach(reference.getKeywords()::add);
        reference.setSourceDatabase(sourceDatabase != null ? sourceDatabase : database != null ? database : "Ovid");
        return reference;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

}
