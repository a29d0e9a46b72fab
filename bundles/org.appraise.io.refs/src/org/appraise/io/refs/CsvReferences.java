package org.appraise.io.refs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Reference;

/**
 * Maps a CSV row to a reference through a column mapping: the review's field names (title, authors, year,
 * journal, volume, issue, pages, doi, pmid, abstract, keywords) to the file's column names. Scopus' and
 * Embase's headers are known; other exports give the mapping on import. Every cell is kept as a field.
 */
public final class CsvReferences {

    /** Scopus, Embase and common names, tried in order for each field. */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("title", List.of("Title", "Document Title", "Article Title", "TI")),
            Map.entry("authors", List.of("Authors", "Author Names", "Author", "AU")),
            Map.entry("year", List.of("Year", "Publication Year", "PY")),
            Map.entry("journal", List.of("Source title", "Publication Title", "Journal", "Source Title", "SO")),
            Map.entry("volume", List.of("Volume", "VL")),
            Map.entry("issue", List.of("Issue", "IS")),
            Map.entry("pages", List.of("Pages", "Page range")),
            Map.entry("pageStart", List.of("Page start", "First Page", "Start Page", "BP")),
            Map.entry("pageEnd", List.of("Page end", "Last Page", "End Page", "EP")),
            Map.entry("doi", List.of("DOI", "Doi", "DI")),
            Map.entry("pmid", List.of("PubMed ID", "Medline PMID", "PMID", "PM")),
            Map.entry("abstract", List.of("Abstract", "AB")),
            Map.entry("keywords", List.of("Author Keywords", "keywords", "Keywords", "DE")),
            Map.entry("source", List.of("Source")));

    /** Embase's Source: "Endoscopic Ultrasound (2014) 3:3 (152-160)". */
    private static final Pattern EMBASE_SOURCE = Pattern.compile("^(.+?) \\((\\d{4})\\) (\\w+)(?::(\\w+))? \\(([^)]+)\\)");

    private final Map<String, String> columns;

    /** @param columns field name to column name, overriding the known names (may be empty) */
    public CsvReferences(Map<String, String> columns) {
        this.columns = columns;
    }

    public Reference toReference(TaggedRecord record, String id, String sourceDatabase) {
        Reference reference = record.reference(id, sourceDatabase != null ? sourceDatabase : databaseOf(record));
        String authors = get(record, "authors");
        if (authors != null) {
            // Scopus and Embase write "Liu R., Adler D.G."; other tables separate names with semicolons, or with
            // " and " as BibTeX does ("Ziegler, T. R. and Smith, J.")
            for (String author : names(authors)) {
                if (!author.isBlank()) {
                    reference.getAuthors().add(author.strip());
                }
            }
        }
        reference.setTitle(get(record, "title"));
        reference.setJournal(get(record, "journal"));
        String year = get(record, "year");
        if (year != null && year.strip().matches("\\d{4}")) {
            reference.setYear(Integer.valueOf(year.strip()));
        }
        reference.setVolume(get(record, "volume"));
        reference.setIssue(get(record, "issue"));
        String pages = get(record, "pages");
        String start = get(record, "pageStart");
        String end = get(record, "pageEnd");
        reference.setPages(pages != null ? pages : start == null ? null : end == null ? start : start + "-" + end);
        String source = get(record, "source");
        if (source != null && reference.getJournal() == null) {
            Matcher embase = EMBASE_SOURCE.matcher(source);
            if (embase.find()) {
                reference.setJournal(embase.group(1));
                reference.setYear(Integer.valueOf(embase.group(2)));
                reference.setVolume(embase.group(3));
                reference.setIssue(embase.group(4));
                reference.setPages(embase.group(5));
            }
        }
        String doi = get(record, "doi");
        reference.setDoi(doi == null ? null : CitationFields.doi(List.of(doi)));
        reference.setPmid(CitationFields.pmid(get(record, "pmid")));
        reference.setAbstract(get(record, "abstract"));
        String keywords = get(record, "keywords");
        if (keywords != null) {
            for (String keyword : keywords.split(";")) {
                if (!keyword.isBlank()) {
                    reference.getKeywords().add(keyword.strip());
                }
            }
        }
        return reference;
    }

    /**
     * The database a row says it comes from, or null: Scopus writes its record's page (www.scopus.com) in Link and an
     * EID of 2-s2.0-; Embase indexes with Emtree and names itself as the OpenURL source (sid=EMBASE). A table of one's
     * own says nothing, and gets no database (the import's --source gives it).
     */
    static String databaseOf(TaggedRecord record) {
        String link = record.firstIgnoringCase("Link");
        String eid = record.firstIgnoringCase("EID");
        if (link != null && link.contains("www.scopus.com/") || eid != null && eid.strip().startsWith("2-s2.0-")) {
            return "Scopus";
        }
        String openUrl = record.firstIgnoringCase("Open URL Link");
        if (openUrl != null && openUrl.contains("sid=EMBASE") || record.fields().stream().anyMatch(f -> f.tag().startsWith("Emtree "))) {
            return "Embase";
        }
        return null;
    }

    /**
     * The names of an author cell: split at semicolons, at " and ", or at commas, except that "Wright, V C" (a
     * family name and initials) is one name, and "Wright, V C, Smith, J" two; "Group, ASCUS-LSIL Triage Study"
     * and "Smith, John" are one name each.
     */
    static List<String> names(String authors) {
        if (authors.contains(";")) {
            return List.of(authors.split(";"));
        }
        if (authors.contains(" and ")) {
            return List.of(authors.split(" and "));
        }
        String[] parts = authors.split(",");
        boolean pairs = parts.length % 2 == 0;
        for (int i = 1; pairs && i < parts.length; i += 2) {
            pairs = INITIALS.matcher(parts[i].strip()).matches() && !INITIALS.matcher(parts[i - 1].strip()).matches();
        }
        if (!pairs) {
            boolean scopus = java.util.Arrays.stream(parts).allMatch(p -> SCOPUS_NAME.matcher(p.strip()).matches());
            // "Group, ASCUS-LSIL Triage Study" or "Smith, John": one name, family name first
            return parts.length == 2 && !scopus ? List.of(authors) : List.of(parts);
        }
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            names.add(parts[i].strip() + ", " + parts[i + 1].strip());
        }
        return names;
    }

    /** Scopus' and Embase's "Liu R." and "Adler D.G.": a family name, then initials. */
    private static final Pattern SCOPUS_NAME = Pattern.compile(".+\\s(\\p{Lu}\\.?-?)+");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}[.\\-]?\\s*){1,4}");

    private String get(TaggedRecord record, String field) {
        String column = columns.get(field);
        if (column != null) {
            return record.firstIgnoringCase(column);
        }
        // headers as exports write them, whatever their case ("title,year,author" as well as "Title,Year,Authors")
        for (String known : KNOWN.getOrDefault(field, List.of())) {
            String value = record.firstIgnoringCase(known);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Whether a record gives none of the fields a reference is known by (title, authors, year, DOI, PMID): its columns
     * are none Appraise knows, and the import must be mapped with --columns rather than make empty references.
     */
    public boolean mapsNothing(TaggedRecord record) {
        return java.util.stream.Stream.of("title", "authors", "year", "doi", "pmid", "source").allMatch(f -> get(record, f) == null);
    }

    /** Reads "title=Title,authors=Author Names" into a mapping; field names are checked. */
    public static Map<String, String> parseColumns(String spec) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return columns;
        }
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            String field = parts[0].strip().toLowerCase(Locale.ROOT);
            if (parts.length != 2 || KNOWN.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(field))) {
                throw new IllegalArgumentException("'" + pair + "' is not field=Column (fields: " + new java.util.TreeSet<>(KNOWN.keySet()) + ")");
            }
            columns.put(KNOWN.keySet().stream().filter(k -> k.equalsIgnoreCase(field)).findFirst().orElseThrow(), parts[1].strip());
        }
        return columns;
    }
}
