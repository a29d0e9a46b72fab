package org.appraise.core.assistant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.appraise.model.Review;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of one acceptance gathered into one command: objects the acceptance builds are filled in directly (they
 * join the review as a whole, by command); objects already in the review are changed only by commands, and what those
 * commands will set is remembered, so that a later proposal sees the value an earlier one is about to record.
 */
final class PendingEdits {

    private final EditingDomain domain;
    private final Review review;
    private final CompoundCommand command;
    private final Map<EObject, Map<EStructuralFeature, Object>> pending = new HashMap<>();

    PendingEdits(EditingDomain domain, Review review, String label) {
        this.domain = domain;
        this.review = review;
        this.command = new CompoundCommand(label);
    }

    /** What a feature of an object holds once the gathered commands have run. */
    Object current(EObject owner, EStructuralFeature feature) {
        Map<EStructuralFeature, Object> set = pending.getOrDefault(owner, Map.of());
        return set.containsKey(feature) ? set.get(feature) : owner.eGet(feature);
    }

    /** Sets a feature of an object: directly while the object is new (not yet in the review), else as a command. */
    void set(EObject owner, EStructuralFeature feature, Object value) {
        if (isNew(owner)) {
            owner.eSet(feature, value);
        } else {
            command.append(SetCommand.create(domain, owner, feature, value));
            pending.computeIfAbsent(owner, o -> new HashMap<>()).put(feature, value);
        }
    }

    /** Adds a value (or a list of values) to a many-valued feature, directly or as a command as {@link #set} does. */
    void add(EObject owner, EStructuralFeature feature, Object value) {
        if (isNew(owner)) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) owner.eGet(feature);
            if (value instanceof List<?> many) {
                list.addAll(many);
            } else {
                list.add(value);
            }
        } else {
            command.append(value instanceof List<?> many ? AddCommand.create(domain, owner, feature, many) : AddCommand.create(domain, owner, feature, value));
        }
    }

    void append(Command next) {
        command.append(next);
    }

    Command command() {
        return command;
    }

    /** Whether an object is not yet part of the review (built by this acceptance and added as a whole). */
    private boolean isNew(EObject object) {
        return EcoreUtil.getRootContainer(object) != review;
    }
}
