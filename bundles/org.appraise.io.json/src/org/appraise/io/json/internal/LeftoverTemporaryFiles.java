package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files that a save killed between writing and moving leaves beside its target
 * ({@code .<file>.<pid>.<n>.tmp}, see {@link AtomicFileSink}). They hold nothing the folder lacks (the target
 * still has its old content), so the next open removes them, except those of a process that is still running.
 * Files of the older naming ({@code .<file><n>.tmp}) are removed once they are a minute old.
 */
public final class LeftoverTemporaryFiles {

    static final Pattern NAME = Pattern.compile("\\..+\\.json(?:\\.(\\d+)\\.)?\\d+\\.tmp");
    private static final Duration OLD = Duration.ofMinutes(1);

    private final Path root;

    public LeftoverTemporaryFiles(Path root) {
        this.root = root;
    }

    /** Removes the leftovers in the review's folders; returns the paths removed, relative to the root. */
    public List<String> remove() {
        List<String> removed = new ArrayList<>();
        for (Path folder : folders()) {
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (leftover(entry)) {
                        Files.deleteIfExists(entry);
                        removed.add(root.relativize(entry).toString());
                    }
                }
            } catch (IOException e) {
                // a folder that cannot be listed is reported by the loader
            }
        }
        return removed;
    }

    private List<Path> folders() {
        List<Path> folders = new ArrayList<>(List.of(root, root.resolve("references"), root.resolve("screening"), root.resolve("analyses"),
                root.resolve("certainty")));
        Path studies = root.resolve("studies");
        if (Files.isDirectory(studies, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(studies)) {
                entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(folders::add);
            } catch (IOException e) {
                // reported by the loader
            }
        }
        folders.removeIf(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS));
        return folders;
    }

    private static boolean leftover(Path entry) throws IOException {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (name.group(1) != null) {
            long pid = Long.parseLong(name.group(1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(Instant.now().minus(OLD));
    }
}
