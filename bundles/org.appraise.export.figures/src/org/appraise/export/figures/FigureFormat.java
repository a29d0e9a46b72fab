package org.appraise.export.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a drawing as SVG (deterministic: same drawing, same bytes), PNG (at a given resolution, recorded in
 * the file) or PDF (fonts embedded), the three formats journals take.
 */
public enum FigureFormat {
    SVG, PNG, PDF;

    /**
     * @param dpi resolution for PNG (ignored by the vector formats)
     */
    public void write(Drawing drawing, FigureFont font, int dpi, OutputStream out) throws IOException {
        switch (this) {
        case SVG -> new SvgFigure().write(drawing, out);
        case PNG -> new PngFigure(font, dpi).write(drawing, out);
        case PDF -> new PdfFigure().write(drawing, out);
        default -> throw new IllegalStateException();
        }
    }

    /** A coordinate as SVG writes it: at most two decimals, no trailing zeros, never an exponent. */
    /** The format a file's name asks for (.svg, .png, .pdf, in any case), if it names one. */
    public static java.util.Optional<FigureFormat> ofFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (FigureFormat format : values()) {
            if (lower.endsWith("." + format.name().toLowerCase(java.util.Locale.ROOT))) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
