package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Path;

/** Where a review folder's files are written; the standard one is {@link AtomicFileSink}. */
public interface FileSink {

    void write(Path target, FileContent content) throws IOException;

    default void write(Path target, byte[] content) throws IOException {
        write(target, FileContent.of(content));
    }

    void delete(Path target) throws IOException;
}
