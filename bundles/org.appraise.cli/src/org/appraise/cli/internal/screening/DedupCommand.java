package org.appraise.cli.internal.screening;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.core.dedup.Deduplication;
import org.appraise.core.dedup.DuplicateEdits;
import org.appraise.model.Reference;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise dedup}: duplicate groups among the records not yet marked; with {@code --apply}, marked as one command. */
@Command(name = "dedup", description = { "Find duplicate records: exact DOI/PMID, then fuzzy title, authors, year, journal, volume and pages.",
        "Pairs that may be one work but differ (same title in two journals, a notice on the article's page) are listed to check, never marked.",
        "Nothing is deleted: a duplicate is marked, stays in the review, and counts in PRISMA's 'duplicates removed'." })
public final class DedupCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--apply", description = "Mark the duplicates found (without it, nothing changes).")
    private boolean apply;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        List<Reference> open = session.folder().review().getReferences().stream().filter(r -> r.getDuplicateOf() == null).toList();
        Deduplication.Finding finding = new Deduplication().search(open, terminal.progress());
        PrintStream out = terminal.out();
        int duplicates = 0;
        for (Deduplication.Group group : finding.groups()) {
            out.println("keep " + group.kept().getId() + ": " + abbreviate(group.kept().getTitle()));
            for (Reference duplicate : group.duplicates()) {
                duplicates++;
                out.printf(Locale.ROOT, "  duplicate %s (score %.3f, %s): %s%n", duplicate.getId(), group.scores().getOrDefault(duplicate, 1.0),
                        source(duplicate), group.reasons().get(duplicate));
            }
        }
        for (Deduplication.Check check : finding.toCheck()) {
            out.printf(Locale.ROOT, "check %s and %s (score %.3f): %s%n", check.first().getId(), check.second().getId(), check.score(),
                    check.reason().replaceFirst("^check: ", ""));
        }
        terminal.err().println(finding.groups().size() + " group(s), " + duplicates + " duplicate record(s) among " + open.size() + " unmarked record(s)"
                + (finding.toCheck().isEmpty() ? "" : "; " + finding.toCheck().size() + " pair(s) to check in the Duplicates view (never marked here)")
                + (apply ? "" : "; nothing changed (--apply marks them)"));
        if (apply && duplicates > 0) {
            Map<Reference, List<Reference>> groups = new LinkedHashMap<>();
            finding.groups().forEach(group -> groups.put(group.kept(), group.duplicates()));
            session.domain().getCommandStack().execute(new DuplicateEdits(session.domain()).markAll(groups, "Mark duplicates"));
            session.save();
            terminal.err().println("Marked " + duplicates + " duplicate(s); nothing was deleted");
        }
        return Terminal.OK;
    }

    /** Where a record came from, as the listing shows it. */
    private static String source(Reference reference) {
        if (reference.getBatch() != null && reference.getBatch().getSourceDatabase() != null) {
            return reference.getBatch().getSourceDatabase();
        }
        return reference.getSourceDatabase() == null ? "source not recorded" : reference.getSourceDatabase();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no title)";
        }
        return text.length() > 100 ? text.substring(0, 100) + "\u2026" : text;
    }
}
