package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Path;

/** Where a review folder's files are written; the standard one is {@link AtomicFileSink}. */
public interface FileSink {

    void write(Path target, byte[] content) throws IOException;

    void delete(Path target) throws IOException;
}
