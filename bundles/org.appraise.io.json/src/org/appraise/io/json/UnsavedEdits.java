package org.appraise.io.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.appraise.io.json.internal.AtomicFileSink;
import org.appraise.io.json.internal.FileContent;
import org.appraise.io.json.internal.FileSink;
import org.appraise.io.json.internal.FolderLayout;
import org.appraise.io.json.internal.KeptAsRead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A copy of the edits made to a review and not yet saved: the files a save would write, whole, and the files it would
 * delete, each with the digest the folder's file had when it was read. The workbench keeps it current while a review
 * has unsaved changes, outside the review folder (in the user's state folder, so neither git nor a shared drive sees
 * it), so that a crash, a killed process or a power cut loses at most the last seconds of work; the next opening of
 * the folder offers it back. A copy is a new sub-folder whose list of files is written last, so a copy cut short is
 * no copy and the one before it stands.
 * <p>
 * Each session keeps its copies under its own name (its keeper: the process id and a random part), so two workbenches
 * open on one folder never replace or drop each other's copy, and a copy is offered back only when the session that
 * kept it has ended: its process is gone, or is a later process that reuses the id (after a power cut), or is this one.
 */
public final class UnsavedEdits {

    /** One file of the copy: written with the copy's content, or deleted; base is the digest of the file as read (null: none was). */
    public record Change(String file, String base, boolean delete) {
    }

    private static final String LIST = "unsaved.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path copy;
    private final Instant taken;
    private final List<Change> changes;

    private UnsavedEdits(Path copy, Instant taken, List<Change> changes) {
        this.copy = copy;
        this.taken = taken;
        this.changes = changes;
    }

    /**
     * Where the copy of a review folder's unsaved edits is kept: the system property {@code appraise.recovery}, else
     * XDG's state folder ({@code ~/.local/state/appraise/unsaved}), then a name made from the folder's real path.
     */
    public static Path placeFor(Path root) throws IOException {
        String property = System.getProperty("appraise.recovery");
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = property != null && !property.isBlank() ? Path.of(property)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "appraise", "unsaved") : Path.of(System.getProperty("user.home"), ".local", "state", "appraise", "unsaved");
        String real = root.toRealPath().toString();
        MessageDigest sha = FileContent.sha256();
        String name = HexFormat.of().formatHex(sha.digest(real.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        return base.resolve(name);
    }

    /** A new keeper's name for a session: copies it keeps carry it, so that no other session takes them for its own. */
    public static String newKeeper() {
        return ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(new java.security.SecureRandom().nextInt()).array());
    }

