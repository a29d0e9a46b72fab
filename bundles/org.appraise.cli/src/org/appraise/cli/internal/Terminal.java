package org.appraise.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.appraise.core.Progress;
import org.appraise.io.json.LoadProblem;
import org.appraise.io.json.ReviewFolder;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What every command shares: stdout for results, stderr for messages and progress, and the way a review folder
 * is opened (its load problems said on stderr, PDF reports read as the workbench reads them) into the same
 * headless {@link ReviewSession} as the workbench's, so that every edit a command makes is an EMF command.
 */
public final class Terminal {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final SessionOpened opened;

    /** Told of every session a command opens (tests record its command stack). */
    @FunctionalInterface
    public interface SessionOpened {
        void opened(ReviewSession session);
    }

    public Terminal(PrintStream out, PrintStream err, SessionOpened opened) {
        this.out = out;
        this.err = err;
        this.opened = opened;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Progress progress() {
        return new StderrProgress(err);
    }

    /** Opens a review folder; what did not load is said on stderr, the rest is there. */
    public ReviewSession open(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ReviewFolder.REVIEW_FILE)) && !Files.isDirectory(dir.resolve("studies"))) {
            throw new IOException(dir + " is not a review folder (no review.json)");
        }
        ReviewSession session = ReviewSession.open(dir, progress());
        for (LoadProblem problem : session.folder().problems()) {
            err.println("problem: " + problem);
        }
        opened.opened(session);
        return session;
    }

    /** Opens a review for a command that needs all of it: refused when review.json did not load. */
    public ReviewSession openWhole(Path dir, String verb) throws IOException {
        ReviewSession session = open(dir);
        if (!session.folder().reviewLoaded()) {
            throw new IOException(ReviewFolder.REVIEW_FILE + " did not load (see above): without its outcomes, reviewers and tools there is nothing to "
                    + verb + "; fix it and run again");
        }
        return session;
    }

    /** The exit code of a command that went well, once the folder's load problems are counted as findings. */
    public static int withProblems(int status, ReviewSession session) {
        return status == OK && !session.folder().problems().isEmpty() ? FINDINGS : status;
    }

    /** Indented JSON, keys in the order they were put. */
    public static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void printJson(Object node) {
        try {
            out.println(json().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
