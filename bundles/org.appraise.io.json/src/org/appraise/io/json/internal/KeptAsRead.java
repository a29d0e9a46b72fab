package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The files as they were read, kept beside a copy of unsaved edits ({@code as-read/}), so that a save refused because a
 * file changed on disk can merge the two changes ({@link DiskMerge}): carried from the keeper's last copy, else taken
 * from the folder while it still holds what was read (never anything else).
 */
public final class KeptAsRead {

    private static final String FOLDER = "as-read";

    private KeptAsRead() {
    }

    /** Where a copy keeps a file as read, never outside the copy whatever the file's name says. */
    public static Path place(Path copy, String file) {
        Path folder = copy.resolve(FOLDER);
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException(file + ": not a file of the review folder");
        }
        return path;
    }

    /**
     * Keeps a file as read (its digest {@code base}) in a new copy: linked to the last copy's when it has it (that copy is
     * removed next), else copied from the folder if the folder's file is still what was read.
     */
    public static void keep(Path copy, String file, String base, Optional<Path> lastKept, Path root) throws IOException {
        Path target = place(copy, file);
        if (lastKept.isPresent()) {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, lastKept.get());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(lastKept.get(), target);
            }
            return;
        }
        Path inFolder = root.resolve(file).normalize();
        if (Files.isRegularFile(inFolder, LinkOption.NOFOLLOW_LINKS) && HexFormat.of().formatHex(FileContent.digestOf(inFolder)).equals(base)) {
            Files.createDirectories(target.getParent());
            Files.copy(inFolder, target); // copied, never linked: another program may write the folder's file in place
        }
    }
}
