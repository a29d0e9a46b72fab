package org.appraise.core.dedup;

import java.util.Collection;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Reference;
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
     * record it is a duplicate of, so that marks never chain.
     */
    public Command mark(Reference kept, Collection<Reference> duplicates, String label) {
        Reference root = kept;
        while (root.getDuplicateOf() != null) {
            root = root.getDuplicateOf();
        }
        CompoundCommand command = new CompoundCommand(label);
        for (Reference duplicate : duplicates) {
            if (duplicate != root && duplicate.getDuplicateOf() != root) {
                command.append(SetCommand.create(domain, duplicate, MODEL.getReference_DuplicateOf(), root));
            }
        }
        return command.isEmpty() ? IdentityCommand.INSTANCE : command;
    }

    /** Marks a record as a duplicate of another group's kept record; the records marked as its duplicates follow it. */
    public Command merge(Reference record, Reference kept, Collection<Reference> references) {
        java.util.List<Reference> moving = new java.util.ArrayList<>(java.util.List.of(record));
        references.stream().filter(r -> r.getDuplicateOf() == record).forEach(moving::add);
        return mark(kept, moving, "Merge " + record.getId() + " into " + kept.getId());
    }

    /** Takes a record out of its group: it is a record of its own again. */
    public Command unmark(Reference reference) {
        return SetCommand.create(domain, reference, MODEL.getReference_DuplicateOf(), null);
    }
}
