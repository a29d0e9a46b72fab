package org.appraise.io.refs;

import java.util.List;

import org.appraise.model.Reference;

/** Turns a MEDLINE record into a reference, keeping every field of the record as it was. */
public final class MedlineReferences {

    private MedlineReferences() {
    }

    public static Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, null);
        List<String> authors = record.all("FAU");
        reference.getAuthors().addAll(WosReader.names(authors.isEmpty() ? record.all("AU") : authors));
        reference.setTitle(record.first("TI", "BTI"));
        reference.setJournal(record.first("JT", "TA"));
        CitationFields.year(record.first("DP")).ifPresent(reference::setYear);
        reference.setVolume(record.first("VI"));
        reference.setIssue(record.first("IP"));
        reference.setPages(record.first("PG"));
        reference.setPmid(CitationFields.pmid(record.first("PMID")));
        for (String id2 : record.all("LID", "AID")) {
            if (id2.endsWith("[doi]")) {
                reference.setDoi(CitationFields.doi(List.of(id2.substring(0, id2.length() - "[doi]".length()).strip())));
                break;
            }
        }
        reference.setAbstract(record.first("AB"));
        record.all("OT", "MH").forEach(reference.getKeywords()::add);
        reference.setSourceDatabase(sourceDatabase != null ? sourceDatabase : "PubMed");
        return reference;
    }
}
