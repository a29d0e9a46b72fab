package org.appraise.export.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The page the Word tables share: A4 landscape, and a table whose grid is as wide as its cells (so that Word and
 * LibreOffice lay it out alike). Their text goes in through {@link WordText}.
 */
final class WordPage {

    private WordPage() {
    }

    static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, long side across
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (Consumer<BigInteger> side : List.<Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(850)); // 1.5 cm
        }
    }

    /** A table of {@code rows} rows whose columns are {@code widths} wide (twentieths of a point), grid and cells alike. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable grid = doc.createTable(rows, widths.length);
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid() : grid.getCTTbl().addNewTblGrid();
        for (int c = 0; c < widths.length; c++) {
            (c < columns.sizeOfGridColArray() ? columns.getGridColArray(c) : columns.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
        }
        grid.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        for (XWPFTableRow row : grid.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        return grid;
    }
}
