package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.appraise.core.ResultParts;
import org.appraise.core.SupportedThings;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Characteristic;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.Result;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A field a selected span can be assigned to: a value of a result ({@code events} of the RT + PD1 arm in
 * ORR, RECIST 1.1) or the sources of a PICO element or study characteristic.
 */
public record ValueTarget(EObject owner, EReference field, String label) {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    /** Whether the field holds a number (a value) rather than a list of quotes. */
    public boolean numeric() {
        return field.getEReferenceType() == MODEL.getValue();
    }

    /** Every field of an extraction, in reading order: PICO, characteristics, arms and their sizes, then each result's values. */
    public static List<ValueTarget> of(Extraction extraction) {
        List<ValueTarget> targets = new ArrayList<>();
        targets.add(new ValueTarget(extraction, MODEL.getExtraction_DesignSources(), SupportedThings.name(extraction)));
        for (PicoElement pico : extraction.getPico()) {
            targets.add(new ValueTarget(pico, MODEL.getPicoElement_Sources(), SupportedThings.name(pico)));
        }
        for (Characteristic c : extraction.getCharacteristics()) {
            targets.add(new ValueTarget(c, MODEL.getCharacteristic_Sources(), SupportedThings.name(c)));
        }
        for (org.appraise.model.Arm arm : extraction.getArms()) {
            targets.add(new ValueTarget(arm, MODEL.getArm_Sources(), SupportedThings.name(arm) + " \u00b7 description"));
            for (org.appraise.model.GroupSize size : arm.getGroupSizes()) {
                targets.add(new ValueTarget(size, MODEL.getGroupSize_N(), SupportedThings.name(size) + " \u00b7 n (" + now(size.getN()) + ")"));
            }
        }
        for (OutcomeMeasurement m : extraction.getMeasurements()) {
            for (Result r : m.getResults()) {
                String row = SupportedThings.row(r);
                for (EReference field : r.eClass().getEAllContainments()) {
                    if (field.getEReferenceType() == MODEL.getValue()) {
                        targets.add(new ValueTarget(r, field, row + " \u00b7 " + part(field) + " (" + now((Value) r.eGet(field)) + ")"));
                    }
                }
            }
        }
        riskOfBias(extraction, targets);
        return targets;
    }

    /** The reviewer's word for a part of a result: "p value", not pValue. */
    static String part(EReference field) {
        return field.getName().equals("pValue") ? "p value" : field.getName();
    }

    /** Whether every word typed (in any order, any case) is in the label: "orr rp events". */
    public boolean matches(String typed) {
        return matches(label, typed);
    }

    static boolean matches(String label, String typed) {
        String haystack = label.toLowerCase(java.util.Locale.ROOT);
        for (String word : typed.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field is a number not yet recorded. */
    public boolean empty() {
        return numeric() && (owner.eGet(field) == null || ((Value) owner.eGet(field)).getNumber() == null);
    }

    private static String now(Value value) {
        return value == null || value.getNumber() == null ? "empty" : value.getNumber().toPlainString();
    }

    /** The support of each answered signalling question and of each domain judgement of the extraction's assessments. */
    private static void riskOfBias(Extraction extraction, List<ValueTarget> targets) {
        if (extraction.getAssessments().isEmpty()) {
            return;
        }
        org.appraise.core.rob.RiskOfBiasTools tools = org.appraise.core.rob.RiskOfBiasTools.builtIn();
        for (org.appraise.model.RiskOfBiasAssessment assessment : extraction.getAssessments()) {
            java.util.Optional<org.appraise.core.rob.RiskOfBiasTool> tool = tools.find(assessment.getTool());
            String name = tool.map(org.appraise.core.rob.RiskOfBiasTool::shortName).orElse(text(assessment.getTool()))
                    + (assessment.getMeasurement() == null || assessment.getMeasurement().getOutcome() == null ? ""
                            : " \u00b7 " + assessment.getMeasurement().getOutcome().getName() + " \u00b7 "
                                    + text(assessment.getMeasurement().getPopulation()));
            for (org.appraise.model.SignallingAnswer answer : assessment.getAnswers()) {
                String number = tool.flatMap(t -> t.question(answer.getQuestion())).map(q -> q.number()).orElse(answer.getQuestion());
                targets.add(new ValueTarget(answer, MODEL.getSignallingAnswer_Sources(),
                        "Risk of bias " + name + " \u00b7 " + number + " (" + text(answer.getAnswer()) + "): support"));
            }
            for (org.appraise.model.DomainJudgement judgement : assessment.getDomains()) {
                String caption = tool.flatMap(t -> t.domain(judgement.getDomain())).map(d -> d.caption()).orElse(judgement.getDomain());
                targets.add(new ValueTarget(judgement, MODEL.getDomainJudgement_Sources(),
                        "Risk of bias " + name + " \u00b7 " + caption + " judgement: support"));
            }
        }
    }

    /** The number the span gives this field as written, or null: the same reading as the whole-result filling. */
    public BigDecimal proposal(String span) {
        return numeric() ? ResultParts.proposal(owner, field, span) : null;
    }

    /** What a selection would fill: every part of a result it holds, or this field alone. */
    public ResultParts.Filling filling(String span) {
        return numeric() ? ResultParts.read(owner, field, span) : new ResultParts.Filling(List.of(), List.of());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
