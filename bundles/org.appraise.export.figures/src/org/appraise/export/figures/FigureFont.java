package org.appraise.export.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The typeface of every figure: DejaVu Sans (regular and bold), shipped in this bundle so that text is
 * measured, drawn and embedded the same way on every machine. Widths are measured with the font's own
 * advance widths; SVG viewers without DejaVu fall back to a similar sans-serif, and layouts keep a margin
 * for that.
 */
public final class FigureFont {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font regular;
    private final Font bold;

    public FigureFont() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    private static Font load(String resource) {
        try (InputStream in = FigureFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from org.appraise.export.figures");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The AWT font at a size in points. */
    Font font(double size, boolean isBold) {
        return (isBold ? bold : regular).deriveFont((float) size);
    }

    /** The advance width of a text in points. */
    public double width(String text, double size, boolean isBold) {
        return font(size, isBold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The font file's bytes, for embedding in a PDF. */
    static InputStream file(boolean isBold) {
        return FigureFont.class.getResourceAsStream(isBold ? BOLD : REGULAR);
    }

    /** Breaks a text into lines no wider than the width (a single word longer than the width gets a line of its own). */
    public List<String> wrap(String text, double size, boolean isBold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, size, isBold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
