package org.appraise.ui.internal.parts;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * A list's Record column, widened once per open review to its longest record id: the ids of a large search share a
 * long prefix ("batch-search100k-00003"), and cut at the end they all read alike. Never narrower than it was (a width
 * the reviewer chose stays), never wider than {@link #MOST} pixels.
 */
final class RecordColumn {

    private static final int MOST = 360;
    private Object fittedFor;

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
}
