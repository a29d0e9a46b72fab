package org.appraise.cli.internal;

/** A command line that does not say what it means; reported with the usage and exit code 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
