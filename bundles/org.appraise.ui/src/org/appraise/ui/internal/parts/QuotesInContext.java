package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.appraise.core.QuoteUses;
import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.Result;
import org.appraise.model.Value;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** The words each value of a result came from, in their sentence: the study part's quote panel. */
final class QuotesInContext {

    private QuotesInContext() {
    }

    /** Shows each quote of the result's values in its sentence, the quote in bold on yellow, with what it supports now; then the result's notes. */
    static void show(StyledText quotes, ReviewSession review, Result result) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> marks = new ArrayList<>();
        for (Annotation annotation : annotations(result)) {
            if (annotation.eIsProxy() || annotation.getReport() == null) {
                continue;
            }
            java.util.Optional<ReportText> report = review.folder().reportText(annotation.getReport());
            text.append(QuoteUses.describe(annotation).replace('\n', ';')).append("  [")
                    .append(annotation.getReport().getId()).append(", characters ").append(annotation.getStart())
                    .append('-').append(annotation.getEnd()).append("]\n");
            if (report.isPresent() && report.get().anchors(annotation)) {
                int from = Math.max(0, annotation.getStart() - 160);
                int to = Math.min(report.get().length(), annotation.getEnd() + 160);
                String before = flat(report.get().text().substring(from, annotation.getStart()));
                String quote = flat(annotation.getQuote());
                String after = flat(report.get().text().substring(annotation.getEnd(), to));
                text.append("\u2026").append(before);
                StyleRange mark = new StyleRange(text.length(), quote.length(), null,
                        quotes.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                mark.fontStyle = SWT.BOLD;
                marks.add(mark);
                text.append(quote).append(after).append("\u2026\n\n");
            } else {
                text.append("\u201c").append(annotation.getQuote()).append("\u201d (the report no longer has this text here: needs re-anchoring)\n\n");
            }
        }
        if (result.getNotes() != null && !result.getNotes().isBlank()) {
            // what no quoted number stands for ("median not reached", a level derived from the other arm's) is said in the notes
            text.append("Notes: ").append(result.getNotes()).append('\n');
        }
        quotes.setText(text.length() == 0 ? "This result has no quotes." : text.toString());
        quotes.setStyleRanges(marks.toArray(StyleRange[]::new));
    }

    /** A passage on one line, a table row's cells apart ("Overall survival │ Not reached │ 13.2 (10.4–NE)"), not run together. */
    private static String flat(String passage) {
        return passage.replace('\n', ' ').replace("\t", " \u2502 ");
    }

    private static List<Annotation> annotations(Result result) {
        List<Annotation> all = new ArrayList<>();
        for (EObject content : result.eContents()) {
            if (content instanceof Value value) {
                for (Annotation a : value.getSources()) {
                    if (!all.contains(a)) {
                        all.add(a);
                    }
                }
            }
        }
        return all;
    }

}
