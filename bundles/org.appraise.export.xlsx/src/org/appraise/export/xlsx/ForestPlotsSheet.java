package org.appraise.export.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.FigureFormat;
import org.appraise.export.figures.ForestPlot;
import org.appraise.export.figures.Palette;
import org.appraise.model.Analysis;
import org.appraise.model.Review;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The "Forest plots" sheet: each saved analysis' forest plot as a picture (PNG at 150 dpi, the marks of {@code appraise
 * meta --analysis ID --forest}, subgroups and risk-of-bias columns included), under a row naming the analysis; an
 * analysis that cannot be run is named with the reason instead of a picture.
 */
final class ForestPlotsSheet {

    static final String NAME = "Forest plots";
    private static final int DPI = 150;
    private static final double ROW_POINTS = 15;

    private final Cells cells;
    private final FigureFont font = new FigureFont();

    ForestPlotsSheet(Cells cells) {
        this.cells = cells;
    }

    void write(SXSSFWorkbook workbook, Review review) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 60 * 256);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = 0;
        for (Analysis saved : review.getAnalyses()) {
            Row title = sheet.createRow(r++);
            cells.string(title, 0, saved.getId() + (saved.getName() == null ? "" : ": " + saved.getName()), cells.bold);
            SavedAnalysis.Run run;
            try {
                run = SavedAnalysis.run(review, saved);
            } catch (IllegalArgumentException e) {
                cells.string(sheet.createRow(r++), 0, "not drawn: " + e.getMessage(), null);
                r++;
                continue;
            }
            ForestPlot.Labels labels = ForestPlot.Labels.of(saved, run);
            org.appraise.export.figures.Drawing forest = new ForestPlot(font).draw(run, labels, Palette.robvis());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                FigureFormat.PNG.write(forest, font, DPI, png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int index = workbook.addPicture(png.toByteArray(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(r);
            Picture picture = drawing.createPicture(anchor, index);
            picture.resize();
            r += (int) Math.ceil(forest.height() / ROW_POINTS) + 2; // the picture at its size (points), and a gap
        }
    }
}
