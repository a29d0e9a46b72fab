package org.appraise.ui.internal.parts;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;

/**
 * Lines up the columns of the paper's tab-separated tables: each block of consecutive lines with tabs gets
 * tab stops from the widest cell of each column, so an interval's upper limit no longer runs into the next
 * column's p-value.
 */
final class TableStops {

    private static final int GAP = 18;

    private TableStops() {
    }

    static void apply(StyledText paper) {
        int lines = paper.getLineCount();
        GC gc = new GC(paper);
        try {
            for (int line = 0; line < lines;) {
                if (!paper.getLine(line).contains("\t")) {
                    line++;
                    continue;
                }
                int first = line;
                while (line < lines && paper.getLine(line).contains("\t")) {
                    line++;
                }
                paper.setLineTabStops(first, line - first, stops(paper, gc, first, line));
            }
        } finally {
            gc.dispose();
        }
    }

    private static int[] stops(StyledText paper, GC gc, int first, int end) {
        int[] widths = new int[0];
        for (int line = first; line < end; line++) {
            String[] cells = paper.getLine(line).split("\t", -1);
            if (cells.length - 1 > widths.length) {
                widths = java.util.Arrays.copyOf(widths, cells.length - 1);
            }
            for (int c = 0; c < cells.length - 1; c++) {
                widths[c] = Math.max(widths[c], gc.textExtent(cells[c]).x);
            }
        }
        int[] stops = new int[Math.max(1, widths.length)];
        int x = 0;
        for (int c = 0; c < widths.length; c++) {
            x += widths[c] + GAP;
            stops[c] = x;
        }
        if (widths.length == 0) {
            stops[0] = GAP;
        }
        return stops;
    }
}
