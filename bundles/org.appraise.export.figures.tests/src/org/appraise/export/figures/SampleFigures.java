package org.appraise.export.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Review;

/** Where the figure tests read the bundled sample review and write the figures they draw, to be looked at. */
final class SampleFigures {

    static final Path REPO = Path.of(System.getProperty("appraise.repo", "../.."));
    static final Path SAMPLE = REPO.resolve("samples/hcc-pd1-combination");
    static final Path OUT = REPO.resolve("bundles/org.appraise.export.figures.tests/target/figures");

    private SampleFigures() {
    }

    /** The sample review, with the folder the figures go to made. */
    static Review sample() throws IOException {
        Files.createDirectories(OUT);
        return ReviewFolder.open(SAMPLE).review();
    }
}
