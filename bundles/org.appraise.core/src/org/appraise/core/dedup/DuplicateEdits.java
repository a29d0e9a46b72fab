package org.appraise.core.dedup;

import java.util.Collection;
import java.util.LinkedHashSet;
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
        Reference root = kept;
        while (root.getDuplicateOf() != null) {
            root = root.getDuplicateOf();
        }
        Set<Reference> moving = new LinkedHashSet<>(duplicates);
        if (root.eContainer() instanceof Review review) {
            // a record kept until now brings the records marked as its duplicates with it
            review.getReferences().stream().filter(r -> r.getDuplicateOf() != null && duplicates.contains(r.getDuplicateOf())).forEach(moving::add);
        }
        CompoundCommand command = new CompoundCommand(label);
        for (Reference duplicate : moving) {
            if (duplicate != root && duplicate.getDuplicateOf() != root) {
                command.append(SetCommand.create(domain, duplicate, MODEL.getReference_DuplicateOf(), root));
            }
        }
        return command.isEmpty() ? IdentityCommand.INSTANCE : command;
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
