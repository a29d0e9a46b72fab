package org.appraise.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.appraise.core.ReviewIds;
import org.appraise.model.Annotation;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.Identified;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Copies of a reviewer's elements for the consensus: fresh ids, arms pointing at the consensus' arms of the
 * same label, and each quote copied into the consensus (its comment naming the quote it copies), so that the
 * consensus file stands on its own.
 */
final class ConsensusCopies {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final Extraction consensus;
    private final ReviewIds ids;
    private final Map<Annotation, Annotation> quotes = new HashMap<>();
    private final Map<String, Arm> arms = new HashMap<>();

    ConsensusCopies(Extraction consensus, ReviewIds ids) {
        this.consensus = consensus;
        this.ids = ids;
    }

    void armsByKey(List<Arm> consensusArms) {
        consensusArms.forEach(a -> arms.put(key(a), a));
    }

    Arm arm(Arm theirs) {
        return arms.get(key(theirs));
    }

    private static String key(Arm arm) {
        return (arm.getLabel() == null ? arm.getId() : arm.getLabel()).toLowerCase(Locale.ROOT).strip();
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T of(T original) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        T copy = (T) copier.copy(original);
        copier.copyReferences();
        List<EObject> all = new ArrayList<>();
        all.add(copy);
        copy.eAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            if (element instanceof Identified identified && identified.getId() != null) {
                identified.setId(ids.next(consensus.getId() + "-" + identified.getId()));
            }
            if (element instanceof Arm arm) {
                arms.putIfAbsent(key(arm), arm);
            }
            EStructuralFeature sources = element.eClass().getEStructuralFeature("sources");
            if (sources != null) {
                @SuppressWarnings("unchecked")
                List<Annotation> list = (List<Annotation>) element.eGet(sources);
                List<Annotation> copied = list.stream().map(this::quote).toList();
                list.clear();
                list.addAll(copied);
            }
            remapArm(element, MODEL.getArmResult_Arm());
            remapArm(element, MODEL.getHazardRatio_Experimental());
            remapArm(element, MODEL.getHazardRatio_Comparator());
        }
        return copy;
    }

    private void remapArm(EObject element, EReference feature) {
        if (feature.getEContainingClass().isInstance(element) && element.eGet(feature) instanceof Arm arm && arm.eContainer() != consensus) {
            Arm ours = arms.get(key(arm));
            if (ours != null) {
                element.eSet(feature, ours);
            }
        }
    }

    private Annotation quote(Annotation original) {
        if (original.eContainer() == consensus) {
            return original;
        }
        return quotes.computeIfAbsent(original, o -> {
            Annotation copy = EcoreUtil.copy(o);
            copy.setId(ids.next(consensus.getId() + "-" + o.getId()));
            copy.setComment((o.getComment() == null || o.getComment().isBlank() ? "" : o.getComment() + " ") + "(copy of " + o.getId() + ")");
            return copy;
        });
    }

    /** Adds the copied quotes to the consensus, before the elements that cite them are used. */
    void annotations(CompoundCommand command, EditingDomain domain) {
        if (!quotes.isEmpty()) {
            command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Annotations(), new ArrayList<>(quotes.values())));
        }
    }
}
