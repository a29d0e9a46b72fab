package org.appraise.io.refs;

import java.util.ArrayList;
import java.util.List;

/** The PubMed XML fields that span several elements: authors (family name, then given names or initials) and the DOI. */
final class PubmedFields {

    private PubmedFields() {
    }

    /** The authors in file order: "Family, Given" (or "Family, Initials" when no given name), and group authors as named. */
    static List<String> authors(TaggedRecord record) {
        List<String> authors = new ArrayList<>();
        String family = null;
        for (TaggedRecord.Field field : record.fields()) {
            String tag = field.tag();
            if (tag.endsWith("Author/LastName")) {
                if (family != null) {
                    authors.add(family);
                }
                family = field.value();
            } else if ((tag.endsWith("Author/ForeName") || tag.endsWith("Author/Initials") && family != null && !family.contains(","))
                    && family != null) {
                family = family + ", " + field.value();
            } else if (tag.endsWith("Author/CollectiveName")) {
                authors.add(field.value());
            }
        }
        if (family != null) {
            authors.add(family);
        }
        return authors;
    }

    /** The DOI an ELocationID or ArticleId of type "doi" gives (the first that holds one), or null. */
    static String doi(TaggedRecord record) {
        List<TaggedRecord.Field> fields = record.fields();
        for (int i = 0; i + 1 < fields.size(); i++) {
            TaggedRecord.Field f = fields.get(i);
            if ((f.tag().endsWith("ELocationID@EIdType") || f.tag().endsWith("ArticleId@IdType")) && f.value().equals("doi")) {
                String base = f.tag().substring(0, f.tag().indexOf('@'));
                for (int j = i + 1; j < fields.size(); j++) {
                    if (fields.get(j).tag().equals(base)) {
                        String doi = CitationFields.doi(List.of(fields.get(j).value()));
                        if (doi != null) {
                            return doi;
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }
}
