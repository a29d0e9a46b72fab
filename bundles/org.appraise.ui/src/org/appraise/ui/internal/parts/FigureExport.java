package org.appraise.ui.internal.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.FigureFormat;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks where to write a figure and writes it as SVG, PNG (600 dpi) or PDF, by the name's ending, atomically. */
final class FigureExport {

    private FigureExport() {
    }

    static void ask(Shell shell, String name, Supplier<Drawing> figure, FigureFont font) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        dialog.setFilterNames(new String[] { "SVG (vector)", "PNG at 600 dpi", "PDF (vector, fonts embedded)" });
        dialog.setFileName(name + ".svg");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Drawing drawing = figure.get();
        FigureFormat format = FigureFormat.ofFileName(file).orElse(FigureFormat.SVG); // the dialog offers the three; a name without one is SVG
        try {
            org.appraise.core.WholeFile.write(Path.of(file), out -> format.write(drawing, font, 600, out));
        } catch (IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Appraise", "Cannot write " + file + ": " + e.getMessage());
        }
    }
}
