package org.appraise.io.refs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.appraise.core.Progress;
import org.appraise.core.ReviewIds;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;

/**
 * Imports one search-export file as a batch: reads every record it can, maps each to a reference that keeps
 * all its fields, and names the batch (file, format, source database, date, reviewer, record count). The
 * review is not touched until the whole file is read, so a failed import changes nothing.
 */
public final class ReferenceImport {

    /** What an import made, and what it could not take. */
    public record Result(ImportBatch batch, List<Reference> references, List<ImportProblem> problems) {

        /** When no record was read: why, to be said instead of attaching an empty batch; else empty. */
        public java.util.Optional<String> nothingRead() {
            if (!references.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(batch.getFile() + ": no record read as " + batch.getFormat() + " (the file is empty, cut short, or not a "
                    + batch.getFormat() + " export: name another with --format); nothing was imported");
        }
    }

    private final Review review;
    private final Map<String, String> columns;

    public ReferenceImport(Review review) {
        this(review, Map.of());
    }

    /** @param columns for CSV: the review's field names to the file's column names (see {@link CsvReferences}) */
    public ReferenceImport(Review review, Map<String, String> columns) {
        this.review = review;
        this.columns = columns;
    }

    public Result read(Path file, ExportFormat format, String sourceDatabase, Reviewer by, Instant at, Progress progress) throws IOException {
        String name = file.getFileName().toString();
        ReviewIds ids = ReviewIds.of(review);
        ImportBatch batch = AppraiseFactory.eINSTANCE.createImportBatch();
        batch.setId(ids.next("batch-" + name.replaceFirst("\\.[^.]*$", "")));
        batch.setFile(name);
        batch.setFormat(format.name());
        batch.setSourceDatabase(sourceDatabase);
        batch.setImportedAt(at.toString());
        batch.setImportedBy(by);
        List<Reference> references = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        java.util.function.Consumer<TaggedRecord> take = record -> {
            if (progress.cancelled()) {
                throw new CancellationException("import of " + name + " cancelled");
            }
            String id = batch.getId() + "-" + String.format("%05d", references.size() + 1);
            Reference reference = switch (format) {
                case RIS -> RisReferences.toReference(record, id, sourceDatabase);
                case MEDLINE -> MedlineReferences.toReference(record, id, sourceDatabase);
                case WOS -> WosReader.toReference(record, id, sourceDatabase);
                case PUBMED_XML -> XmlReferences.pubmed(record, id, sourceDatabase);
                case ENDNOTE_XML -> XmlReferences.endnote(record, id, sourceDatabase);
                case CSV -> csv(record, id, sourceDatabase, name);
                case BIBTEX -> BibtexReader.toReference(record, id, sourceDatabase);
                case OVID -> OvidReferences.toReference(record, id, sourceDatabase);
            };
            reference.setBatch(batch);
            rejectedIdentifiers(format, record, reference, name, problems);
            references.add(reference);
            if (references.size() % 1000 == 0) {
                progress.worked("Read " + references.size() + " records of " + name, references.size(), -1);
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            switch (format) {
                case RIS -> RisReader.read(TextSource.open(in).reader(), name, take, problems);
                case MEDLINE -> MedlineReader.read(TextSource.open(in).reader(), name, take, problems);
                case WOS -> WosReader.read(TextSource.open(in).reader(), name, take, problems);
                case PUBMED_XML -> XmlRecords.read(in, name, java.util.Set.of("PubmedArticle", "PubmedBookArticle"), take, problems);
                case ENDNOTE_XML -> XmlRecords.read(in, name, java.util.Set.of("record"), take, problems);
                case CSV -> CsvReader.read(() -> TextSource.open(Files.newInputStream(file)).reader(), name, take, problems);
                case BIBTEX -> BibtexReader.read(TextSource.open(in).reader(), name, take, problems);
                case OVID -> OvidReader.read(TextSource.open(in).reader(), name, take, problems);
            }
        }
        batch.setRecordCount(references.size());
        return new Result(batch, references, problems);
    }

    /**
     * A record's own identifier field whose value is no DOI or PMID (a CODEN, an accession number, text) is named: the
     * reference has none, the raw field keeps the value.
     */
    private static void rejectedIdentifiers(ExportFormat format, TaggedRecord record, Reference reference, String file, List<ImportProblem> problems) {
        String[][] tags = switch (format) {
            case RIS -> new String[][] { { "DO", "DI" }, {} };
            case MEDLINE -> new String[][] { {}, { "PMID" } };
            case WOS -> new String[][] { { "DI" }, { "PM" } };
            case BIBTEX -> new String[][] { { "doi" }, { "pmid" } };
            case OVID -> new String[][] { { "DO" }, { "PM" } };
            default -> new String[][] { {}, {} };
        };
        String doi = tags[0].length == 0 ? null : record.first(tags[0]);
        if (doi != null && reference.getDoi() == null) {
            problems.add(new ImportProblem(file, record.line(), "'" + doi + "' in " + tags[0][0] + " is no DOI: the record has none (the field is kept)"));
        }
        String pmid = tags[1].length == 0 ? null : record.first(tags[1]);
        if (pmid != null && reference.getPmid() == null) {
            problems.add(new ImportProblem(file, record.line(), "'" + pmid + "' in " + tags[1][0] + " is no PMID: the record has none (the field is kept)"));
        }
    }

    /** A CSV row as a reference; a first row that maps to no known field refuses the file, naming its columns. */
    private Reference csv(TaggedRecord record, String id, String sourceDatabase, String name) {
        CsvReferences mapping = new CsvReferences(columns);
        if (id.endsWith("-00001") && mapping.mapsNothing(record)) {
            throw new UnmappedColumns(name + ": none of its columns is one Appraise knows for a title, authors, year, DOI or PMID (columns: "
                    + String.join(", ", record.fields().stream().map(TaggedRecord.Field::tag).toList())
                    + "); map them with --columns title=COLUMN,authors=COLUMN,year=COLUMN,...: nothing was imported");
        }
        return mapping.toReference(record, id, sourceDatabase);
    }

    /** A CSV file whose columns map to nothing: refused whole, before any empty reference is made. */
    public static final class UnmappedColumns extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UnmappedColumns(String message) {
            super(message);
        }
    }
}
