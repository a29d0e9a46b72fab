package org.appraise.cli.internal.screening;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.screening.RemovalBeforeScreening;
import org.appraise.core.screening.ScreeningEdits;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise screening}: the screening's figures ({@code --stats}), or records removed before screening
 * ({@code --remove}), all or none, as one command. Screening itself is done in the workbench.
 */
@Command(name = "screening", description = { "--stats: decisions per stage, open conflicts, resolutions, and agreement (percent and Cohen's kappa) per pair of reviewers.",
        "--method single|dual: how many reviewers decide each record before it counts.",
        "--remove: records removed before screening (PRISMA 2020: marked ineligible by an automation tool, or removed for other reasons);",
        "they stay in the review and count as identified. All or none: an unknown, duplicate or already screened record refuses the removal.",
        "Screening itself is done in the workbench." })
public final class ScreeningCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    @Option(names = "--json", description = "With --stats: print them as JSON.")
    private boolean json;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --remove: the automation tool, or why the records are removed (required).")
    private String reason;

    @Option(names = "--automation", description = "With --remove: an automation tool marked them ineligible.")
    private boolean automation;

    /** One of the two things the command does. */
    static final class What {
        @Option(names = "--stats", required = true, description = "Print the screening's figures.")
        boolean stats;

        @Option(names = "--remove", paramLabel = "ID,ID...", split = ",", required = true, description = "Remove these records before screening.")
        List<String> ids;

        @Option(names = "--remove-file", paramLabel = "FILE", required = true, description = "Remove the records listed in FILE (one id per line, # comments).")
        Path idFile;

        @Option(names = "--method", paramLabel = "single|dual", required = true, description = {
                "How many reviewers decide each record before it counts: dual (two, independently; the standard) or single (one: a rapid review,",
                "or a team sharing the records out). Saved; every decision is read again by the new rule." })
        String method;
    }

    @Override
    public Integer call() throws Exception {
        if (what.stats) {
            ReviewSession session = terminal.open();
            return new ScreeningFigures(terminal.plain()).print(session.folder().review(), json);
        }
        if (what.method != null) {
            return method(what.method);
        }
        List<String> ids = new ArrayList<>(what.ids == null ? List.of() : what.ids);
        if (what.idFile != null) {
            ids.addAll(Files.readAllLines(what.idFile, StandardCharsets.UTF_8));
        }
        if (reason == null) {
            throw new UsageException("--remove needs --reason TEXT (the automation tool, or why the records are removed before screening)");
        }
        ReviewSession session = terminal.open();
        List<String> chosen = ids.stream().map(String::strip).filter(id -> !id.isEmpty() && !id.startsWith("#")).toList();
        RemovalBeforeScreening.Plan plan = new RemovalBeforeScreening(session.domain(), session.folder().review()).plan(chosen, reason, automation);
        if (plan.refusedAny()) {
            plan.refused().forEach(r -> terminal.err().println("refused: " + r));
            terminal.err().println("Nothing changed: " + plan.refused().size() + " of " + chosen.size() + " record(s) cannot be removed before screening");
            return Terminal.FINDINGS;
        }
        session.domain().getCommandStack().execute(plan.command());
        session.save();
        terminal.err().println("Removed " + plan.removing().size() + " record(s) before screening ("
                + (automation ? "marked ineligible by automation: " : "other reasons: ") + reason + ")");
        return Terminal.OK;
    }

    private int method(String name) throws java.io.IOException {
        if (!name.equals("single") && !name.equals("dual")) {
            throw new UsageException("--method is single or dual, not '" + name + "'");
        }
        ReviewSession session = terminal.open();
        boolean single = name.equals("single");
        if (session.folder().review().isSingleScreening() == single) {
            terminal.err().println("Screening is " + ScreeningFigures.method(session.folder().review()) + " already; nothing changed");
            return Terminal.OK;
        }
        session.domain().getCommandStack().execute(new ScreeningEdits(session.domain(), session.folder().review()).method(single));
        session.save();
        terminal.err().println("Screening is now " + ScreeningFigures.method(session.folder().review()) + "; saved");
        return Terminal.OK;
    }
}
