package org.appraise.io.json.internal;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content: the bytes go to a
 * temporary file beside the target, are forced to disk, and the temporary file is then moved over the
 * target atomically. On failure the temporary file is removed and the target is untouched.
 */
public final class AtomicFileSink implements FileSink {

    /** A point between writing the temporary file and moving it, where tests inject a failure. */
    @FunctionalInterface
    public interface BeforeMove {
        void run(Path temporary, Path target) throws IOException;
    }

    private final BeforeMove beforeMove;

    public AtomicFileSink() {
        this((temporary, target) -> {
        });
    }

    public AtomicFileSink(BeforeMove beforeMove) {
        this.beforeMove = beforeMove;
    }

    @Override
    public void write(Path target, FileContent content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, temporaryPrefix(target), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(temporary, target);
            beforeMove.run(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * {@code .<file>.<pid>.}: hidden (never loaded, ignored by git through the folder's .gitignore), and naming
     * the process that writes it, so the next open removes it once that process is gone.
     */
    static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    }

    /** Temporary files are private (0600); the file that replaces another keeps its permissions, a new one gets 0644. */
    static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    @Override
    public void delete(Path target) throws IOException {
        Files.deleteIfExists(target);
    }
}
