package org.appraise.io.json.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        onDisk.put(file, digest(content));
    }

    public boolean wasRead(String file) {
        return onDisk.containsKey(file);
    }

    /** Whether these bytes are what was read from (or last written to) the file. */
    public boolean sameAsRead(String file, byte[] content) {
        byte[] known = onDisk.get(file);
        return known != null && Arrays.equals(known, digest(content));
    }

    /** Records the content the model gives a file right after loading (or after a save wrote it). */
    public void modelGives(String file, byte[] content) {
        asLoaded.put(file, digest(content));
    }

    /** Whether the model's content for the file is what it was at load (or the last save): nothing to write. */
    public boolean unchanged(String file, byte[] content) {
        byte[] known = asLoaded.get(file);
        return known != null && Arrays.equals(known, digest(content));
    }

    public void written(String file, byte[] content) {
        byte[] digest = digest(content);
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

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
