package org.appraise.core;

/**
 * Where long work (imports, exports, de-duplication) reports how far it is and learns that the user
 * cancelled it. The UI adapts a progress monitor to it; the CLI prints to stderr.
 */
public interface Progress {

    /** Reports that {@code done} of {@code total} steps are finished, with what is being done now. */
    void worked(String task, int done, int total);

    /** Whether the user asked to stop; work checks it between steps and stops cleanly. */
    boolean cancelled();

    /** Progress that nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void worked(String task, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
