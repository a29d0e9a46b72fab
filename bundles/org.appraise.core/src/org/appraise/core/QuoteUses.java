package org.appraise.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.model.Annotation;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a quote supports now, worded from the model at the moment it is asked (never a label frozen when the
 * quote was made): {@code ORR · RECIST 1.1 · all enrolled · RT + anti-PD1: events = 20}.
 */
public final class QuoteUses {

    private QuoteUses() {
    }

    /** One line per thing the quote supports; "supports nothing" when no field names it any more. */
    public static String describe(Annotation annotation) {
        EObject extraction = annotation.eContainer();
        if (extraction == null) {
            return "supports nothing";
        }
        Map<EObject, List<String>> byOwner = new LinkedHashMap<>();
        for (EObject user : EcoreUtil.UsageCrossReferencer.find(annotation, extraction).stream().map(s -> s.getEObject()).toList()) {
            if (user instanceof Value value && value.eContainer() != null) {
                byOwner.computeIfAbsent(value.eContainer(), k -> new ArrayList<>()).add(value.eContainingFeature().getName() + " = "
                        + (value.getNumber() == null ? "(empty)" : value.getNumber().toPlainString()) + (value.isDerived() ? " (derived)" : ""));
            } else {
                byOwner.computeIfAbsent(user, k -> new ArrayList<>());
            }
        }
        if (byOwner.isEmpty()) {
            return "supports nothing";
        }
        List<String> lines = new ArrayList<>();
        byOwner.forEach((owner, values) -> lines.add(SupportedThings.name(owner) + (values.isEmpty() ? "" : ": " + String.join(", ", values))));
        return String.join("\n", lines);
    }
}
