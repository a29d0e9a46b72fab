package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MonitorProgress;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;

/**
 * File > Import References...: search exports (RIS, MEDLINE, Web of Science, PubMed XML, EndNote XML, BibTeX,
 * CSV; the format read from the content) become import batches of the open review, each file with the
 * source the reviewer names. Files are read in the background with a progress dialog that can cancel;
 * each file is added whole, as one command (Edit > Undo), or not at all, and every record a file could not
 * give is listed with its file, line and reason. Stateless.
 */
public final class ImportReferencesHandler {

    /** What an import did: the batches added, the records, and the problems met. */
    public record Outcome(List<String> batches, int records, List<ImportProblem> problems, List<String> refused, boolean cancelled,
            List<String> warnings) {
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review) {
        if (review == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import References");
        dialog.setFilterExtensions(new String[] { "*.ris;*.nbib;*.txt;*.xml;*.bib;*.ciw;*.csv;*.tsv", "*" });
        dialog.setFilterNames(new String[] { "Search exports (RIS, MEDLINE, WoS, PubMed/EndNote XML, BibTeX, CSV)", "All files" });
        if (dialog.open() == null) {
            return;
        }
        Map<Path, String> sources = new LinkedHashMap<>();
        for (String name : dialog.getFileNames()) {
            Path file = Path.of(dialog.getFilterPath(), name);
            InputDialog source = new InputDialog(shell, "Import References", "Which database or source is " + name + " from?\n"
                    + "(e.g. PubMed, Embase, ClinicalTrials.gov for a register, or \"citation searching\" for other methods)", guess(name), null);
            if (source.open() != Window.OK) {
                return;
            }
            sources.put(file, source.getValue().strip().isEmpty() ? null : source.getValue().strip());
        }
        Outcome outcome = importFiles(shell, review, sources);
        StringBuilder message = new StringBuilder(outcome.records() + " record(s) imported as " + outcome.batches().size() + " batch(es)"
                + (outcome.batches().isEmpty() ? "" : ": " + String.join(", ", outcome.batches())) + ".");
        if (outcome.cancelled()) {
            message.append("\nCancelled: the files after the last one imported were not read.");
        }
        outcome.refused().forEach(r -> message.append("\n").append(r));
        outcome.warnings().forEach(w -> message.append("\n").append(w));
        if (!outcome.problems().isEmpty()) {
            message.append("\n\n").append(outcome.problems().size()).append(" problem(s); every valid record was imported:");
            outcome.problems().stream().limit(15).forEach(p -> message.append("\n").append(p));
        }
        MessageDialog.openInformation(shell, "Appraise", message.toString());
    }

    /** A source name from the file's name ("pubmed-2021-06.ris" gives PubMed), or nothing. */
    private static String guess(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String[] known : new String[][] { { "pubmed", "PubMed" }, { "medline", "MEDLINE" }, { "embase", "Embase" }, { "scopus", "Scopus" },
                { "wos", "Web of Science" }, { "cinahl", "CINAHL" }, { "cochrane", "CENTRAL" }, { "central", "CENTRAL" }, { "psycinfo", "PsycINFO" },
                { "clinicaltrials", "ClinicalTrials.gov" }, { "ictrp", "ICTRP" } }) {
            if (lower.contains(known[0])) {
                return known[1];
            }
        }
        return "";
    }

    /**
     * Reads each file in the background (progress and Cancel) and adds it to the review as one command on the
     * UI thread, in turn, so that batch ids stay unique.
     */
    public static Outcome importFiles(Shell shell, ReviewSession review, Map<Path, String> sources) {
        List<String> batches = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int[] records = { 0 };
        boolean cancelled = false;
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                monitor.beginTask("Importing " + sources.size() + " file(s)", IProgressMonitor.UNKNOWN);
                for (Map.Entry<Path, String> entry : sources.entrySet()) {
                    Path file = entry.getKey();
                    if (monitor.isCanceled()) {
                        throw new InterruptedException();
                    }
                    ExportFormat format;
                    try (InputStream in = Files.newInputStream(file)) {
                        format = ExportFormat.detect(in).orElse(null);
                    } catch (IOException e) {
                        refused.add(file + ": cannot be read (" + e.getMessage() + ")");
                        continue;
                    }
                    if (format == null) {
                        refused.add(file + ": not a format Appraise reads (RIS, MEDLINE, Web of Science, PubMed XML, EndNote XML, BibTeX, CSV)");
                        continue;
                    }
                    monitor.subTask(file.getFileName() + " (" + format + ")");
                    try {
                        // the batch names who imported it: the reviewer working (the review's git user), when known
                        ReferenceImport.Result result = new ReferenceImport(review.folder().review()).read(file, format, entry.getValue(),
                                review.me().orElse(null), Instant.now(), MonitorProgress.steps(monitor));
                        if (result.nothingRead().isPresent()) {
                            refused.add(result.nothingRead().get());
                            problems.addAll(result.problems());
                            continue;
                        }
                        shell.getDisplay().syncExec(() -> {
                            org.appraise.core.screening.ImportEdits edits = new org.appraise.core.screening.ImportEdits(review.domain(),
                                    review.folder().review());
                            edits.importedBefore(file.getFileName().toString(), result.references().size()).ifPresent(b -> warnings.add(
                                    file.getFileName() + " was imported before as batch " + b.getId() + ", with the same " + result.references().size()
                                            + " record(s): if it is the same export, Edit > Undo takes this import back; kept, de-duplication will mark its records."));
                            review.domain().getCommandStack().execute(edits.attach(result.batch(), result.references(), file.getFileName().toString()));
                        });
                        batches.add(result.batch().getId());
                        records[0] += result.references().size();
                        problems.addAll(result.problems());
                    } catch (IOException e) {
                        refused.add(file + ": " + e.getMessage());
                    } catch (ReferenceImport.UnmappedColumns e) {
                        refused.add(e.getMessage());
                    } catch (CancellationException e) {
                        throw new InterruptedException();
                    }
                }
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            refused.add("The import failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            cancelled = true;
        }
        return new Outcome(batches, records[0], problems, refused, cancelled, warnings);
    }
}
