package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.appraise.io.json.LoadProblem;

/**
 * What of a review folder may be read: the JSON files or folders of each of its folders, and why an entry may not (a
 * link out of the folder or a loop, a folder where a file belongs or the reverse, a file gone), recorded as a problem
 * with the entry protected from every later save.
 */
final class FolderEntries {

    private final Path root;
    private final Path realRoot;
    private final FileLedger ledger;
    private final List<LoadProblem> problems;

    FolderEntries(Path root, Path realRoot, FileLedger ledger, List<LoadProblem> problems) {
        this.root = root;
        this.realRoot = realRoot;
        this.ledger = ledger;
        this.problems = problems;
    }

    /**
     * The entries of a folder of the review, relative to the root, sorted: JSON files or folders. An entry
     * that is a link out of the folder or a loop, or a folder where a file belongs (or the reverse), is a
     * problem and is never written.
     */
    List<String> list(String folder, boolean folders) {
        Path dir = root.resolve(folder);
        List<String> names = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return names;
        }
        String problem = problem(dir, folder, true);
        if (problem != null) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String fileName = entry.getFileName().toString();
                String name = folder + "/" + fileName;
                if (fileName.startsWith(".") || !folders && !fileName.endsWith(".json")) {
                    continue;
                }
                if (problem(entry, name, folders) == null) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            problems.add(new LoadProblem(folder, "", "cannot be listed: " + e.getMessage()));
        }
        Collections.sort(names);
        return names;
    }

    /** Why an entry cannot be read as a file (or folder), recorded as a problem; null when it can. */
    String problem(Path entry, String name, boolean folder) {
        String problem = null;
        Path real = null;
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new LoadProblem(name, "", "missing"));
            ledger.protect(name, "missing");
            return "missing";
        }
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            problem = Files.isSymbolicLink(entry) ? "is a symbolic link that leads nowhere or loops (" + e.getMessage() + ")"
                    : "cannot be read: " + e.getMessage();
        }
        if (problem == null && !real.startsWith(realRoot)) {
            problem = "is a link to " + real + ", outside the review folder: not read, never written";
        } else if (problem == null && folder && !Files.isDirectory(real)) {
            problem = "is a file where a folder belongs: not read";
        } else if (problem == null && !folder && !Files.isRegularFile(real)) {
            problem = "is " + (Files.isDirectory(real) ? "a folder" : "not a regular file") + " where a file belongs: not read";
        }
        if (problem != null) {
            problems.add(new LoadProblem(name, "", problem));
            ledger.protect(name, problem);
        }
        return problem;
    }
}