    /**
     * The newest whole copy kept at this place by a session that has ended (never the keeper's own, never one of a
     * workbench still running), if any.
     */
    public static Optional<UnsavedEdits> at(Path place, String keeper) throws IOException {
        List<Path> copies = new ArrayList<>(copies(place).stream().filter(c -> !keeperOf(c).equals(keeper) && !keptByARunningProcess(c)).toList());
        java.util.Collections.reverse(copies);
        for (Path copy : copies) {
            Path list = copy.resolve(LIST);
            if (Files.isRegularFile(list)) {
                try {
                    return Optional.of(read(copy, JSON.readTree(list.toFile())));
                } catch (IOException | RuntimeException e) {
                    // a list that cannot be read is no copy: the one before it stands
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The files that workbenches still running on the folder (other processes) hold unsaved edits to, each with the
     * process that holds them: a save from elsewhere must not write them, or that workbench's own save is refused
     * and its edits are stranded.
     */
    public static java.util.Map<String, Long> heldByRunning(Path place) throws IOException {
        java.util.Map<String, Long> held = new java.util.TreeMap<>();
        for (Path copy : copies(place)) {
            Path list = copy.resolve(LIST);
            if (keptByARunningProcess(copy) && Files.isRegularFile(list)) {
                try {
                    long pid = Long.parseLong(copy.getFileName().toString().split("-")[1]);
                    read(copy, JSON.readTree(list.toFile())).changes().forEach(c -> held.put(c.file(), pid));
                } catch (IOException | RuntimeException e) {
                    // a copy being written or cut short holds nothing yet
                }
            }
        }
        return held;
    }

    /** The newest whole copy this keeper kept at this place, if any (to set aside edits a save could not write). */
    public static Optional<UnsavedEdits> keptBy(Path place, String keeper) throws IOException {
        List<Path> own = new ArrayList<>(copies(place).stream().filter(c -> keeperOf(c).equals(keeper)).toList());
        java.util.Collections.reverse(own);
        for (Path copy : own) {
            try {
                return Optional.of(read(copy, JSON.readTree(copy.resolve(LIST).toFile())));
            } catch (IOException | RuntimeException e) {
                // cut short: the one before it stands
            }
        }
        return Optional.empty();
    }

    /** Removes every copy this keeper kept at this place (after its save, or when the reviewer lets its edits go). */
    public static void discard(Path place, String keeper) throws IOException {
        for (Path copy : copies(place)) {
            if (keeperOf(copy).equals(keeper)) {
                removeTree(copy);
            }
        }
    }

    /** Removes this copy, and any older one of the session that kept it (restored, or let go by the reviewer). */
    public void discard() throws IOException {
        discard(copy.getParent(), keeperOf(copy));
    }

    /**
     * Moves this copy to a sibling folder of its place named with the time ("...-set-aside-<millis>"), which no session
     * replaces or removes, and drops the older copies of the session that kept it; returns the folder.
     */
    public Path setAside() throws IOException {
        Path place = copy.getParent();
        Path aside = place.resolveSibling(place.getFileName() + "-set-aside-" + System.currentTimeMillis());
        Files.createDirectories(aside);
        Files.move(copy, aside.resolve(copy.getFileName()));
        discard();
        return aside;
    }

    /** Keeps a new copy for this keeper, then removes its older ones; with no change at all, removes its copies. */
    static void keep(Path place, String keeper, Path root, List<Change> changes, java.util.function.Function<String, FileContent> contents) throws IOException {
        if (changes.isEmpty()) {
            discard(place, keeper);
            return;
        }
        List<Path> before = copies(place).stream().filter(c -> keeperOf(c).equals(keeper)).toList();
        Path copy = place.resolve(String.format("%015d-%s", System.currentTimeMillis(), keeper));
        AtomicFileSink sink = new AtomicFileSink();
        ObjectNode list = JSON.createObjectNode().put("appraise", "unsaved-edits").put("folder", root.toString()).put("taken", Instant.now().toString());
        ArrayNode files = list.putArray("files");
        Optional<UnsavedEdits> last = keptBy(place, keeper);
        for (Change change : changes) {
            if (!change.delete()) {
                sink.write(inside(copy, change.file()), contents.apply(change.file()));
                keepAsRead(copy, change, last, root);
            }
            files.addObject().put("file", change.file()).put("base", change.base()).put("delete", change.delete());
        }
        sink.write(copy.resolve(LIST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(list));
        for (Path old : before) {
            removeTree(old);
        }
    }

    /** Keeps the file as it was read beside the copy, to merge from ({@link KeptAsRead}). */
    private static void keepAsRead(Path copy, Change change, Optional<UnsavedEdits> last, Path root) throws IOException {
        if (change.base() != null) {
            KeptAsRead.keep(copy, change.file(), change.base(), last.filter(l -> l.changes.stream().anyMatch(c -> c.file().equals(change.file())
                    && change.base().equals(c.base()))).flatMap(l -> l.asRead(change.file())), root);
        }
    }

    /**
     * The file as it was read when the edits began, if the copy holds it (see {@link ReviewFolder#save(java.util.function.Function,
     * java.util.function.Function)}).
     */
    public Optional<Path> asRead(String file) {
        Path kept = KeptAsRead.place(copy, file);
        return Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }

    public Instant taken() {
        return taken;
    }

    public List<Change> changes() {
        return changes;
    }

    /** The files, in the reviewer's words: "studies/liu-2021/liu-2021--ab.json", "screening/...json (deleted)". */
    public List<String> files() {
        return changes.stream().map(c -> c.file() + (c.delete() ? " (deleted)" : "")).toList();
    }

    /** The files of the copy that the folder does not already hold as the copy has them (empty: nothing left to restore). */
    public List<String> outstanding(Path root) throws IOException {
        List<String> left = new ArrayList<>();
        for (Change change : changes) {
            if (!alreadyThere(change, root.resolve(change.file()).normalize())) {
                left.add(change.file() + (change.delete() ? " (deleted)" : ""));
            }
        }
        return left;
    }

    /** Why a save may not touch a file of the folder, or empty when it may. */
    @FunctionalInterface
    interface Protection {
        Optional<String> refusal(String file) throws IOException;
    }

    /** See {@link ReviewFolder#restore(UnsavedEdits)}. */
    List<String> restoreInto(Path root, FileSink sink, Protection protection, org.appraise.io.json.internal.DiskMerge merging) throws IOException {
        List<String> refusals = new ArrayList<>();
        List<Change> apply = new ArrayList<>();
        java.util.Map<String, byte[]> merged = new java.util.HashMap<>();
        for (Change change : changes) {
            Optional<String> refused = protection.refusal(change.file());
            Path target = root.resolve(change.file()).normalize();
            if (refused.isEmpty() && alreadyThere(change, target)) {
                continue;
            }
            if (refused.isPresent()) {
                refusals.add(refused.get());
            } else if (stillBase(change, target)) {
                apply.add(change);
            } else if (change.delete() || change.base() == null || !Files.isRegularFile(target)) {
                refusals.add(change.file() + ": changed on disk since the unsaved edits were made (a sync or another program)");
            } else { // merged with that change when the two touch different things
                org.appraise.io.json.internal.DiskMerge.Outcome outcome = merging.merge(change.file(), asRead(change.file()),
                        HexFormat.of().parseHex(change.base()), out -> Files.copy(contentOf(change), out), target);
                if (outcome.merged() == null) {
                    refusals.add(outcome.refusal());
                } else {
                    merged.put(change.file(), outcome.merged());
                    apply.add(change);
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new SaveRefusedException(refusals);
        }
        // in the order a save uses: a batch's file before its parts, its parts deleted before it
        List<String> done = new ArrayList<>();
        for (Change change : apply.stream().filter(c -> !c.delete()).sorted(Comparator.comparing(Change::file, FolderLayout.REFERENCE_FILES)).toList()) {
            byte[] content = merged.get(change.file());
            sink.write(root.resolve(change.file()), content != null ? FileContent.of(content) : out -> Files.copy(contentOf(change), out));
            done.add(change.file());
        }
        for (Change change : apply.stream().filter(Change::delete).sorted(Comparator.comparing(Change::file, FolderLayout.REFERENCE_FILES.reversed()))
                .toList()) {
            sink.delete(root.resolve(change.file()));
            done.add(change.file());
        }
        return done;
    }

    /** The copy's content of a file it writes. */
    private Path contentOf(Change change) {
        return inside(copy, change.file());
    }

    /** Whether the folder's file already holds what the copy would make of it (written, or gone when deleted). */
    private boolean alreadyThere(Change change, Path target) throws IOException {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        return change.delete() ? !exists : exists && Arrays.equals(FileContent.digestOf(target), FileContent.digestOf(contentOf(change)));
    }

    /** Whether the folder's file is still what the edits started from (absent, when they made it). */
    private boolean stillBase(Change change, Path target) throws IOException {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        return change.base() == null ? !exists : exists && HexFormat.of().formatHex(FileContent.digestOf(target)).equals(change.base());
    }

    private static UnsavedEdits read(Path copy, JsonNode list) throws IOException {
        if (!"unsaved-edits".equals(list.path("appraise").asText())) {
            throw new IOException(copy + ": not a copy of unsaved edits");
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode file : list.path("files")) {
            Change change = new Change(file.path("file").asText(), file.path("base").isTextual() ? file.path("base").asText() : null,
                    file.path("delete").asBoolean());
            if (!change.delete() && !Files.isRegularFile(inside(copy, change.file()))) {
                throw new IOException(copy + ": " + change.file() + " is missing");
            }
            changes.add(change);
        }
        return new UnsavedEdits(copy, Instant.parse(list.path("taken").asText()), List.copyOf(changes));
    }

    /** A file of the copy, never outside it whatever its name says. */
    private static Path inside(Path copy, String file) {
        Path folder = copy.resolve("files");
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException(file + ": not a file of the review folder");
        }
        return path;
    }

    /** The keeper named in a copy's folder name ("<millis>-<pid>-<random>"; "<millis>-<pid>" for copies of stop 35). */
    private static String keeperOf(Path copy) {
        String name = copy.getFileName().toString();
        int dash = name.indexOf('-');
        return dash < 0 ? "" : name.substring(dash + 1);
    }

    /**
     * Whether the process that kept a copy still runs, and is not this one: a process of that id that started before the
     * copy was taken (a process started later only reuses the id; when its start is unknown, the copy is offered).
     */
    private static boolean keptByARunningProcess(Path copy) {
        String name = copy.getFileName().toString();
        String[] parts = name.split("-");
        try {
            long taken = Long.parseLong(parts[0]);
            long pid = Long.parseLong(parts[1]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().startInstant()).filter(start -> start.toEpochMilli() <= taken).isPresent();
        } catch (RuntimeException e) {
            return false; // a name not made by keep(): not a running session's
        }
    }

    /** The copies at a place, oldest first (their names start with the time they were taken). */
    private static List<Path> copies(Path place) throws IOException {
        List<Path> copies = new ArrayList<>();
        if (!Files.isDirectory(place)) {
            return copies;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(place, Files::isDirectory)) {
            entries.forEach(copies::add);
        }
        copies.sort(null);
        return copies;
    }

    private static void removeTree(Path tree) throws IOException {
        try (var walk = Files.walk(tree)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
