package org.appraise.core.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.ReviewIds;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.ConsensusDecision;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.ExtractionStatus;
import org.appraise.model.GroupSize;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.StudyDesign;
import org.appraise.model.Value;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The consensus of two reviewers' extractions of a study, as EMF commands (undoable, and the editor's dirty
 * state follows). The consensus is an extraction of its own ({@code <study>--consensus}, in its own file),
 * recorded by the arbiter; the reviewers' extractions are never changed. It starts as a copy of one
 * reviewer's design, study details, PICO, arms and results with their quotes; then each disagreement is
 * settled by taking the other reviewer's value (with the quotes it came from) or by entering a value neither
 * gave, with a note saying why. Risk-of-bias judgements are settled per assessment
 * ({@link org.appraise.core.rob.AssessmentEdits#recordConsensus}).
 */
public final class ExtractionConsensus {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;
    private final ExtractionComparison comparison;

    public ExtractionConsensus(EditingDomain domain, Review review, RiskOfBiasTools tools) {
        this.domain = domain;
        this.review = review;
        this.comparison = new ExtractionComparison(tools);
    }

    /** The study's consensus extraction, if one was started. */
    public static Optional<Extraction> of(Study study) {
        return study.getExtractions().stream().filter(Extraction::isConsensus).findFirst();
    }

    /** Whether a consensus has extraction data yet (a consensus may hold only risk-of-bias assessments). */
    public static boolean started(Extraction consensus) {
        return consensus.getDesign() != null && consensus.getDesign() != StudyDesign.UNSPECIFIED || !consensus.getCharacteristics().isEmpty()
                || !consensus.getPico().isEmpty() || !consensus.getArms().isEmpty() || !consensus.getMeasurements().isEmpty();
    }

    /**
     * Starts the consensus from one reviewer's extraction: its design, details, PICO, arms and results are
     * copied with their quotes into the study's consensus (made if there is none). Refused when the consensus
     * already has extraction data.
     */
    public Command start(Study study, Extraction from, Reviewer arbiter) {
        CompoundCommand command = new CompoundCommand("Start the consensus of " + study.getId() + " from " + from.getId());
        ReviewIds ids = ReviewIds.of(review);
        Extraction consensus = of(study).orElse(null);
        if (consensus != null && started(consensus)) {
            throw new IllegalArgumentException("The consensus of " + study.getId() + " is already started (" + consensus.getId() + ")");
        }
        ConsensusCopies copies;
        if (consensus == null) {
            consensus = CREATE.createExtraction();
            consensus.setId(ids.next(study.getId() + "--consensus"));
            consensus.setConsensus(true);
            consensus.setReviewer(arbiter);
            consensus.setStatus(ExtractionStatus.IN_PROGRESS);
            command.append(AddCommand.create(domain, study, MODEL.getStudy_Extractions(), consensus));
        }
        copies = new ConsensusCopies(consensus, ids);
        command.append(SetCommand.create(domain, consensus, MODEL.getExtraction_Design(), from.getDesign()));
        String note = "Consensus started from " + from.getId() + (arbiter == null ? "" : ", recorded by " + arbiter.getId()) + ".";
        command.append(SetCommand.create(domain, consensus, MODEL.getExtraction_Notes(),
                consensus.getNotes() == null || consensus.getNotes().isBlank() ? note : consensus.getNotes() + "\n" + note));
        List<Arm> arms = new ArrayList<>();
        for (Arm arm : from.getArms()) {
            Arm copy = copies.of(arm);
            arms.add(copy);
        }
        copies.armsByKey(arms);
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Characteristics(), from.getCharacteristics().stream().map(copies::of).toList()));
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Pico(), from.getPico().stream().map(copies::of).toList()));
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Arms(), arms));
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Measurements(), from.getMeasurements().stream().map(copies::of).toList()));
        copies.annotations(command, domain);
        return command;
    }

    /** The consensus' value of a field, or {@link ExtractionComparison#MISSING}. */
    public String value(Extraction consensus, ExtractionComparison.Field field) {
        ExtractionComparison.Entry entry = entry(consensus, field);
        return entry == null || entry.value() == null ? ExtractionComparison.MISSING : entry.value();
    }

    /** How the consensus settled a field, if it did (starting from one reviewer's extraction settles nothing). */
    public static Optional<ConsensusDecision> decision(Extraction consensus, ExtractionComparison.Field field) {
        return consensus.getDecisions().stream().filter(d -> field.group().equals(d.getGroup()) && field.key().equals(d.getField())).findFirst();
    }

    public static boolean settles(Extraction consensus, ExtractionComparison.Field field) {
        return decision(consensus, field).isPresent();
    }

    /**
     * Makes the consensus take one reviewer's value of a field, with the quotes it came from, and records the
     * decision (which extraction's value was taken).
     *
     * @param taken the extraction of that side (its value may be "not recorded")
     */
    public Command take(Extraction consensus, ExtractionComparison.Field field, Extraction taken, boolean first) {
        List<EObject> side = first ? field.firstElements() : field.secondElements();
        String label = "Take " + (first ? field.first() : field.second()) + " for " + field.key();
        CompoundCommand command = new CompoundCommand(label);
        decide(command, consensus, field, taken, first ? field.first() : field.second(), null);
        ReviewIds ids = ReviewIds.of(review);
        ConsensusCopies copies = new ConsensusCopies(consensus, ids);
        copies.armsByKey(consensus.getArms());
        ExtractionComparison.Entry now = entry(consensus, field);
        List<EObject> current = now == null ? List.of() : now.elements();
        switch (field.group()) {
            case ExtractionComparison.DESIGN -> command.append(SetCommand.create(domain, consensus, MODEL.getExtraction_Design(),
                    side.isEmpty() ? StudyDesign.UNSPECIFIED : ((Extraction) side.get(0)).getDesign()));
            case ExtractionComparison.DETAILS, ExtractionComparison.PICO -> {
                EReference list = field.group().equals(ExtractionComparison.PICO) ? MODEL.getExtraction_Pico() : MODEL.getExtraction_Characteristics();
                if (!current.isEmpty()) {
                    command.append(RemoveCommand.create(domain, consensus, list, current));
                }
                if (!side.isEmpty()) {
                    command.append(AddCommand.create(domain, consensus, list, side.stream().map(copies::of).toList()));
                }
            }
            case ExtractionComparison.ARMS, ExtractionComparison.RESULTS -> takeValue(command, consensus, field, side, current, copies);
            default -> throw new IllegalArgumentException("Risk-of-bias judgements are settled per assessment: Record consensus... in the Risk of bias view");
        }
        copies.annotations(command, domain);
        return command;
    }

    private void takeValue(CompoundCommand command, Extraction consensus, ExtractionComparison.Field field, List<EObject> side, List<EObject> current,
            ConsensusCopies copies) {
        Value mine = current.isEmpty() ? null : current.get(0) instanceof Value v ? v : null;
        if (side.isEmpty() || !(side.get(0) instanceof Value theirs)) {
            if (mine != null) { // the reviewer taken recorded nothing here
                command.append(SetCommand.create(domain, mine.eContainer(), mine.eContainingFeature(), null));
            }
            return;
        }
        if (mine != null) {
            command.append(SetCommand.create(domain, mine.eContainer(), mine.eContainingFeature(), copies.of(theirs)));
            return;
        }
        EObject holder = theirs.eContainer();
        if (holder instanceof GroupSize size) {
            Arm arm = (Arm) size.eContainer();
            Arm ours = copies.arm(arm);
            if (ours == null) {
                command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Arms(), copies.of(arm)));
            } else {
                GroupSize same = ours.getGroupSizes().stream().filter(g -> java.util.Objects.equals(g.getPopulation(), size.getPopulation())).findFirst()
                        .orElse(null);
                command.append(same == null ? AddCommand.create(domain, ours, MODEL.getArm_GroupSizes(), copies.of(size))
                        : SetCommand.create(domain, same, MODEL.getGroupSize_N(), copies.of(theirs)));
            }
            return;
        }
        Result result = (Result) holder;
        OutcomeMeasurement measurement = (OutcomeMeasurement) result.eContainer();
        OutcomeMeasurement row = consensus.getMeasurements().stream()
                .filter(m -> ExtractionComparison.rowKey(m).equals(ExtractionComparison.rowKey(measurement))).findFirst().orElse(null);
        if (row == null) {
            command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Measurements(), copies.of(measurement)));
            return;
        }
        Result same = row.getResults().stream().filter(r -> ExtractionComparison.sideKey(r).equals(ExtractionComparison.sideKey(result))).findFirst()
                .orElse(null);
        command.append(same == null ? AddCommand.create(domain, row, MODEL.getOutcomeMeasurement_Results(), copies.of(result))
                : SetCommand.create(domain, same, theirs.eContainingFeature(), copies.of(theirs)));
    }

    /**
     * Records a value neither reviewer gave, with a note: a number for arms and results (its unit kept, its
     * quotes dropped, the note on the value), the text of a PICO element or study detail, or a design; the
     * decision keeps the value and the note. Refused for a field the consensus does not hold yet (take a side
     * first) and for a number that is not one.
     */
    public Command enter(Extraction consensus, ExtractionComparison.Field field, String value, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say why the consensus differs from both reviewers (the note)");
        }
        ExtractionComparison.Entry now = entry(consensus, field);
        CompoundCommand command = new CompoundCommand("Enter " + value + " for " + field.key());
        switch (field.group()) {
            case ExtractionComparison.DESIGN -> {
                StudyDesign design = StudyDesign.get(value);
                if (design == null) {
                    throw new IllegalArgumentException("'" + value + "' is not a study design: " + StudyDesign.VALUES);
                }
                command.append(SetCommand.create(domain, consensus, MODEL.getExtraction_Design(), design));
            }
            case ExtractionComparison.DETAILS, ExtractionComparison.PICO -> {
                if (now == null || now.elements().isEmpty()) {
                    throw new IllegalArgumentException("The consensus has no " + field.key() + " yet: take one reviewer's first, then change it");
                }
                EObject kept = now.elements().get(0);
                command.append(SetCommand.create(domain, kept, kept.eClass().getEStructuralFeature("text"), value));
                if (now.elements().size() > 1) {
                    EReference list = field.group().equals(ExtractionComparison.PICO) ? MODEL.getExtraction_Pico() : MODEL.getExtraction_Characteristics();
                    command.append(RemoveCommand.create(domain, consensus, list, now.elements().subList(1, now.elements().size())));
                }
            }
            case ExtractionComparison.ARMS, ExtractionComparison.RESULTS -> {
                if (now == null || now.elements().isEmpty() || !(now.elements().get(0) instanceof Value mine)) {
                    throw new IllegalArgumentException("The consensus has no value for " + field.key() + " yet: take one reviewer's first, then change it");
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a number");
                }
                Value entered = CREATE.createValue();
                entered.setNumber(number);
                entered.setUnit(mine.getUnit());
                entered.setNote(note);
                command.append(SetCommand.create(domain, mine.eContainer(), mine.eContainingFeature(), entered));
            }
            default -> throw new IllegalArgumentException("Risk-of-bias judgements are settled per assessment: Record consensus... in the Risk of bias view");
        }
        decide(command, consensus, field, null, value.strip(), note.strip());
        return command;
    }

    /** Replaces the decision on a field with a new one. */
    private void decide(CompoundCommand command, Extraction consensus, ExtractionComparison.Field field, Extraction taken, String value, String note) {
        decision(consensus, field).ifPresent(old -> command.append(RemoveCommand.create(domain, consensus, MODEL.getExtraction_Decisions(), old)));
        ConsensusDecision decision = CREATE.createConsensusDecision();
        decision.setGroup(field.group());
        decision.setField(field.key());
        decision.setTaken(taken);
        decision.setValue(value);
        decision.setNote(note);
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Decisions(), decision));
    }

    private ExtractionComparison.Entry entry(Extraction consensus, ExtractionComparison.Field field) {
        return comparison.entries(consensus).get(field.group()).get(field.key());
    }
}
