package org.appraise.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A list's Record column, widened once per open review to its longest record id: the ids of a large search share a
 * long prefix ("batch-search100k-00003"), and cut at the end they all read alike. Never narrower than it was (a width
 * the reviewer chose stays), never wider than {@link #MOST} pixels. Where the list needs the room for other columns, an
 * id longer than its column loses its middle instead ({@link #shown}), so the end that tells records apart stays.
 */
final class RecordColumn {

    private static final int MOST = 360;
    private Object fittedFor;
    /** The column whose ids {@link #shown} fits, when it follows one. */
    private TableColumn column;
    /** Each id as shown at the column's present width. */
    private final java.util.Map<String, String> cut = new java.util.HashMap<>();

    /** The width that shows the longest of the ids whole, plus an indent; 0 when already fitted for this review. */
    int width(Control list, Object review, Iterable<String> ids, int indent) {
        if (review == null || review == fittedFor) {
            return 0;
        }
        String longest = "";
        for (String id : ids) {
            if (id != null && id.length() > longest.length()) {
                longest = id;
            }
        }
        if (longest.isEmpty()) {
            return 0;
        }
        fittedFor = review;
        GC gc = new GC(list);
        try {
            return Math.min(MOST, gc.textExtent(longest).x + indent + 16);
        } finally {
            gc.dispose();
        }
    }

    /** Keeps {@link #shown} to the column's width as the reviewer or the list changes it. */
    void follow(TableColumn column) {
        this.column = column;
        column.addListener(SWT.Resize, e -> {
            cut.clear();
            column.getParent().clearAll();
        });
    }

    /**
     * The id as the column shows it: whole when it fits, else its start and its end with an ellipsis between. Measured
     * once per id and width (a list repaints its rows often), the length that fits found by halving.
     */
    String shown(String id) {
        if (id == null || column == null || column.isDisposed()) {
            return id == null ? "" : id;
        }
        return cut.computeIfAbsent(id, this::fitted);
    }

    private String fitted(String id) {
        int room = column.getWidth() - 16;
        GC gc = new GC(column.getParent());
        try {
            if (gc.textExtent(id).x <= room) {
                return id;
            }
            int low = 0; // the longest kept length known to fit (0: none)
            int high = id.length() - 1;
            while (low < high) {
                int keep = (low + high + 1) / 2;
                if (gc.textExtent(elided(id, keep)).x <= room) {
                    low = keep;
                } else {
                    high = keep - 1;
                }
            }
            return elided(id, Math.max(low, 6));
        } finally {
            gc.dispose();
        }
    }

    /** The first and last characters of an id, {@code keep} in all, around an ellipsis. */
    private static String elided(String id, int keep) {
        int end = keep / 2;
        return id.substring(0, keep - end) + "\u2026" + id.substring(id.length() - end);
    }
}
