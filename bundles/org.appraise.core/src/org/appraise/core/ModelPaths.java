package org.appraise.core;

import java.util.ArrayDeque;
import java.util.Deque;

import org.appraise.model.Identified;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names an object of the review the way a reviewer reads it in a message:
 * {@code Study huang-2021 / Extraction huang-2021--ab / OutcomeMeasurement orr-mrecist / total}.
 */
public final class ModelPaths {

    private ModelPaths() {
    }

    public static String describe(EObject object) {
        Deque<String> parts = new ArrayDeque<>();
        EObject current = object;
        while (current != null && current.eContainer() != null) {
            parts.addFirst(step(current));
            current = current.eContainer();
        }
        return parts.isEmpty() ? step(object) : String.join(" / ", parts);
    }

    /** The study an object belongs to (itself when it is one), or null. */
    public static org.appraise.model.Study studyOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof org.appraise.model.Study study) {
                return study;
            }
        }
        return null;
    }

    public static String describe(EObject object, EStructuralFeature feature) {
        return describe(object) + " / " + feature.getName();
    }

    private static String step(EObject object) {
        if (object instanceof Identified identified && identified.getId() != null) {
            return object.eClass().getName() + " " + identified.getId();
        }
        EStructuralFeature feature = object.eContainingFeature();
        if (feature == null) {
            return object.eClass().getName();
        }
        if (feature.isMany()) {
            int index = ((java.util.List<?>) object.eContainer().eGet(feature)).indexOf(object);
            return feature.getName() + "[" + index + "]";
        }
        return feature.getName();
    }
}
