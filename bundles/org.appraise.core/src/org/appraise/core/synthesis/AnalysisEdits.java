package org.appraise.core.synthesis;

import java.util.Optional;

import org.appraise.core.ReviewIds;
import org.appraise.model.Analysis;
import org.appraise.model.AnalysisComparison;
import org.appraise.model.Arm;
import org.appraise.model.AnalysisExclusion;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The review's saved analyses, each change one command: a new analysis (or the same id replaced, as a reviewer saving
 * an analysis again), a study left out with the reviewers' reason, and taken back in, a study's arms stated.
 */
public final class AnalysisEdits {

    /** The values of {@link Analysis#getLowerFavours()}. */
    public static final String EXPERIMENTAL = "EXPERIMENTAL";
    public static final String CONTROL = "CONTROL";

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;

    public AnalysisEdits(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /**
     * What an analysis pools and how; the names are metafor's (measure OR, RR, RD, MD, SMD, GIV_RATIO; method MH, PETO, FE,
     * DL, REML, PM); subgroups by RISK_OF_BIAS, DESIGN or a characteristic kind (null: none); the risk-of-bias tool's id
     * (null: the one the studies were assessed with); the I² rule (METAFOR or REVMAN; null: metafor's); which group an effect
     * below the line of no effect favours (EXPERIMENTAL or CONTROL; null: not stated).
     */
    public record Definition(String name, OutcomeDefinition outcome, String criteria, String population, String timepoint, String measure, String method,
            boolean knha, String zeroCells, String experimentalName, String controlName, String subgroups, String riskOfBiasTool, String i2Rule,
            String lowerFavours) {

        public Definition {
            if (lowerFavours != null && !lowerFavours.equals(EXPERIMENTAL) && !lowerFavours.equals(CONTROL)) {
                throw new IllegalArgumentException("an effect below the line of no effect favours EXPERIMENTAL or CONTROL, not " + lowerFavours);
            }
        }

        public Definition(String name, OutcomeDefinition outcome, String criteria, String population, String timepoint, String measure, String method,
                boolean knha, String zeroCells, String experimentalName, String controlName) {
            this(name, outcome, criteria, population, timepoint, measure, method, knha, zeroCells, experimentalName, controlName, null, null, null, null);
        }
    }

    public static Optional<Analysis> find(Review review, String id) {
        return review.getAnalyses().stream().filter(a -> id.equals(a.getId())).findFirst();
    }

    /** An analysis of this definition, outside the review (to run it without saving it; {@link #save} adds one). */
    public static Analysis build(String id, Definition definition) {
        Analysis analysis = AppraiseFactory.eINSTANCE.createAnalysis();
        analysis.setId(id);
        analysis.setName(definition.name());
        analysis.setOutcome(definition.outcome());
        analysis.setCriteria(definition.criteria());
        analysis.setPopulation(definition.population());
        analysis.setTimepoint(definition.timepoint());
        analysis.setMeasure(definition.measure());
        analysis.setMethod(definition.method());
        analysis.setKnha(definition.knha());
        analysis.setZeroCells(definition.zeroCells());
        analysis.setExperimentalName(definition.experimentalName());
        analysis.setControlName(definition.controlName());
        analysis.setSubgroups(definition.subgroups());
        analysis.setRiskOfBiasTool(definition.riskOfBiasTool());
        analysis.setI2Rule(definition.i2Rule());
        analysis.setLowerFavours(definition.lowerFavours());
        return analysis;
    }

    /** Saves a definition under this id: a new analysis, or the one of that id replaced (its exclusions and stated arms kept). */
    public Command save(String id, Definition definition) {
        Analysis analysis = build(id == null || id.isBlank() ? ReviewIds.of(review).next("analysis-" + definition.outcome().getId()) : id, definition);
        for (var it = review.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.appraise.model.Identified other && !(other instanceof Analysis) && analysis.getId().equals(other.getId())) {
                throw new IllegalArgumentException("the id " + analysis.getId() + " is taken by a " + other.eClass().getName().toLowerCase(java.util.Locale.ROOT)
                        + " of the review; name the analysis otherwise");
            }
        }
        Optional<Analysis> before = find(review, analysis.getId());
        if (before.isEmpty()) {
            return AddCommand.create(domain, review, MODEL.getReview_Analyses(), analysis);
        }
        before.get().getExclusions().forEach(e -> analysis.getExclusions().add(copy(e)));
        before.get().getComparisons().forEach(c -> analysis.getComparisons().add(copy(c.getStudy(), c.getExperimental(), c.getControl(), c.getReason())));
        return SetCommand.create(domain, review, MODEL.getReview_Analyses(), analysis, review.getAnalyses().indexOf(before.get()));
    }

