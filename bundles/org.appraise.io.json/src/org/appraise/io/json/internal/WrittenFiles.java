package org.appraise.io.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Manifest;

/**
 * The digests of the files this build of Appraise's writer produced, or read and found that it would write to the byte:
 * kept by the user (in Appraise's cache folder, one record per build), so that opening a review need not render every
 * file again to learn what a save compares with. A file whose bytes this record holds is exactly what the writer makes
 * of the model read from it; for any other file the model is rendered, as without the record. A record that is wrong
 * (edited by hand) can only make a save rewrite a file the reviewer did not change, never lose or skip a change. Lines
 * are appended (two Appraise processes at once each add whole lines); an unreadable or unwritable record is no record.
 */
public final class WrittenFiles {

    private static final int MOST = 200_000;
    private static final Duration OLD = Duration.ofDays(7);
    private final Path record;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private WrittenFiles(Path record) {
        this.record = record;
    }

    /** No record: every file is rendered at opening. */
    public static WrittenFiles none() {
        return new WrittenFiles(null);
    }

    /**
     * The record of this build of the writer in a cache folder (made if missing); records of other builds left there a
     * week are deleted. No record when the folder cannot be written or the build has no version.
     */
    public static WrittenFiles in(Path cache) {
        String build = writerBuild();
        if (cache == null || build == null) {
            return none();
        }
        Path record = cache.resolve("written-" + build.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        try {
            Files.createDirectories(cache);
            removeOldRecords(cache, record);
            WrittenFiles files = new WrittenFiles(record);
            if (Files.isRegularFile(record)) {
                List<String> lines = Files.readAllLines(record, StandardCharsets.US_ASCII);
                for (String line : lines.size() > MOST ? lines.subList(lines.size() - MOST / 2, lines.size()) : lines) {
                    if (line.length() == 64 && line.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                        files.known.add(line); // a line cut short by a crash is left out
                    }
                }
                if (lines.size() > MOST) {
                    files.rewrite();
                }
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /** Appraise's cache folder: the system property {@code appraise.cache}, else XDG's cache folder, else ~/.cache. */
    public static Path defaultCache() {
        String property = System.getProperty("appraise.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "appraise") : home == null ? null : Path.of(home, ".cache", "appraise");
    }

    public boolean holds(byte[] digest) {
        return record != null && known.contains(HexFormat.of().formatHex(digest));
    }

    /** Adds these digests; a record that cannot be written is given up for this session, nothing else fails. */
    public void add(Collection<byte[]> digests) {
        if (record == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (byte[] digest : digests) {
            String hex = HexFormat.of().formatHex(digest);
            if (known.add(hex)) {
                lines.append(hex).append('\n');
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        try {
            Files.writeString(record, lines, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            known.clear();
        }
    }

    private void rewrite() throws IOException {
        Path staging = Files.createTempFile(record.getParent(), ".written", ".tmp");
        Files.write(staging, new ArrayList<>(known), StandardCharsets.US_ASCII);
        Files.move(staging, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void removeOldRecords(Path cache, Path current) throws IOException {
        FileTime weekAgo = FileTime.from(Instant.now().minus(OLD));
        try (DirectoryStream<Path> records = Files.newDirectoryStream(cache, "written-*.txt")) {
            for (Path other : records) {
                if (!other.equals(current) && Files.getLastModifiedTime(other).compareTo(weekAgo) < 0) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /** The writer's build: this bundle's version with its build qualifier, from its manifest; null when unknown. */
    private static String writerBuild() {
        try (InputStream in = WrittenFiles.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in == null) {
                return null;
            }
            java.util.jar.Attributes main = new Manifest(in).getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            String version = main.getValue("Bundle-Version");
            return name == null || version == null || !name.startsWith("org.appraise.io.json") || version.endsWith("qualifier") ? null : version;
        } catch (IOException e) {
            return null;
        }
    }
}
