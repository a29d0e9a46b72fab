package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.rob.Proposal;
import org.appraise.ui.internal.parts.AssessmentLine.QuestionLine;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * Where Enter goes on the risk-of-bias page: the questions in the order the tree shows them, of which only those the
 * tool asks (given the answers so far) and that apply to the assessment are stops.
 */
final class QuestionOrder {

    private QuestionOrder() {
    }

    /** Every line of the tree, each domain followed by its questions. */
    static List<Object> lines(TreeViewer tree) {
        List<Object> all = new ArrayList<>();
        AssessmentContent content = (AssessmentContent) tree.getContentProvider();
        for (Object top : content.getElements(tree.getInput())) {
            all.add(top);
            all.addAll(List.of(content.getChildren(top)));
        }
        return all;
    }

    /** The next question after a line that the tool asks; empty after the last. */
    static Optional<Object> next(List<Object> lines, Object from, Proposal proposal, AssessmentTexts texts) {
        for (int i = lines.indexOf(from) + 1; i < lines.size(); i++) {
            if (asked(lines.get(i), proposal, texts)) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first question the tool asks that has no answer yet. */
    static Optional<Object> firstOpen(List<Object> lines, Proposal proposal, AssessmentTexts texts) {
        return lines.stream().filter(line -> asked(line, proposal, texts)
                && proposal.effectiveAnswers().get(((QuestionLine) line).question().id()) == null).findFirst();
    }

    private static boolean asked(Object line, Proposal proposal, AssessmentTexts texts) {
        return line instanceof QuestionLine q && proposal != null && proposal.asked(q.question().id()) && texts.applies(q);
    }
}
