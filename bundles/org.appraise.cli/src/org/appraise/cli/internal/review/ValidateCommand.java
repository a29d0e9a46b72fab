package org.appraise.cli.internal.review;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.model.Report;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code appraise validate}: the review's checks, and every report read once. */
@Command(name = "validate", description = { "Check the review: files that do not load, impossible numbers, quotes that no longer match their report, broken links.",
        "Exit code 1 when anything is found." })
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : session.checks().getChildren()) {
            boolean error = d.getSeverity() == Diagnostic.ERROR;
            terminal.out().println((error ? "error: " : "warning: ") + d.getMessage());
            if (error) {
                errors++;
            } else {
                warnings++;
            }
        }
        for (Study study : session.folder().review().getStudies()) {
            for (Report report : study.getReports()) {
                try {
                    session.folder().readReport(report);
                } catch (IOException | IllegalArgumentException e) {
                    terminal.out().println("error: Study " + study.getId() + " / Report " + report.getId() + ": " + e.getMessage());
                    errors++;
                }
            }
        }
        int problems = session.folder().problems().size();
        errors += problems;
        terminal.err().println(problems + " file problem(s), " + errors + " error(s), " + warnings + " warning(s)");
        return errors + warnings == 0 ? Terminal.OK : Terminal.FINDINGS;
    }
}
