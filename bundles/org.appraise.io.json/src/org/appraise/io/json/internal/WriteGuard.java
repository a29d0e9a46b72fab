package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which files of a review folder a save (or a restore of unsaved edits) may write or delete: only regular files inside
 * the folder, read when it was opened, not protected (a file that did not load cleanly, shares an id, was saved merged),
 * and, unless merged, still holding what was read.
 */
public final class WriteGuard {

    private final Path root;
    private final Path realRoot;
    private final FileLedger ledger;

    public WriteGuard(Path root, Path realRoot, FileLedger ledger) {
        this.root = root;
        this.realRoot = realRoot;
        this.ledger = ledger;
    }

    /** Why a save may not write or delete this file, or empty when it may. */
    public Optional<String> mayTouch(String name) throws IOException {
        Optional<String> refusal = whateverItHolds(name);
        if (refusal.isEmpty() && changedOnDisk(name)) {
            return Optional.of(name + ": changed on disk since it was read (another program or a sync); reopen the review first");
        }
        return refusal;
    }

    /** Whether a file read from the folder holds something else now. */
    public boolean changedOnDisk(String name) throws IOException {
        Path target = root.resolve(name).normalize();
        return ledger.wasRead(name) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !ledger.sameAsRead(name, target);
    }

    /** Why a save may not write or delete this file, whatever it holds now, or empty when it may. */
    public Optional<String> whateverItHolds(String name) throws IOException {
        Optional<String> protection = ledger.protection(name);
        if (protection.isPresent()) {
            return Optional.of(name + ": " + protection.get());
        }
        Path target = root.resolve(name).normalize();
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!target.startsWith(root) || existing == null || !existing.toRealPath().startsWith(realRoot)
                || existing.equals(target) && Files.isSymbolicLink(target)) {
            return Optional.of(name + ": lies outside the review folder or is a link; Appraise writes only inside the folder");
        }
        if (!existing.equals(target)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(name + ": is not a regular file");
        }
        if (!ledger.wasRead(name)) {
            return Optional.of(name + ": appeared on disk after the review was opened; reopen the review first");
        }
        return Optional.empty();
    }
}
