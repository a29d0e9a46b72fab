package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.ReportFormat;
import org.appraise.core.ReportText;
import org.appraise.model.Report;

/**
 * The texts of a review folder's reports, each read in the first of the folder's formats that reads its name (most
 * specific first: the session gives PDF, then UTF-8 text; a file no format claims is read as UTF-8 text). The checks
 * run after every edit and read every report, and a PDF's text is costly to extract, so a file is read again only when
 * its size or modification time changes. A report whose file lies outside the folder (a path or a link leading out)
 * is not read.
 */
public final class ReportFiles {

    private final Path root;
    private final Path realRoot;
    private final List<ReportFormat> formats;
    private final Map<Path, Read> reads = new HashMap<>();

    public ReportFiles(Path root, Path realRoot, List<ReportFormat> formats) {
        this.root = root;
        this.realRoot = realRoot;
        this.formats = List.copyOf(formats);
    }

    /** A report's text; fails naming the file when it is missing, outside the folder or not readable in its format. */
    public ReportText read(Report report) throws IOException {
        if (report.getFile() == null) {
            throw new IOException("report " + report.getId() + " names no file");
        }
        Path path = root.resolve(report.getFile()).normalize();
        if (!path.startsWith(root) || !path.toRealPath().startsWith(realRoot)) {
            throw new IOException("report " + report.getId() + ": file " + report.getFile() + " lies outside the review folder"
                    + (path.startsWith(root) ? " (a link to " + path.toRealPath() + "): not read" : ""));
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        Read cached = reads.get(path);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.text();
        }
        ReportText text = textOf(formats, Files.readAllBytes(path), report.getFile());
        reads.put(path, new Read(stamp, text));
        return text;
    }

    /**
     * The text of a report file's bytes in the first of the formats that reads its name, else as UTF-8 text.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static ReportText textOf(List<ReportFormat> formats, byte[] bytes, String fileName) {
        return formats.stream().filter(f -> f.reads(fileName)).findFirst().orElse(ReportFormat.PLAIN_TEXT).read(bytes, fileName);
    }

    /** A report file's size and modification time: when both are unchanged, its text is not read again. */
    private record Stamp(long size, long modified) {
    }

    private record Read(Stamp stamp, ReportText text) {
    }
}
