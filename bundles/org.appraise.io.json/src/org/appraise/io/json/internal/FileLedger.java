package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * What a review folder knows of its files since it loaded them: which file each loaded object came from
 * (so that it is written back there and nowhere else), the digest of each file's bytes on disk, the digest
 * of the content the loaded model gives it (a save writes a file only when the model's content for it
 * differs from that), and the files a save must never touch, each with the reason.
 */
public final class FileLedger {

    private final Map<EObject, String> origins = new IdentityHashMap<>();
    private final Map<String, byte[]> onDisk = new HashMap<>();
    private final Map<String, byte[]> asLoaded = new HashMap<>();
    private final Map<String, String> untouchable = new LinkedHashMap<>();
    private final Set<String> owning = new HashSet<>();

    /** Records that an object was read from a file: it is written back to that file. */
    public void loaded(EObject object, String file) {
        origins.put(object, file);
        owning.add(file);
    }

    public Optional<String> originOf(EObject object) {
        return Optional.ofNullable(origins.get(object));
    }

    /** The file the object or its nearest container was read from. */
    public Optional<String> fileOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            String file = origins.get(o);
            if (file != null) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    public void read(String file, byte[] content) {
        onDisk.put(file, FileContent.of(content).digest());
    }

    /** The digest of the file's bytes as read (or last written), or null when it was not read. */
    public byte[] readDigest(String file) {
        return onDisk.get(file);
    }

    public boolean wasRead(String file) {
        return onDisk.containsKey(file);
    }

    /** Whether a file on disk still holds what was read from it (or last written to it), streamed, never held whole. */
    public boolean sameAsRead(String file, Path path) throws IOException {
        byte[] known = onDisk.get(file);
        if (known == null) {
            return false;
        }
        return Arrays.equals(known, FileContent.digestOf(path));
    }

    /** Records the digest of the content the model gives a file right after loading. */
    public void modelGives(String file, byte[] digest) {
        asLoaded.put(file, digest);
    }

    /** Whether there is a content to compare the model's with: the file was loaded (and not left to be split) or written. */
    public boolean hasBaseline(String file) {
        return asLoaded.containsKey(file);
    }

    /** Whether the model's content for the file (its digest) is what it was at load or the last save: nothing to write. */
    public boolean unchanged(String file, byte[] digest) {
        byte[] known = asLoaded.get(file);
        return known != null && Arrays.equals(known, digest);
    }

    /** Records that the file now holds content of this digest. */
    public void written(String file, byte[] digest) {
        onDisk.put(file, digest);
        asLoaded.put(file, digest);
        owning.add(file);
    }

    public void deleted(String file) {
        onDisk.remove(file);
        asLoaded.remove(file);
        owning.remove(file);
    }

    /** Files that held objects when loaded or written: the only ones a save may delete. */
    public Set<String> owningFiles() {
        return Set.copyOf(owning);
    }

    /** A file that must never be written or deleted, and why (the first reason given is kept). */
    public void protect(String file, String reason) {
        untouchable.putIfAbsent(file, reason);
    }

    public Optional<String> protection(String file) {
        return Optional.ofNullable(untouchable.get(file));
    }
}
