package org.appraise.core.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edit rules of de-duplication, for the workbench and the command line alike: marking records as
 * duplicates of the one a group keeps, and taking a mark back. Nothing is ever deleted: a duplicate is a record
 * with {@code duplicateOf}, counted as removed in PRISMA. Each change is one command (one undo).
 */
public final class DuplicateEdits {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final EditingDomain domain;

    public DuplicateEdits(EditingDomain domain) {
        this.domain = domain;
    }

    /**
     * Marks the records as duplicates of the record kept; when the kept record is itself a duplicate, of the
     * record it is a duplicate of; records already marked as duplicates of a record now marked are marked again, as
     * duplicates of the record kept, so that marks never chain.
     */
    public Command mark(Reference kept, Collection<Reference> duplicates, String label) {
        return mark(kept, duplicates, label, marksOf(kept));
    }

    /**
     * Marks each group's records as duplicates of the record it keeps, as {@link #mark} does, in one command (one
     * undo), or {@link IdentityCommand#INSTANCE} when there is nothing to mark. The review is read once for all the
     * groups, however many (the groups of one search do not overlap), not once a group.
     */
    public Command markAll(Map<Reference, ? extends Collection<Reference>> groups, String label) {
        if (groups.isEmpty()) {
            return IdentityCommand.INSTANCE;
        }
        CompoundCommand all = new CompoundCommand(label);
        Map<Reference, List<Reference>> marks = marksOf(groups.keySet().iterator().next());
        for (Map.Entry<Reference, ? extends Collection<Reference>> group : groups.entrySet()) {
            Command marked = mark(group.getKey(), group.getValue(), "Mark duplicates of " + group.getKey().getId(), marks);
            if (marked != IdentityCommand.INSTANCE) {
                all.append(marked);
            }
        }
        return all.isEmpty() ? IdentityCommand.INSTANCE : all;
    }

    private Command mark(Reference kept, Collection<Reference> duplicates, String label, Map<Reference, List<Reference>> marks) {
        Reference root = kept;
        while (root.getDuplicateOf() != null) {
            root = root.getDuplicateOf();
        }
        Set<Reference> moving = new LinkedHashSet<>(duplicates);
        // a record kept until now brings the records marked as its duplicates with it
        duplicates.forEach(d -> moving.addAll(marks.getOrDefault(d, List.of())));
        CompoundCommand command = new CompoundCommand(label);
        for (Reference duplicate : moving) {
            if (duplicate != root && duplicate.getDuplicateOf() != root) {
                command.append(SetCommand.create(domain, duplicate, MODEL.getReference_DuplicateOf(), root));
            }
        }
        return command.isEmpty() ? IdentityCommand.INSTANCE : command;
    }

    /** The records marked as duplicates, by the record each is a duplicate of, in the review the record belongs to. */
    private static Map<Reference, List<Reference>> marksOf(Reference any) {
        Map<Reference, List<Reference>> marks = new HashMap<>();
        if (any.eContainer() instanceof Review review) {
            for (Reference r : review.getReferences()) {
                if (r.getDuplicateOf() != null) {
                    marks.computeIfAbsent(r.getDuplicateOf(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return marks;
    }

    /** Marks a record as a duplicate of another group's kept record; the records marked as its duplicates follow it. */
    public Command merge(Reference record, Reference kept) {
        return mark(kept, Set.of(record), "Merge " + record.getId() + " into " + kept.getId());
    }

    /** Takes a record out of its group: it is a record of its own again. */
    public Command unmark(Reference reference) {
        return SetCommand.create(domain, reference, MODEL.getReference_DuplicateOf(), null);
    }
}
