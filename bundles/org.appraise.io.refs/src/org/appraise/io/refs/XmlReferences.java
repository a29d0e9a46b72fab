package org.appraise.io.refs;

import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Reference;

/** Maps PubMed XML and EndNote XML records (read by {@link XmlRecords}) to references, keeping every field. */
public final class XmlReferences {

    private XmlReferences() {
    }

    /** PubmedArticle and PubmedBookArticle. */
    public static Reference pubmed(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, sourceDatabase != null ? sourceDatabase : "PubMed");
        reference.setPmid(CitationFields.pmid(last(record, "/PMID", "PMID")));
        reference.setTitle(last(record, "/ArticleTitle", "/BookTitle"));
        reference.setJournal(last(record, "Journal/Title"));
        reference.setVolume(last(record, "JournalIssue/Volume"));
        reference.setIssue(last(record, "JournalIssue/Issue"));
        reference.setPages(last(record, "Pagination/MedlinePgn"));
        CitationFields.year(last(record, "PubDate/Year", "PubDate/MedlineDate", "ContributionDate/Year", "DateRevised/Year")).ifPresent(reference::setYear);
        List<String> abstractParts = ends(record, "/AbstractText");
        reference.setAbstract(abstractParts.isEmpty() ? null : String.join("\n", abstractParts));
        PubmedFields.authors(record).forEach(reference.getAuthors()::add);
        reference.setDoi(PubmedFields.doi(record));
        ends(record, "/Keyword").forEach(reference.getKeywords()::add);
        ends(record, "MeshHeading/DescriptorName").forEach(reference.getKeywords()::add);
        return reference;
    }

    /** EndNote XML records. */
    public static Reference endnote(TaggedRecord record, String id, String sourceDatabase) {
        // the database the record was found in (remote-database-name: "MEDLINE", "Embase"), never the EndNote library it was
        // kept in (<database>: "Respiratory.enl"), which PRISMA would otherwise count as a database searched; both stay in the raw fields
        Reference reference = record.reference(id, sourceDatabase != null ? sourceDatabase : record.first("remote-database-name"));
        record.all("contributors/authors/author").forEach(reference.getAuthors()::add);
        reference.setTitle(record.first("titles/title"));
        reference.setJournal(record.first("periodical/full-title", "titles/secondary-title", "journal"));
        reference.setVolume(record.first("volume"));
        reference.setIssue(record.first("number", "issue"));
        reference.setPages(record.first("pages"));
        CitationFields.year(record.first("dates/year")).ifPresent(reference::setYear);
        reference.setDoi(CitationFields.doi(record.all("electronic-resource-num", "urls/related-urls/url")));
        reference.setAbstract(record.first("abstract"));
        record.all("keywords/keyword").forEach(reference.getKeywords()::add);
        return reference;
    }

    /** The first value of a field whose path ends with one of the suffixes (or equals it). */
    private static String last(TaggedRecord record, String... suffixes) {
        for (String suffix : suffixes) {
            for (TaggedRecord.Field field : record.fields()) {
                if ((field.tag().endsWith(suffix) || field.tag().equals(suffix.replace("/", ""))) && !field.tag().contains("@")) {
                    return field.value();
                }
            }
        }
        return null;
    }

    private static List<String> ends(TaggedRecord record, String suffix) {
        List<String> values = new ArrayList<>();
        for (TaggedRecord.Field field : record.fields()) {
            if (field.tag().endsWith(suffix)) {
                values.add(field.value());
            }
        }
        return values;
    }
}
