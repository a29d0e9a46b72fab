package org.appraise.io.refs;

import java.util.regex.Pattern;

import org.appraise.model.Reference;

/**
 * Turns a RIS record into a reference: the bibliographic fields the review works with, read from the tags
 * each database uses for them, and every field of the record kept as it was (nothing is lost, so a record
 * can be exported again or re-read when the mapping improves).
 */
public final class RisReferences {

    private static final Pattern WHOLE_DOI = Pattern.compile("(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)?10\\.\\d{4,9}/\\S+");

    private RisReferences() {
    }

    public static Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, null);
        for (String author : record.all("AU", "A1")) {
            reference.getAuthors().add(author);
        }
        reference.setTitle(record.first("TI", "T1", "CT"));
        reference.setJournal(record.first("JF", "T2", "JO", "JA", "J2"));
        CitationFields.year(record.first("PY", "Y1", "DA", "Y2")).ifPresent(reference::setYear);
        reference.setVolume(record.first("VL"));
        reference.setIssue(record.first("IS", "CP"));
        String start = record.first("SP");
        String end = record.first("EP");
        reference.setPages(CitationFields.pages(start == null ? null : end == null || start.contains("-") ? start : start + "-" + end));
        // the record's own DOI: its DOI tags, else a field (M3, L3, UR) that is nothing but a DOI or a doi.org link;
        // never a note (N1), which cites other papers' DOIs
        String own = CitationFields.doi(record.all("DO", "DI"));
        reference.setDoi(own != null ? own : CitationFields.doi(record.all("M3", "L3", "UR").stream().filter(v -> WHOLE_DOI.matcher(v.strip()).matches()).toList()));
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
}
