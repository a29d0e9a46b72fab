package org.appraise.core.screening;

import java.util.List;

import org.appraise.model.AppraisePackage;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edit rule of an import, for the workbench and the command line alike: a search export's batch and its
 * records join the review as one command (one undo takes the whole file back).
 */
public final class ImportEdits {

    private final EditingDomain domain;
    private final Review review;

    public ImportEdits(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /**
     * A batch imported before from a file of the same name with as many records: most likely the same export
     * imported twice (said to the reviewer, who may undo; de-duplication would otherwise mark all its records).
     */
    public java.util.Optional<ImportBatch> importedBefore(String file, int records) {
        return review.getImportBatches().stream().filter(b -> file.equals(b.getFile()) && b.getRecordCount() == records).findFirst();
    }

    /**
     * Names the database, register or other method a batch's records were found in ("Embase", "ClinicalTrials.gov",
     * "citation searching"), which PRISMA counts them under; blank gives it none (each record's own then counts).
     * Nothing to do when it is already so.
     */
    public Command source(ImportBatch batch, String source) {
        String name = source == null || source.isBlank() ? null : source.strip();
        if (java.util.Objects.equals(name, batch.getSourceDatabase())) {
            return org.eclipse.emf.common.command.IdentityCommand.INSTANCE;
        }
        Command set = org.eclipse.emf.edit.command.SetCommand.create(domain, batch, AppraisePackage.eINSTANCE.getImportBatch_SourceDatabase(),
                name == null ? org.eclipse.emf.edit.command.SetCommand.UNSET_VALUE : name);
        return new org.eclipse.emf.common.command.CommandWrapper("Source of " + batch.getFile() + ": " + (name == null ? "its records' own" : name),
                null, set);
    }

    public Command attach(ImportBatch batch, List<Reference> references, String file) {
        CompoundCommand add = new CompoundCommand("Import " + file);
        add.append(AddCommand.create(domain, review, AppraisePackage.eINSTANCE.getReview_ImportBatches(), batch));
        if (!references.isEmpty()) {
            add.append(AddCommand.create(domain, review, AppraisePackage.eINSTANCE.getReview_References(), references));
        }
        return add;
    }
}
