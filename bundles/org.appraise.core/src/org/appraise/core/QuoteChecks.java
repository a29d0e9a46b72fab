package org.appraise.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.appraise.model.Annotation;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.Value;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * The checks that keep every number traceable: each quote still matches its paper at its offsets (else it needs
 * re-anchoring), each reported value has a quote that holds its number, each derived one its arithmetic.
 */
final class QuoteChecks {

    private final Function<Report, Optional<ReportText>> reportTexts;

    QuoteChecks(Function<Report, Optional<ReportText>> reportTexts) {
        this.reportTexts = reportTexts;
    }

    /** A quote against its paper's text, read once per report. */
    void check(Annotation annotation, Map<Report, Optional<ReportText>> texts, BasicDiagnostic all) {
        String where = ModelPaths.describe(annotation);
        if (annotation.getStart() < 0 || annotation.getEnd() < annotation.getStart()) {
            Findings.error(all, annotation, where + ": offsets " + annotation.getStart() + ".." + annotation.getEnd() + " are not a span");
            return;
        }
        Report report = annotation.getReport();
        if (report == null || report.eIsProxy()) {
            if (report == null) {
                Findings.error(all, annotation, where + ": names no report");
            }
            return;
        }
        Optional<ReportText> text = texts.computeIfAbsent(report, reportTexts);
        if (text.isEmpty()) {
            return;
        }
        if (!text.get().anchors(annotation)) {
            Optional<String> found = text.get().between(annotation.getStart(), annotation.getEnd());
            Findings.error(all, annotation, where + ": the quote does not match report " + report.getId() + " at "
                    + annotation.getStart() + ".." + annotation.getEnd() + " (line " + text.get().lineOf(annotation.getStart())
                    + ")" + found.map(f -> "; the text there is \"" + abbreviate(f) + "\"").orElse("; the offsets lie outside the text")
                    + ": needs re-anchoring");
        }
        if (report.getContentHash() != null && !report.getContentHash().equals(text.get().sha256())) {
            Findings.warning(all, annotation, where + ": report " + report.getId() + " changed on disk since it was annotated (hash mismatch)");
        }
    }

    /** Every value: a derived one says its arithmetic, a reported one has a quote that holds its number. */
    static void checkValues(Review review, BasicDiagnostic all) {
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Value value) {
                String where = ModelPaths.describe(value);
                if (value.isDerived() && (value.getDerivation() == null || value.getDerivation().isBlank())) {
                    Findings.warning(all, value, where + ": marked derived but its arithmetic is not recorded");
                }
                if (!value.isDerived() && value.getNumber() != null && value.getSources().isEmpty()) {
                    Findings.warning(all, value, where + ": reported value " + value.getNumber().toPlainString() + " has no quote");
                } else if (!value.isDerived() && value.getNumber() != null && !QuotedNumbers.inAnyQuote(value)) {
                    Findings.warning(all, value, where + ": reported value " + value.getNumber().toPlainString() + " does not appear in its quote \""
                            + QuotedNumbers.shortQuote(value) + "\" (a wrong number, or a value that should be marked derived with its arithmetic)");
                }
            }
        }
    }

    private static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
