package org.appraise.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.appraise.cli.Cli;

/** The command line run as a reviewer's script runs it, with what it printed on stdout and stderr kept to be read back. */
final class PrintedRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command line; what it prints is added to what earlier runs printed. */
    int run(String... args) {
        return cli().run(List.of(args));
    }

    /** Runs the command line as the launcher does, an unexpected failure included. */
    int runGuarded(String... args) {
        return cli().runGuarded(Arrays.asList(args)); // an argument may be null here
    }

    /** Runs the command line with nothing printed before. */
    int fresh(String... args) {
        clearOut();
        clearErr();
        return run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void clearOut() {
        out.reset();
    }

    void clearErr() {
        err.reset();
    }

    private Cli cli() {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
