package org.appraise.session;

import java.util.ArrayList;
import java.util.List;

import org.appraise.io.json.LoadProblem;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One problem of an open review as the workbench lists it: its severity, its message, and the object it is about
 * (null for a file that did not load).
 */
public record ReviewProblem(boolean error, String message, EObject subject) {

    /** The problems of a review: its files first (each an error), then the checks of its content. */
    public static List<ReviewProblem> of(ReviewSession review) {
        List<ReviewProblem> problems = new ArrayList<>();
        for (LoadProblem p : review.folder().problems()) {
            problems.add(new ReviewProblem(true, p.toString(), null));
        }
        for (Diagnostic d : review.checks().getChildren()) {
            Object subject = d.getData().isEmpty() ? null : d.getData().get(0);
            problems.add(new ReviewProblem(d.getSeverity() == Diagnostic.ERROR, d.getMessage(), subject instanceof EObject o ? o : null));
        }
        return problems;
    }
}
