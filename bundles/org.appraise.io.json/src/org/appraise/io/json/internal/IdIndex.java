package org.appraise.io.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.appraise.io.json.LoadProblem;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Identified;
import org.appraise.model.Review;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Every object of a loaded review by its id, for the links between files. An id used twice is a problem of the file
 * that holds the second, and protects both files from every save, each naming the other.
 */
final class IdIndex {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private final FileLedger ledger;
    private final List<LoadProblem> problems;
    private final Map<EClass, Boolean> holdsIds = new HashMap<>();

    IdIndex(FileLedger ledger, List<LoadProblem> problems) {
        this.ledger = ledger;
        this.problems = problems;
    }

    Map<String, EObject> of(Review review) {
        Map<String, EObject> index = new HashMap<>();
        index.put(review.getId(), review);
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (!mayHoldIds(object.eClass())) {
                it.prune(); // a record's raw fields: two million objects in a large search, none with an id
            }
            if (object instanceof Identified identified && identified.getId() != null) {
                EObject before = index.putIfAbsent(identified.getId(), object);
                if (before != null) {
                    usedTwice(identified.getId(), before, object);
                }
            }
        }
        return index;
    }

    private void usedTwice(String id, EObject before, EObject object) {
        String first = ledger.fileOf(before).orElse(FolderLayout.REVIEW_FILE);
        String second = ledger.fileOf(object).orElse(FolderLayout.REVIEW_FILE);
        String where = first.equals(second) ? "twice in this file" : "in " + first + " too";
        problems.add(new LoadProblem(second, "", "id '" + id + "' (" + object.eClass().getName() + ") is used " + where
                + " (" + before.eClass().getName() + "); links to it go to the first. Nothing in either file is saved until one of them has another id"));
        ledger.protect(first, "id '" + id + "' is used in " + second + " too: give one of them another id");
        ledger.protect(second, "id '" + id + "' is used in " + first + " too: give one of them another id");
    }

    /** Whether anything an object of this class contains may have an id (any subclass of a contained type counts). */
    private boolean mayHoldIds(EClass type) {
        Boolean answer = holdsIds.get(type);
        if (answer != null) {
            return answer;
        }
        holdsIds.put(type, true); // a containment cycle is answered yes while it is being worked out
        boolean holds = false;
        for (EReference containment : type.getEAllContainments()) {
            holds |= containment.getEReferenceType().getEPackage() != MODEL; // a type of another package: not known here
            for (EClassifier classifier : MODEL.getEClassifiers()) {
                if (classifier instanceof EClass contained && containment.getEReferenceType().isSuperTypeOf(contained)
                        && (MODEL.getIdentified().isSuperTypeOf(contained) || mayHoldIds(contained))) {
                    holds = true;
                }
            }
        }
        holdsIds.put(type, holds);
        return holds;
    }
}
