package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One command of the command line in a JVM of its own, run to its end or killed with SIGKILL. */
final class KilledCommand {

    private final Path review;
    private final Path log;
    private final List<String> line = new ArrayList<>();

    KilledCommand(String classPath, Path review, List<String> command) {
        this.review = review;
        this.log = review.resolveSibling(review.getFileName() + ".log");
        line.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", classPath,
                CommandInAnotherProcess.class.getName()));
        command.forEach(a -> line.add(a.replace("{dir}", review.toString())));
    }

    /** Runs to the end, which must be a success; returns the milliseconds it took. */
    long runToEnd() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start();
        process.waitFor(180, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), line + "\n" + Files.readString(log));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Kills the process after the given time; whether it was still running then. */
    boolean killAfter(long milliseconds) throws IOException, InterruptedException {
        Process process = start();
        if (process.waitFor(milliseconds, TimeUnit.MILLISECONDS)) {
            return false;
        }
        process.destroyForcibly().waitFor();
        return true;
    }

    /** Kills the process the moment a temporary file of a save appears in the review (or after the time limit). */
    boolean killAtFirstTemporaryFile(long limit) throws IOException, InterruptedException {
        Process process = start();
        long end = System.nanoTime() + limit * 1_000_000;
        while (process.isAlive() && System.nanoTime() < end) {
            if (!WritesKilledMidwayTest.temporaryFiles(review).isEmpty()) {
                process.destroyForcibly().waitFor();
                return true;
            }
            Thread.onSpinWait();
        }
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
            return true;
        }
        return false;
    }

    private Process start() throws IOException {
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
