package org.appraise.io.json;

/**
 * Something in a review folder that could not be loaded as it stands. The file is named relative to the
 * review folder; the position is a line and column for syntax errors, or a JSON pointer
 * ({@code /extraction/arms/0/label}) for content errors. A file with a problem is never overwritten.
 */
public final class LoadProblem {

    private final String file;
    private final String position;
    private final String message;

    public LoadProblem(String file, String position, String message) {
        this.file = file;
        this.position = position;
        this.message = message;
    }

    public String file() {
        return file;
    }

    public String position() {
        return position;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return file + (position.isEmpty() ? "" : " " + position) + ": " + message;
    }
}
