package org.appraise.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file (an export, a figure) written whole or not at all: into a temporary file beside the target, then moved
 * over it atomically, so an error or a cancellation mid-way leaves the old file (or none) and no litter.
 */
public final class WholeFile {

    /** What is written into the file. */
    public interface Body {
        void write(OutputStream stream) throws IOException;
    }

    private WholeFile() {
    }

    public static void write(Path target, Body body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                body.write(stream);
            }
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
