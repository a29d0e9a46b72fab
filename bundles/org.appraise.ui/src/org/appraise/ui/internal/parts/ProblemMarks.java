package org.appraise.ui.internal.parts;

import java.util.HashMap;
import java.util.Map;

import org.appraise.session.ReviewProblem;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.ecore.EObject;

/** What the Problems part names, for marking it where it is shown: each subject of a problem, and whether with an error. */
final class ProblemMarks {

    private final Map<EObject, Boolean> marked = new HashMap<>();

    /** Marks the subjects of the review's problems now (none when no review is open). */
    void mark(ReviewSession review) {
        marked.clear();
        if (review != null) {
            for (ReviewProblem problem : ReviewProblem.of(review)) {
                if (problem.subject() != null) {
                    marked.merge(problem.subject(), problem.error(), Boolean::logicalOr);
                }
            }
        }
    }

    /** Whether a problem names the object or one of the objects it holds (a result's values): null if not, else whether an error. */
    Boolean of(EObject object) {
        Boolean found = marked.get(object);
        for (EObject part : object.eContents()) {
            Boolean error = marked.get(part);
            if (error != null) {
                found = found == null ? error : found || error;
            }
        }
        return found;
    }
}
