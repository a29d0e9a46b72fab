package org.appraise.cli.internal.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.screening.ImportEdits;
import org.appraise.io.refs.CsvReferences;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appraise import}: a search export added as an import batch of references, with the same edit rule and
 * command as the workbench's File > Import References. A file imported before is said, and imported all the same.
 */
@Command(name = "import", description = { "Add a search export to the review as an import batch of references.",
        "The format is detected from the content when not given; records that cannot be read are named with their line." })
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Parameters(index = "1", paramLabel = "<file>", description = "The export (RIS, MEDLINE, Web of Science, PubMed XML, EndNote XML, CSV, BibTeX).")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ris, medline, wos, pubmed_xml, endnote_xml, csv, bibtex or ovid (tagged or full display).")
    private String format;

    @Option(names = "--source", paramLabel = "NAME", description = "The database or register searched (PRISMA counts records per source).")
    private String source;

    @Option(names = "--reviewer", paramLabel = "ID", description = "Who imported it.")
    private String reviewer;

    @Option(names = "--columns", paramLabel = "FIELD=Header,...", description = "For CSV: which column holds which field, e.g. title=Title,authors=Author Names.")
    private String columns;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Review review = session.folder().review();
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        ExportFormat chosen = format();
        Reviewer by = reviewer == null ? null : review.getReviewers().stream().filter(r -> reviewer.equals(r.getId())).findFirst()
                .orElseThrow(() -> new UsageException("no reviewer '" + reviewer + "' in the review"));
        Map<String, String> columnMap;
        try {
            columnMap = CsvReferences.parseColumns(columns);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--columns: " + e.getMessage());
        }
        ReferenceImport.Result result;
        try {
            result = new ReferenceImport(review, columnMap).read(file, chosen, source, by, Instant.now(), terminal.progress());
        } catch (ReferenceImport.UnmappedColumns e) {
            throw new UsageException(e.getMessage());
        }
        String name = file.getFileName().toString();
        if (result.nothingRead().isPresent()) {
            result.problems().forEach(p -> terminal.err().println("problem: " + p));
            terminal.err().println(result.nothingRead().get());
            return Terminal.FINDINGS;
        }
        ImportEdits edits = new ImportEdits(session.domain(), review);
        int records = result.references().size();
        edits.importedBefore(name, records).ifPresent(b -> terminal.err().println("warning: " + name + " was imported before as batch " + b.getId()
                + ", with the same " + records + " record(s): if it is the same export, restore the review from git to take it back;"
                + " kept, de-duplication will mark its records."));
        session.domain().getCommandStack().execute(edits.attach(result.batch(), result.references(), name));
        for (ImportProblem problem : result.problems()) {
            terminal.err().println("problem: " + problem);
        }
        session.save();
        terminal.err().println("Imported " + records + " " + chosen + " record(s) from " + name + " as batch " + result.batch().getId());
        // where PRISMA will count them, so that a file that names no database is named now rather than found in the diagram
        org.appraise.core.screening.SearchSources.of(review).stream().filter(i -> i.batch() == result.batch()).findFirst()
                .ifPresent(i -> terminal.err().println("PRISMA counts them as: " + i.countedAs() + (i.unnamed()
                        ? "; name their source with: appraise sources " + terminal.folder() + " --batch " + result.batch().getId() + " --source NAME" : "")));
        // a repeated file is said, not a finding
        return result.problems().isEmpty() ? Terminal.withProblems(Terminal.OK, session) : Terminal.FINDINGS;
    }

    private ExportFormat format() throws IOException {
        if (format != null) {
            return ExportFormat.named(format).orElseThrow(() -> new UsageException("--format is one of " + Arrays.toString(ExportFormat.values())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ExportFormat.detect(in).orElseThrow(() -> new UsageException(file
                    + ": not a format Appraise reads yet (RIS, MEDLINE, Web of Science, PubMed XML, EndNote XML, CSV, BibTeX); name one with --format if it is"));
        }
    }
}
