package org.appraise.core.screening;

import java.time.Instant;
import java.util.Optional;

import org.appraise.core.ReviewIds;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.ExclusionReason;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A reviewer's screening decisions and the resolutions of conflicts, each one EMF command. Each reviewer
 * writes to a log (a file) of their own, and resolutions go to the consensus log, so the originals are never
 * changed by a resolution. A full-text exclusion needs a reason from the review's list; "not retrieved" is a
 * full-text verdict only.
 */
public final class ScreeningEdits {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;

    public ScreeningEdits(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /** A reviewer's own decision on a record at a stage (replacing their earlier one). */
    public Command decide(Reviewer reviewer, Reference reference, ScreeningStage stage, Verdict verdict, ExclusionReason reason,
            String note, Instant at) {
        return record(reviewer, false, reference, stage, verdict, reason, note, at);
    }

    /**
     * How many reviewers decide each record before their decisions count: single screening (one) or the standard two.
     * A method of the review, changed as one command; every decision already made is read again by the new rule.
     */
    public Command method(boolean single) {
        CompoundCommand method = new CompoundCommand(single ? "Single screening" : "Dual screening");
        method.append(SetCommand.create(domain, review, MODEL.getReview_SingleScreening(), single));
        return method;
    }

    /** The resolution of a conflict, kept in the consensus log apart from the reviewers' decisions. */
    public Command resolve(Reviewer arbiter, Reference reference, ScreeningStage stage, Verdict verdict, ExclusionReason reason,
            String note, Instant at) {
        return record(arbiter, true, reference, stage, verdict, reason, note, at);
    }

    private Command record(Reviewer reviewer, boolean consensus, Reference reference, ScreeningStage stage, Verdict verdict,
            ExclusionReason reason, String note, Instant at) {
        if (stage == ScreeningStage.FULL_TEXT && verdict == Verdict.EXCLUDE && reason == null) {
            throw new IllegalArgumentException("Excluding " + reference.getId() + " at full text needs a reason from the review's list");
        }
        if (stage == ScreeningStage.TITLE_ABSTRACT && verdict == Verdict.NOT_RETRIEVED) {
            throw new IllegalArgumentException("'Not retrieved' is a full-text verdict");
        }
        CompoundCommand command = new CompoundCommand((consensus ? "Resolve " : "Screen ") + reference.getId());
        ScreeningLog log = logOf(reviewer, consensus).orElse(null);
        if (log == null) {
            log = CREATE.createScreeningLog();
            log.setId(ReviewIds.of(review).next("screening-" + (consensus ? "consensus" : reviewer.getId())));
            log.setReviewer(reviewer);
            log.setConsensus(consensus);
            command.append(AddCommand.create(domain, review, MODEL.getReview_Screening(), log));
        }
        ScreeningDecision existing = log.getDecisions().stream()
                .filter(d -> d.getReference() == reference && d.getStage() == stage).findFirst().orElse(null);
        if (existing == null) {
            ScreeningDecision decision = CREATE.createScreeningDecision();
            decision.setReference(reference);
            decision.setStage(stage);
            decision.setVerdict(verdict);
            decision.setReason(reason);
            decision.setNote(note);
            decision.setDecidedAt(at.toString());
            command.append(AddCommand.create(domain, log, MODEL.getScreeningLog_Decisions(), decision));
        } else {
            command.append(SetCommand.create(domain, existing, MODEL.getScreeningDecision_Verdict(), verdict));
            command.append(SetCommand.create(domain, existing, MODEL.getScreeningDecision_Reason(), reason));
            command.append(SetCommand.create(domain, existing, MODEL.getScreeningDecision_Note(), note));
            command.append(SetCommand.create(domain, existing, MODEL.getScreeningDecision_DecidedAt(), at.toString()));
        }
        return command;
    }

    private Optional<ScreeningLog> logOf(Reviewer reviewer, boolean consensus) {
        return review.getScreening().stream().filter(l -> l.isConsensus() == consensus && (consensus || l.getReviewer() == reviewer))
                .findFirst();
    }
}
