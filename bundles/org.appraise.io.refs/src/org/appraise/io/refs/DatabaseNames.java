package org.appraise.io.refs;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The database a record was found in, named as a PRISMA flow diagram names it. Exports often say it in a code of their
 * platform: EBSCOhost writes {@code DB - psyh} for APA PsycInfo, EndNote {@code DP - NLM} for PubMed. A code this table
 * does not know stays as the file wrote it (the reviewer can rename the import's source). With no database field, a
 * record whose own page is a database's (a {@code lens.org} or {@code scopus.com/inward/record} link, Web of Science's
 * {@code <Go to ISI>://WOS:}) names that database; another link (a publisher's, PubMed's added by a reference
 * manager) names none.
 */
final class DatabaseNames {

    /** EBSCOhost's database codes and EndNote's data providers, lower case, with the databases they stand for. */
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("psyh", "APA PsycInfo"), Map.entry("pdh", "APA PsycArticles"),
            Map.entry("cmedm", "MEDLINE"), Map.entry("mdc", "MEDLINE"), Map.entry("mnh", "MEDLINE with Full Text"),
            Map.entry("rzh", "CINAHL Complete"), Map.entry("ccm", "CINAHL"), Map.entry("c8h", "CINAHL Plus"),
            Map.entry("jlh", "CINAHL Plus with Full Text"), Map.entry("a9h", "Academic Search Complete"), Map.entry("eric", "ERIC"),
            Map.entry("sph", "SPORTDiscus"), Map.entry("s3h", "SPORTDiscus with Full Text"),
            Map.entry("pbh", "Psychology and Behavioral Sciences Collection"), Map.entry("nlm", "PubMed"));

    private DatabaseNames() {
    }

    /** The database a code or name stands for: a known code's name, else the words as written (null for none). */
    static String named(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return CODES.getOrDefault(written.strip().toLowerCase(Locale.ROOT), written.strip());
    }

    /** The database whose own record page one of these links is, or null. */
    static String ofLinks(List<String> links) {
        for (String link : links) {
            String l = link.strip().toLowerCase(Locale.ROOT);
            if (l.startsWith("https://lens.org/") || l.startsWith("https://www.lens.org/lens/")) {
                return "Lens.org";
            }
            if (l.contains("www.scopus.com/inward/record")) {
                return "Scopus";
            }
            if (l.startsWith("<go to isi>://wos:")) {
                return "Web of Science";
            }
        }
        return null;
    }
}
