package org.appraise.cli.internal.screening;

import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.screening.ImportEdits;
import org.appraise.core.screening.SearchSources;
import org.appraise.model.ImportBatch;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise sources}: where each import's records were found, as PRISMA counts them, and naming it afterwards. */
@picocli.CommandLine.Command(name = "sources", description = {
        "Where each import's records were found (database, register or other method), as the PRISMA 2020 diagram counts them.",
        "--batch with --source names it afterwards (one command, saved); --clear leaves each record's own." })
public final class SourcesCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--batch", paramLabel = "ID", description = "The import to name (an id the listing shows).")
    private String batchId;

    @Option(names = "--source", paramLabel = "NAME", description = "Its database, register or other method: Embase, ClinicalTrials.gov, "
            + "\"citation searching\", other:NAME.")
    private String source;

    @Option(names = "--clear", description = "Name none for the import: each record's own source counts.")
    private boolean clear;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Review review = session.folder().review();
        if (batchId != null || source != null || clear) {
            if (batchId == null || (source == null) == !clear) {
                throw new UsageException("name an import with --batch ID and either --source NAME or --clear");
            }
            if (source != null && source.isBlank()) {
                throw new UsageException("--source is empty: give the database's name, or --clear");
            }
            ImportBatch batch = review.getImportBatches().stream().filter(b -> batchId.equals(b.getId())).findFirst()
                    .orElseThrow(() -> new UsageException("no import batch '" + batchId + "' in the review"));
            Command change = new ImportEdits(session.domain(), review).source(batch, clear ? null : source);
            if (change == IdentityCommand.INSTANCE) {
                terminal.err().println("Import " + batch.getId() + " already has this source; nothing changed");
            } else {
                session.domain().getCommandStack().execute(change);
                session.save();
                terminal.err().println(change.getLabel() + "; saved");
            }
        }
        int unnamed = 0;
        for (SearchSources.Import line : SearchSources.of(review)) {
            terminal.out().println(line.batch().getId() + "  " + line.batch().getFile() + "  " + line.records() + " record(s)  source: "
                    + (line.named() == null ? "none named" : line.named()) + "  counted as: " + line.countedAs());
            unnamed += line.unnamed() ? 1 : 0;
        }
        if (unnamed > 0) {
            terminal.err().println(unnamed + " import(s) have records counted under no source: name each with --batch ID --source NAME");
        }
        return Terminal.OK;
    }
}
