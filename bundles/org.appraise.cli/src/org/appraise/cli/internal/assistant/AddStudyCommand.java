package org.appraise.cli.internal.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.session.ReviewSession;
import org.appraise.session.StudyFromPaper;
import org.eclipse.emf.common.command.Command;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraise add-study}: the command-line twin of File > New Study from Paper. */
@picocli.CommandLine.Command(name = "add-study", description = { "Add a study from its paper (PDF with a text layer, or UTF-8 text):",
        "the paper is copied into reports/ (a different file of the same name is refused) and the study and its report are saved." })
public final class AddStudyCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Parameters(index = "1", paramLabel = "<paper>", description = "The paper: a .pdf with a text layer or a .txt file.")
    private Path paper;

    @Option(names = "--label", paramLabel = "L", description = "The study's label, e.g. \"Li 2022\" (default: the file's name).")
    private String label;

    @Option(names = "--record", paramLabel = "ID", description = {"A search record the study was found in (repeatable): links screening to the study,",
            "so that PRISMA's included studies have records behind them; the label then defaults to its first author and year."})
    private java.util.List<String> records = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ReviewSession session = terminal.openWhole("add a study to");
        Command add;
        try {
            java.util.List<org.appraise.model.Reference> found = new java.util.ArrayList<>();
            for (String id : records) {
                found.add(session.folder().review().getReferences().stream().filter(r -> id.equals(r.getId())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no record " + id + " in the review")));
            }
            String named = label != null ? label
                    : found.stream().map(org.appraise.core.screening.StudyRecords::labelOf).flatMap(java.util.Optional::stream).findFirst()
                            .orElse(StudyFromPaper.suggestedLabel(paper));
            add = new StudyFromPaper(session).add(paper, named, found);
        } catch (IllegalArgumentException e) {
            terminal.err().println("refused: " + e.getMessage());
            return Terminal.FINDINGS;
        }
        session.domain().getCommandStack().execute(add);
        session.save();
        java.util.List<org.appraise.model.Study> studies = session.folder().review().getStudies();
        org.appraise.model.Study study = studies.get(studies.size() - 1); // added last
        terminal.out().println(study.getId());
        terminal.err().println("Added study " + study.getId() + " (" + study.getLabel() + ") with report " + study.getReports().get(0).getFile()
                + "; saved. Next: appraise propose " + terminal.folder() + " --study " + study.getId());
        return Terminal.OK;
    }
}
