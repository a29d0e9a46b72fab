package org.appraise.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edit rule for taking an object out of one of the review's lists (a reviewer, an outcome, an eligibility
 * criterion, an exclusion reason, an arm): refused while anything outside it still refers to it or to what it holds,
 * because the work that refers to it (a reviewer's screening log, the results of an outcome or an arm, the decisions
 * that give a reason) would be left pointing at nothing. What refers to it is said, counted by kind.
 */
public final class Removal {

    private final EditingDomain domain;
    private final EObject object;
    private final Map<String, Integer> uses;

    private Removal(EditingDomain domain, EObject object, Map<String, Integer> uses) {
        this.domain = domain;
        this.object = object;
        this.uses = uses;
    }

    public static Removal of(EditingDomain domain, EObject object) {
        EObject root = EcoreUtil.getRootContainer(object);
        Collection<?> scope = root.eResource() == null ? List.of(root) : List.of(root.eResource());
        List<EObject> removed = new ArrayList<>(List.of(object));
        object.eAllContents().forEachRemaining(removed::add);
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(removed, scope).values()) {
            for (EStructuralFeature.Setting use : settings) {
                EObject user = use.getEObject();
                if (!EcoreUtil.isAncestor(object, user)) { // links inside what is removed go with it
                    uses.merge(words(user.eClass().getName()), 1, Integer::sum);
                }
            }
        }
        return new Removal(domain, object, uses);
    }

    /** Whether nothing else refers to the object, so that removing it leaves no link pointing at nothing. */
    public boolean allowed() {
        return uses.isEmpty();
    }

    /** What still refers to the object, for the message: "12 screening decisions, 1 screening log". */
    public String uses() {
        StringBuilder said = new StringBuilder();
        uses.forEach((kind, n) -> said.append(said.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? kind : plural(kind)));
        return said.toString();
    }

    /** The removal as one command (one undo); only when {@link #allowed()}. */
    public Command command() {
        if (!allowed()) {
            throw new IllegalStateException("still referred to by " + uses());
        }
        return RemoveCommand.create(domain, object);
    }

    private static String plural(String kind) {
        if (kind.endsWith("sis")) {
            return kind.substring(0, kind.length() - 2) + "es"; // analysis, analyses
        }
        if (kind.matches(".*(ch|sh|s|x)")) {
            return kind + "es"; // import batches
        }
        return kind.endsWith("y") && !kind.matches(".*[aeiou]y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
    }

    private static String words(String className) {
        return className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
