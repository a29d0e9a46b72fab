package org.appraise.cli.internal;

import java.io.PrintStream;

import org.appraise.core.Progress;

/** Progress on stderr, one line per step; a command is cancelled by interrupting it (Ctrl+C ends the process). */
record StderrProgress(PrintStream err) implements Progress {

    @Override
    public void worked(String task, int done, int total) {
        err.println(total < 0 ? task : "[" + done + "/" + total + "] " + task);
    }

    @Override
    public boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
