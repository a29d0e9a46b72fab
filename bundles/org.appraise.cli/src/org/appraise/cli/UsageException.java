package org.appraise.cli;

/** A command line that does not say what it means; reported with the usage and exit code 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
