package org.appraise.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.appraise.core.WholeFile;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.FigureFormat;

import picocli.CommandLine.Option;

/** The files a figure is written to ({@code --svg}, {@code --png}, {@code --pdf}) and the PNG's resolution. */
public final class FigureFiles {

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the figure as SVG.")
    private Path svg;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the figure as PNG.")
    private Path png;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the figure as PDF.")
    private Path pdf;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "600", description = "The PNG's resolution, 36 to 2400 (default: ${DEFAULT-VALUE}).")
    private int dpi;

    public Map<FigureFormat, Path> chosen() {
        Map<FigureFormat, Path> files = new LinkedHashMap<>();
        if (svg != null) {
            files.put(FigureFormat.SVG, svg);
        }
        if (png != null) {
            files.put(FigureFormat.PNG, png);
        }
        if (pdf != null) {
            files.put(FigureFormat.PDF, pdf);
        }
        return files;
    }

    public int dpi() {
        if (dpi < 36 || dpi > 2400) {
            throw new UsageException("--dpi must be between 36 and 2400");
        }
        return dpi;
    }

    /** Writes the drawing to every file chosen, each whole or not at all. */
    public void write(Drawing drawing, FigureFont font, PrintStream err) throws IOException {
        int resolution = dpi();
        for (Map.Entry<FigureFormat, Path> file : chosen().entrySet()) {
            FigureFormat format = file.getKey();
            WholeFile.write(file.getValue(), stream -> format.write(drawing, font, resolution, stream));
            err.println("Wrote " + file.getValue() + (format == FigureFormat.PNG ? " at " + resolution + " dpi" : ""));
        }
    }
}
