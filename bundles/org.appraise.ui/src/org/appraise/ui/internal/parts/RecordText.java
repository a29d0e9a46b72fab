package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.appraise.model.EligibilityCriterion;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** A record as the screener reads it: title, authors, source, abstract, with the criteria's words marked (inclusion green, exclusion red). */
final class RecordText {

    private static final Set<String> STOP = Set.of("with", "from", "that", "this", "than", "have", "were", "which", "their", "other",
            "group", "study", "studies", "reports", "treatment", "another", "active", "receiving", "different", "concurrent");

    private RecordText() {
    }

    static void show(StyledText record, Reference r, Review model) {
        StringBuilder text = new StringBuilder();
        text.append(r.getTitle() == null ? "(no title)" : r.getTitle()).append("\n\n");
        text.append(String.join("; ", r.getAuthors())).append("\n");
        text.append(r.getJournal() == null ? "" : r.getJournal()).append(r.getYear() == null ? "" : " " + r.getYear())
                .append(r.getDoi() == null ? "" : "  doi:" + r.getDoi()).append("\n");
        text.append("Source: ").append(r.getBatch() != null && r.getBatch().getSourceDatabase() != null ? r.getBatch().getSourceDatabase()
                : r.getSourceDatabase() == null ? "not recorded" : r.getSourceDatabase()).append("; record ").append(r.getId()).append("\n\n");
        text.append(r.getAbstract() == null || r.getAbstract().isBlank() ? "(no abstract in the record)" : r.getAbstract());
        record.setText(text.toString());
        List<StyleRange> marks = new ArrayList<>();
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (EligibilityCriterion criterion : model.getCriteria()) {
            boolean inclusion = criterion.getKind() == org.appraise.model.CriterionKind.INCLUSION;
            for (String word : words(criterion.getText())) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                    StyleRange mark = new StyleRange(at, word.length(), null, record.getDisplay().getSystemColor(
                            inclusion ? SWT.COLOR_GREEN : SWT.COLOR_RED));
                    marks.add(mark);
                }
            }
        }
        marks.sort((a, b) -> Integer.compare(a.start, b.start));
        List<StyleRange> clean = new ArrayList<>();
        int end = -1;
        for (StyleRange mark : marks) {
            if (mark.start >= end) {
                clean.add(mark);
                end = mark.start + mark.length;
            }
        }
        record.setStyleRanges(clean.toArray(StyleRange[]::new));
    }

    /** The words of a criterion worth highlighting: four letters or more, not common words. */
    static Set<String> words(String criterion) {
        Set<String> words = new LinkedHashSet<>();
        if (criterion == null) {
            return words;
        }
        for (String word : criterion.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (word.length() >= 4 && !STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

}
