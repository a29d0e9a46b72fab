package org.appraise.ui.internal.parts;

import org.appraise.model.Report;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.StyledText;

/** The place read in a paper, kept in the Paper part's persisted state ("report-id@offset") for the next start. */
final class ReadingPlace {

    private static final String KEY = "place";

    private ReadingPlace() {
    }

    /** Remembers the report and the first line shown. */
    static void keep(MPart part, StyledText paper, Report report) {
        if (part != null && report != null && report.getId() != null && !paper.isDisposed()) {
            part.getPersistedState().put(KEY, report.getId() + "@" + paper.getOffsetAtLine(paper.getTopIndex()));
        }
    }

    /** Scrolls the paper of this report to the line kept, if the place kept is in it. */
    static void restore(MPart part, StyledText paper, Report report) {
        String place = part == null ? null : part.getPersistedState().get(KEY);
        if (place == null || report.getId() == null || !place.startsWith(report.getId() + "@")) {
            return;
        }
        try {
            int offset = Integer.parseInt(place.substring(place.indexOf('@') + 1));
            if (offset >= 0 && offset < paper.getCharCount()) {
                paper.setTopIndex(paper.getLineAtOffset(offset));
            }
        } catch (NumberFormatException e) {
            // a place written by hand or by another version: the paper opens at its top
        }
    }
}
