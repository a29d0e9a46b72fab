package org.appraise.cli.internal.screening;

import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.FigureFiles;
import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.core.screening.PrismaCounts;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.PrismaDiagram;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise prisma}: the PRISMA 2020 counts from the records and decisions, their invariants checked, and the flow diagram. */
@Command(name = "prisma", description = { "The PRISMA 2020 counts computed from the records and decisions, their invariants checked,",
        "and the flow diagram (SVG, PNG at 600 dpi unless --dpi says otherwise, PDF). Exit code 1 when an invariant fails." })
public final class PrismaCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--json", description = "Print the counts and findings as JSON.")
    private boolean json;

    @Mixin
    private FigureFiles files;

    @Override
    public Integer call() throws Exception {
        files.dpi();
        ReviewSession session = terminal.openWhole("count");
        PrismaCounts counts = PrismaCounts.of(session.folder().review());
        ObjectNode root = PrismaCountsOutput.json(counts);
        ArrayNode findings = root.putArray("findings");
        for (PrismaCounts.Finding finding : counts.findings()) {
            ObjectNode node = findings.addObject();
            node.put("severity", finding.error() ? "error" : "warning");
            node.put("message", finding.message());
            List<String> named = finding.references();
            named.forEach(node.putArray("records")::add);
            terminal.err().println((finding.error() ? "error: " : "warning: ") + finding.message() + ": "
                    + String.join(", ", named.subList(0, Math.min(10, named.size())))
                    + (named.size() > 10 ? " and " + (named.size() - 10) + " more (--json lists them all)" : ""));
        }
        if (json) {
            terminal.printJson(root);
        } else if (files.chosen().isEmpty()) {
            PrismaCountsOutput.print(counts, terminal.out());
        }
        if (!files.chosen().isEmpty()) {
            FigureFont font = new FigureFont();
            files.write(new PrismaDiagram(font).draw(counts), font, terminal.err());
        }
        int status = counts.findings().stream().anyMatch(PrismaCounts.Finding::error) ? Terminal.FINDINGS : Terminal.OK;
        return Terminal.withProblems(status, session);
    }
}
