package org.appraise.io.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a session's edits to a file that changed on disk since it was read, when the two changes touch different
 * things: the file as read (kept beside the copy of unsaved edits), the session's content and the file on disk are
 * merged ({@link JsonMerge}). Refused, naming the file and each conflict, when they touch the same thing, or when the
 * content as read is not known.
 */
public final class DiskMerge {

    /** At most this many conflicts are named; the rest are counted. */
    private static final int NAMED = 5;

    /** The merged content, or why there is none. */
    public record Outcome(byte[] merged, String refusal) {
    }

    private final JsonCodec codec;

    public DiskMerge(JsonCodec codec) {
        this.codec = codec;
    }

    /**
     * @param base the file as it was read, if kept; {@code readDigest} its digest as the folder knows it
     */
    public Outcome merge(String name, Optional<Path> base, byte[] readDigest, FileContent yours, Path onDisk) throws IOException {
        String changed = name + ": changed on disk since it was read (another program, a teammate or a sync)";
        if (base.isEmpty() || readDigest == null) {
            return new Outcome(null, changed + ", and the content as read was not kept to merge with; reopen the review first");
        }
        byte[] before = Files.readAllBytes(base.get());
        if (!Arrays.equals(FileContent.of(before).digest(), readDigest)) {
            return new Outcome(null, changed + ", and the content kept as read is not what was read; reopen the review first");
        }
        JsonNode theirs;
        try {
            theirs = codec.parse(Files.readAllBytes(onDisk));
        } catch (IOException e) {
            return new Outcome(null, changed + ", and it is no longer JSON this version reads (" + e.getMessage().lines().findFirst().orElse("")
                    + "); reopen the review first");
        }
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        yours.writeTo(mine);
        JsonMerge.Outcome outcome = JsonMerge.merge(codec.parse(before), codec.parse(mine.toByteArray()), theirs);
        if (!outcome.conflicts().isEmpty()) {
            List<String> named = outcome.conflicts().stream().limit(NAMED).map(JsonMerge.Conflict::describe).toList();
            int more = outcome.conflicts().size() - named.size();
            return new Outcome(null, changed + ", and both changed " + String.join("; ", named) + (more > 0 ? "; and " + more + " more" : "")
                    + "; nothing was merged");
        }
        return new Outcome(codec.render(outcome.merged()), null);
    }
}
