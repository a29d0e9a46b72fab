package org.appraise.core;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** A problem the review's checks found, added to their diagnostic with the object it is about first in its data. */
final class Findings {

    private Findings() {
    }

    static void error(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.ERROR, ReviewChecks.SOURCE, 0, message, new Object[] { object }));
    }

    static void warning(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.WARNING, ReviewChecks.SOURCE, 0, message, new Object[] { object }));
    }
}
