package org.appraise.core;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.model.ImportBatch;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/** What holds a review together: links to objects no longer in it, short import batches, studies without records. */
final class LinkChecks {

    private LinkChecks() {
    }

    /** Every link between objects names one that is in the review. */
    static void checkLinks(Review review, BasicDiagnostic all) {
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
                for (Object target : targets) {
                    if (target instanceof EObject linked && linked.eIsProxy()) {
                        Findings.error(all, object, ModelPaths.describe(object, reference) + " names '"
                                + ((InternalEObject) linked).eProxyURI().fragment()
                                + "', which is not in the review");
                    }
                }
            }
        }
    }

    /**
     * An import batch holding fewer records than it read: a save was cut short (its parts are written after it) or a
     * part file was lost. Records are never removed one by one (de-duplication and removal before screening mark them).
     */
    static void checkBatches(Review review, BasicDiagnostic all) {
        Map<ImportBatch, Integer> held = new IdentityHashMap<>();
        review.getReferences().forEach(r -> held.merge(r.getBatch(), 1, Integer::sum));
        for (ImportBatch batch : review.getImportBatches()) {
            int here = held.getOrDefault(batch, 0);
            if (here < batch.getRecordCount()) {
                Findings.warning(all, batch, "Import batch " + batch.getId() + " (" + batch.getFile() + "): " + here + " of its " + batch.getRecordCount()
                        + " records are in the review: a save was cut short or a references part file is missing; import the file again");
            }
        }
    }

    /**
     * A study of a review that holds search records, with none of them linked: the PRISMA diagram counts included
     * studies from their records, so it would say more studies than its records allow (the diagram reports it as an
     * error; here it is a warning, as coding a paper before its records are linked is a normal order of work). A review
     * with no records at all (coding only) is not warned.
     */
    static void checkStudyRecords(Review review, BasicDiagnostic all) {
        if (review.getReferences().isEmpty()) {
            return;
        }
        for (Study study : review.getStudies()) {
            if (study.getReferences().isEmpty()) {
                Findings.warning(all, study, "Study " + (study.getLabel() == null || study.getLabel().isBlank() ? study.getId() : study.getLabel() + " (" + study.getId() + ")")
                        + " has no search record linked, so the PRISMA diagram cannot count it: link the records it was found in "
                        + "(Records... in the Study view, or appraise study-records --study " + study.getId() + " --link RECORD)");
            }
        }
    }
}
