package org.appraise.io.refs;

/** Something in an imported file that could not be taken as it is: the file, the line, and why. */
public record ImportProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
