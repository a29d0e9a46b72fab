package org.appraise.io.json;

import java.io.IOException;
import java.util.List;

/** A save that wrote nothing, because it would have written or deleted files it must not touch. */
public final class SaveRefusedException extends IOException {

    private static final long serialVersionUID = 1L;
    private final List<String> files;

    public SaveRefusedException(List<String> files) {
        super("nothing was saved: " + String.join("; ", files));
        this.files = List.copyOf(files);
    }

    /** Each file the save would have touched, with the reason it may not. */
    public List<String> files() {
        return files;
    }
}
