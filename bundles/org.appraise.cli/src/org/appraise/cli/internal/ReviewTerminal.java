package org.appraise.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.appraise.core.Progress;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Parameters;

/**
 * The terminal of a command that works on one review: the {@code <review-dir>} it starts with (a picocli mixin,
 * declared once for every such command) and the {@link Terminal} it opens that review and speaks on. Made by the
 * command line's factory, which hands it the terminal of the run.
 */
public final class ReviewTerminal {

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "<review-dir>", description = "The review folder.")
    private Path folder;

    public ReviewTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The review folder named on the command line. */
    public Path folder() {
        return folder;
    }

    /** Opens the review; what did not load is said on stderr, the rest is there. */
    public ReviewSession open() throws IOException {
        return terminal.open(folder);
    }

    /** Opens the review for a command that needs all of it: refused when review.json did not load. */
    public ReviewSession openWhole(String verb) throws IOException {
        return terminal.openWhole(folder, verb);
    }

    public PrintStream out() {
        return terminal.out();
    }

    public PrintStream err() {
        return terminal.err();
    }

    public Progress progress() {
        return terminal.progress();
    }

    public void printJson(Object node) {
        terminal.printJson(node);
    }

    /** The plain terminal, for what a command hands its output to. */
    public Terminal plain() {
        return terminal;
    }
}
