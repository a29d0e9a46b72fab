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

    @Override
    public Integer call() throws IOException {
        ReviewSession session = terminal.openWhole("add a study to");
        Command add;
        try {
            add = new StudyFromPaper(session).add(paper, label == null ? StudyFromPaper.suggestedLabel(paper) : label);
        } catch (IllegalArgumentException e) {
            terminal.err().println("refused: " + e.getMessage());
            return Terminal.FINDINGS;
        }
        session.domain().getCommandStack().execute(add);
        session.save();
        org.appraise.model.Study study = (org.appraise.model.Study) add.getAffectedObjects().iterator().next();
        terminal.out().println(study.getId());
        terminal.err().println("Added study " + study.getId() + " (" + study.getLabel() + ") with report " + study.getReports().get(0).getFile()
                + "; saved. Next: appraise propose " + terminal.folder() + " --study " + study.getId());
        return Terminal.OK;
    }
}
