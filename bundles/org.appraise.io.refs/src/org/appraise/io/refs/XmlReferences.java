package org.appraise.io.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Reference;

/** Maps PubMed XML and EndNote XML records (read by {@link XmlRecords}) to references, keeping every field. */
public final class XmlReferences {

    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");

    private XmlReferences() {
    }

    /** PubmedArticle and PubmedBookArticle. */
    public static Reference pubmed(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, sourceDatabase != null ? sourceDatabase : "PubMed");
        reference.setPmid(RisReferences.pmid(last(record, "/PMID", "PMID")));
        reference.setTitle(last(record, "/ArticleTitle", "/BookTitle"));
        reference.setJournal(last(record, "Journal/Title"));
        reference.setVolume(last(record, "JournalIssue/Volume"));
        reference.setIssue(last(record, "JournalIssue/Issue"));
        reference.setPages(last(record, "Pagination/MedlinePgn"));
        year(reference, last(record, "PubDate/Year", "PubDate/MedlineDate", "ContributionDate/Year", "DateRevised/Year"));
        List<String> abstractParts = ends(record, "/AbstractText");
        reference.setAbstract(abstractParts.isEmpty() ? null : String.join("\n", abstractParts));
        List<TaggedRecord.Field> fields = record.fields();
        String family = null;
        for (int i = 0; i < fields.size(); i++) {
            String tag = fields.get(i).tag();
            String value = fields.get(i).value();
            if (tag.endsWith("Author/LastName")) {
                if (family != null) {
                    reference.getAuthors().add(family);
                }
                family = value;
            } else if ((tag.endsWith("Author/ForeName") || tag.endsWith("Author/Initials") && family != null && !family.contains(","))
                    && family != null) {
                family = family + ", " + value;
            } else if (tag.endsWith("Author/CollectiveName")) {
                reference.getAuthors().add(value);
            }
        }
        if (family != null) {
            reference.getAuthors().add(family);
        }
        for (int i = 0; i + 1 < fields.size(); i++) {
            TaggedRecord.Field f = fields.get(i);
            if ((f.tag().endsWith("ELocationID@EIdType") || f.tag().endsWith("ArticleId@IdType")) && f.value().equals("doi")
                    && reference.getDoi() == null) {
                String base = f.tag().substring(0, f.tag().indexOf('@'));
                for (int j = i + 1; j < fields.size(); j++) {
                    if (fields.get(j).tag().equals(base)) {
                        reference.setDoi(RisReferences.doi(List.of(fields.get(j).value())));
                        break;
                    }
                }
            }
        }
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
        year(reference, record.first("dates/year"));
        reference.setDoi(RisReferences.doi(record.all("electronic-resource-num", "urls/related-urls/url")));
        reference.setAbstract(record.first("abstract"));
        record.all("keywords/keyword").forEach(reference.getKeywords()::add);
        return reference;
    }


    private static void year(Reference reference, String text) {
        Matcher year = YEAR.matcher(text == null ? "" : text);
        if (year.find()) {
            reference.setYear(Integer.valueOf(year.group(1)));
        }
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