    /** Leaves a study out of the analysis, with the reviewers' reason (replacing an earlier reason). */
    public Command exclude(Analysis analysis, Study study, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("leaving " + study.getId() + " out of " + analysis.getId() + " needs a reason");
        }
        Optional<AnalysisExclusion> before = analysis.getExclusions().stream().filter(e -> e.getStudy() == study).findFirst();
        if (before.isPresent()) {
            return SetCommand.create(domain, before.get(), MODEL.getAnalysisExclusion_Reason(), reason);
        }
        AnalysisExclusion exclusion = AppraiseFactory.eINSTANCE.createAnalysisExclusion();
        exclusion.setStudy(study);
        exclusion.setReason(reason);
        return AddCommand.create(domain, analysis, MODEL.getAnalysis_Exclusions(), exclusion);
    }

    /**
     * States which two arms of a study the analysis compares, experimental first, with the reviewers' reason (replacing
     * an earlier statement): a three-arm study, or a study whose arms the default order compares the wrong way round.
     */
    public Command compare(Analysis analysis, Study study, Arm experimental, Arm control, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("stating the arms of " + study.getId() + " in " + analysis.getId() + " needs a reason");
        }
        if (experimental == null || control == null || experimental == control) {
            throw new IllegalArgumentException("a comparison of " + study.getId() + " needs two different arms");
        }
        for (Arm arm : java.util.List.of(experimental, control)) {
            if (!(arm.eContainer() instanceof org.appraise.model.Extraction e) || e.eContainer() != study) {
                throw new IllegalArgumentException("arm " + arm.getId() + " is not an arm of " + study.getId());
            }
        }
        AnalysisComparison comparison = copy(study, experimental, control, reason);
        Optional<AnalysisComparison> before = analysis.getComparisons().stream().filter(c -> c.getStudy() == study).findFirst();
        return before.isPresent()
                ? SetCommand.create(domain, analysis, MODEL.getAnalysis_Comparisons(), comparison, analysis.getComparisons().indexOf(before.get()))
                : AddCommand.create(domain, analysis, MODEL.getAnalysis_Comparisons(), comparison);
    }

    /** Takes a study's stated comparison back: its arms are read in the default order again. */
    public Optional<Command> uncompare(Analysis analysis, Study study) {
        return analysis.getComparisons().stream().filter(c -> c.getStudy() == study).findFirst()
                .map(c -> RemoveCommand.create(domain, analysis, MODEL.getAnalysis_Comparisons(), c));
    }

    /** Takes a study back into the analysis. */
    public Optional<Command> include(Analysis analysis, Study study) {
        return analysis.getExclusions().stream().filter(e -> e.getStudy() == study).findFirst()
                .map(e -> RemoveCommand.create(domain, analysis, MODEL.getAnalysis_Exclusions(), e));
    }

    private static AnalysisComparison copy(Study study, Arm experimental, Arm control, String reason) {
        AnalysisComparison copy = AppraiseFactory.eINSTANCE.createAnalysisComparison();
        copy.setStudy(study);
        copy.setExperimental(experimental);
        copy.setControl(control);
        copy.setReason(reason);
        return copy;
    }

    private static AnalysisExclusion copy(AnalysisExclusion e) {
        AnalysisExclusion copy = AppraiseFactory.eINSTANCE.createAnalysisExclusion();
        copy.setStudy(e.getStudy());
        copy.setReason(e.getReason());
        return copy;
    }
}
