package org.appraise.io.refs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Reference;

/** Turns a MEDLINE record into a reference, keeping every field of the record as it was. */
public final class MedlineReferences {

    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");

    private MedlineReferences() {
    }

    public static Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, null);
        List<String> authors = record.all("FAU");
        reference.getAuthors().addAll(WosReader.names(authors.isEmpty() ? record.all("AU") : authors));
        reference.setTitle(record.first("TI", "BTI"));
        reference.setJournal(record.first("JT", "TA"));
        Matcher year = YEAR.matcher(record.first("DP") == null ? "" : record.first("DP"));
        if (year.find()) {
            reference.setYear(Integer.valueOf(year.group(1)));
        }
        reference.setVolume(record.first("VI"));
        reference.setIssue(record.first("IP"));
        reference.setPages(record.first("PG"));
        reference.setPmid(RisReferences.pmid(record.first("PMID")));
        for (String id2 : record.all("LID", "AID")) {
            if (id2.endsWith("[doi]")) {
                reference.setDoi(RisReferences.doi(List.of(id2.substring(0, id2.length() - "[doi]".length()).strip())));
                break;
            }
        }
        reference.setAbstract(record.first("AB"));
        record.all("OT", "MH").forEach(reference.getKeywords()::add);
        reference.setSourceDatabase(sourceDatabase != null ? sourceDatabase : "PubMed");
        return reference;
    }
}
