package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ScreeningStage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Records removed before screening (PRISMA 2020: marked ineligible by an automation tool, or removed for other
 * reasons), as one command. All or nothing: an unknown id, a record already removed as a duplicate, or one that
 * already has a title/abstract decision refuses the whole removal, because the reviewer must see those first.
 * Removed records stay in the review and count as identified.
 */
public final class RemovalBeforeScreening {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;

    public RemovalBeforeScreening(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /** What removing these records would do: the command when nothing is refused, else the refusals. */
    public record Plan(List<Reference> removing, List<String> refused, Command command) {
        public boolean refusedAny() {
            return !refused.isEmpty();
        }
    }

    public Plan plan(List<String> ids, String reason, boolean automation) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a removal before screening needs its reason (the automation tool, or why)");
        }
        Map<String, Reference> byId = new LinkedHashMap<>();
        review.getReferences().forEach(r -> byId.put(r.getId(), r));
        ScreeningState state = ScreeningState.of(review);
        List<String> refused = new ArrayList<>();
        List<Reference> removing = new ArrayList<>();
        for (String id : ids) {
            Reference reference = byId.get(id);
            if (reference == null) {
                refused.add(id + ": no such record");
            } else if (reference.getDuplicateOf() != null) {
                refused.add(id + ": already removed as a duplicate of " + reference.getDuplicateOf().getId());
            } else if (state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).isPresent()
                    || !state.at(reference, ScreeningStage.TITLE_ABSTRACT).map(s -> s.decisions().isEmpty()).orElse(true)) {
                refused.add(id + ": already screened (a decision exists)");
            } else {
                removing.add(reference);
            }
        }
        if (!refused.isEmpty()) {
            return new Plan(List.of(), List.copyOf(refused), null);
        }
        CompoundCommand command = new CompoundCommand("Remove " + removing.size() + " record(s) before screening");
        for (Reference reference : removing) {
            command.append(SetCommand.create(domain, reference, MODEL.getReference_RemovedBeforeScreening(), reason));
            command.append(SetCommand.create(domain, reference, MODEL.getReference_RemovedByAutomation(), automation));
        }
        return new Plan(List.copyOf(removing), List.of(), command);
    }
}
