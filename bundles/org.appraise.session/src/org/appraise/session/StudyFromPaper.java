package org.appraise.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.ReportText;
import org.eclipse.emf.common.command.Command;

/**
 * A new study from its paper, as File > New Study from Paper and {@code appraise add-study} make it: the paper
 * (PDF with a text layer, or UTF-8 text) is read first, so that a file Appraise cannot read is refused before
 * anything changes; it is copied into the review's {@code reports/} folder unless the same file is already there
 * (a different file of the same name is refused: nothing is overwritten); the study and its report are one command.
 */
public final class StudyFromPaper {

    private final ReviewSession session;

    public StudyFromPaper(ReviewSession session) {
        this.session = session;
    }

    /** The label a paper's file name suggests ("002_li.txt" gives "002_li"). */
    public static String suggestedLabel(Path paper) {
        return paper.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    /** Copies the paper into the review (when not there yet) and returns the command that adds the study. */
    public Command add(Path paper, String label) throws IOException {
        return add(paper, label, java.util.List.of());
    }

    /** As {@link #add(Path, String)}, the study linked to the search records it was found in. */
    public Command add(Path paper, String label, java.util.List<org.appraise.model.Reference> records) throws IOException {
        String name = paper.getFileName().toString();
        byte[] bytes = Files.readAllBytes(paper);
        ReportText text = ReviewSession.textOf(bytes, name);
        Path target = session.folder().root().resolve("reports").resolve(name);
        if (Files.exists(target) && !Arrays.equals(bytes, Files.readAllBytes(target))) {
            throw new IOException("reports/" + name + " already holds a different file: rename the paper before adding it");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("give the study a label (first author and year, e.g. Li 2022)");
        }
        // refused records refuse the study before its paper is copied
        Command study = new ExtractionEdits(session.domain(), session.folder().review()).addStudy(label.strip(), "reports/" + name, text.sha256(), records);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempFile(target.getParent(), ".adding-", ".part");
            Files.write(staging, bytes);
            Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return study;
    }
}
