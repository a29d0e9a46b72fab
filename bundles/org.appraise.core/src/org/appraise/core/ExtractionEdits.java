package org.appraise.core;

import java.math.BigDecimal;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.Characteristic;
import org.appraise.model.CharacteristicKind;
import org.appraise.model.PicoElement;
import org.appraise.model.PicoKind;
import org.appraise.model.StudyDesign;
import org.appraise.model.ArmResult;
import org.appraise.model.Extraction;
import org.appraise.model.ExtractionStatus;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits a reviewer makes while coding a study, each as one EMF command (so each undoes as a whole):
 * add a study with its report, start an extraction, set its design, add PICO elements and study
 * characteristics, add an arm, add a row of results for an outcome, set a value typed or derived by hand,
 * remove a row.
 */
public final class ExtractionEdits {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    /** The kinds of per-arm result a row can hold. */
    public enum RowType {
        DICHOTOMOUS(MODEL.getDichotomousResult()), CONTINUOUS(MODEL.getContinuousResult()),
        MEDIAN_TIME_TO_EVENT(MODEL.getMedianTimeToEvent());

        final EClass eClass;

        RowType(EClass eClass) {
            this.eClass = eClass;
        }
    }

    private final EditingDomain domain;
    private final Review review;

    public ExtractionEdits(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /** A new study with one report, the file of which is already in the review folder. */
    public Command addStudy(String label, String reportFile, String contentHash) {
        return addStudy(label, reportFile, contentHash, java.util.List.of());
    }

    /**
     * A study with its report and the search records it was found in, as one command.
     *
     * @throws IllegalArgumentException when a record cannot be the study's ({@link org.appraise.core.screening.StudyRecords#link})
     */
    public Command addStudy(String label, String reportFile, String contentHash, java.util.List<org.appraise.model.Reference> records) {
        ReviewIds ids = ReviewIds.of(review);
        Study study = CREATE.createStudy();
        study.setId(ids.next(label));
        study.setLabel(label);
        Report report = CREATE.createReport();
        report.setId(ids.next(study.getId() + "-report"));
        report.setFile(reportFile);
        report.setContentHash(contentHash);
        study.getReports().add(report);
        Command add = AddCommand.create(domain, review, MODEL.getReview_Studies(), study);
        if (records.isEmpty()) {
            return add;
        }
        org.eclipse.emf.common.command.CompoundCommand withRecords = new org.eclipse.emf.common.command.CompoundCommand("Add study " + label);
        withRecords.append(add);
        withRecords.append(new org.appraise.core.screening.StudyRecords(domain, review).link(study, records));
        return withRecords;
    }

    /** The reviewer's own extraction of a study, empty, in progress. */
    public Command startExtraction(Study study, Reviewer reviewer) {
        Extraction extraction = CREATE.createExtraction();
        extraction.setId(ReviewIds.of(review).next(study.getId() + "--" + reviewer.getId()));
        extraction.setReviewer(reviewer);
        extraction.setStatus(ExtractionStatus.IN_PROGRESS);
        return AddCommand.create(domain, study, MODEL.getStudy_Extractions(), extraction);
    }

    /** An arm, with its size in one analysis population when the size is known. */
    public Command addArm(Extraction extraction, String label, String intervention, String population, BigDecimal n) {
        Arm arm = CREATE.createArm();
        arm.setId(ReviewIds.of(review).next(study(extraction).getId() + "-" + label));
        arm.setLabel(label);
        arm.setIntervention(intervention == null || intervention.isBlank() ? null : intervention);
        if (n != null) {
            GroupSize size = CREATE.createGroupSize();
            size.setPopulation(population == null || population.isBlank() ? null : population);
            Value value = CREATE.createValue();
            value.setNumber(n);
            size.setN(value);
            arm.getGroupSizes().add(size);
        }
        return AddCommand.create(domain, extraction, MODEL.getExtraction_Arms(), arm);
    }

    /**
     * A row of results: one outcome for one set of criteria, timepoint and analysis population, with an
     * empty result of the given type for every arm, and a hazard ratio of the first arm against each
     * other arm when asked for.
     */
    public Command addRow(Extraction extraction, OutcomeDefinition outcome, String criteria, String timepoint,
            String population, RowType type, boolean hazardRatios) {
        ReviewIds ids = ReviewIds.of(review);
        OutcomeMeasurement row = CREATE.createOutcomeMeasurement();
        row.setId(ids.next(study(extraction).getId() + "-" + (outcome == null ? "outcome" : outcome.getId())
                + (criteria == null || criteria.isBlank() ? "" : "-" + criteria) + (population == null || population.isBlank() ? "" : "-" + population)));
        row.setOutcome(outcome);
        row.setCriteria(blankToNull(criteria));
        row.setTimepoint(blankToNull(timepoint));
        row.setPopulation(blankToNull(population));
        List<Arm> arms = extraction.getArms();
        for (Arm arm : arms) {
            ArmResult result = (ArmResult) CREATE.create(type.eClass);
            result.setId(ids.next(row.getId() + "-" + arm.getId()));
            result.setArm(arm);
            row.getResults().add(result);
        }
        if (hazardRatios) {
            for (Arm comparator : arms.subList(Math.min(1, arms.size()), arms.size())) {
                HazardRatio hr = CREATE.createHazardRatio();
                hr.setId(ids.next(row.getId() + "-hr-" + comparator.getId()));
                hr.setExperimental(arms.get(0));
                hr.setComparator(comparator);
                // no level is assumed: the paper states it (read with the interval, or set in the result's details)
                row.getResults().add(hr);
            }
        }
        return AddCommand.create(domain, extraction, MODEL.getExtraction_Measurements(), row);
    }

    /**
     * Sets a value typed by the reviewer. A derived value must say its arithmetic; a value that exists keeps
     * its quotes.
     */
    public Command setValue(EObject owner, EReference field, BigDecimal number, String unit, boolean derived, String derivation) {
        if (derived && (derivation == null || derivation.isBlank())) {
            throw new IllegalArgumentException("a derived value needs its arithmetic");
        }
        Value current = (Value) owner.eGet(field);
        if (current == null) {
            Value value = CREATE.createValue();
            value.setNumber(number);
            value.setUnit(blankToNull(unit));
            value.setDerived(derived);
            value.setDerivation(derived ? derivation : null);
            return SetCommand.create(domain, owner, field, value);
        }
        CompoundCommand command = new CompoundCommand("Set " + field.getName());
        command.append(SetCommand.create(domain, current, MODEL.getValue_Number(), number));
        command.append(SetCommand.create(domain, current, MODEL.getValue_Unit(), blankToNull(unit)));
        command.append(SetCommand.create(domain, current, MODEL.getValue_Derived(), derived));
        command.append(SetCommand.create(domain, current, MODEL.getValue_Derivation(), derived ? derivation : null));
        return command;
    }

    /** A PICO element of the study as reported (its quotes are assigned from the paper). */
    public Command addPico(Extraction extraction, PicoKind kind, String text) {
        PicoElement element = CREATE.createPicoElement();
        element.setId(ReviewIds.of(review).next(extraction.getId() + "-" + kind.getLiteral().toLowerCase()));
        element.setKind(kind);
        element.setText(text);
        return AddCommand.create(domain, extraction, MODEL.getExtraction_Pico(), element);
    }

    /** A study characteristic (setting, country, period...) as the reviewer words it. */
    public Command addCharacteristic(Extraction extraction, CharacteristicKind kind, String text) {
        Characteristic characteristic = CREATE.createCharacteristic();
        characteristic.setId(ReviewIds.of(review).next(extraction.getId() + "-" + kind.getLiteral().toLowerCase()));
        characteristic.setKind(kind);
        characteristic.setText(text);
        return AddCommand.create(domain, extraction, MODEL.getExtraction_Characteristics(), characteristic);
    }

    /**
     * An outcome of the review, defined once for every study by its five elements (domain, measurement, metric,
     * aggregation, timing); the definition given is filled in by the caller and gets its id here.
     */
    public Command addOutcome(org.appraise.model.OutcomeDefinition outcome) {
        outcome.setId(ReviewIds.of(review).next("outcome-" + (outcome.getName() == null ? "new" : outcome.getName())));
        return AddCommand.create(domain, review, MODEL.getReview_Outcomes(), outcome);
    }

    public Command setDesign(Extraction extraction, StudyDesign design) {
        return SetCommand.create(domain, extraction, MODEL.getExtraction_Design(), design);
    }

    /**
     * Moves quotes that were found again in a changed report ({@link QuoteAnchor.Status#MOVED}) to where
     * their words now stand, as one command; quotes still in place, ambiguous or lost are left as they are.
     * Returns null when none moved.
     */
    public Command reanchor(List<org.appraise.model.Annotation> annotations, ReportText text) {
        CompoundCommand command = new CompoundCommand("Re-anchor quotes");
        for (org.appraise.model.Annotation annotation : annotations) {
            QuoteAnchor.Finding finding = QuoteAnchor.find(annotation, text);
            if (finding.status() == QuoteAnchor.Status.MOVED) {
                command.append(SetCommand.create(domain, annotation, MODEL.getAnnotation_Start(), finding.start()));
                command.append(SetCommand.create(domain, annotation, MODEL.getAnnotation_End(), finding.start() + annotation.getQuote().length()));
            }
        }
        return command.isEmpty() ? null : command;
    }

    /** A quote's comment, as the reviewer wrote it; a blank one removes the comment. */
    public Command comment(org.appraise.model.Annotation annotation, String comment) {
        return SetCommand.create(domain, annotation, MODEL.getAnnotation_Comment(), blankToNull(comment));
    }

    public Command removeRow(OutcomeMeasurement row) {
        return RemoveCommand.create(domain, row);
    }

    private static Study study(Extraction extraction) {
        return (Study) extraction.eContainer();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
