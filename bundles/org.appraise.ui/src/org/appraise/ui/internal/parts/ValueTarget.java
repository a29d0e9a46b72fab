package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.model.AppraisePackage;
import org.appraise.model.ArmResult;
import org.appraise.model.Characteristic;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
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
        for (PicoElement pico : extraction.getPico()) {
            targets.add(new ValueTarget(pico, MODEL.getPicoElement_Sources(), "PICO " + lower(pico.getKind().getLiteral()) + ": " + pico.getText()));
        }
        for (Characteristic c : extraction.getCharacteristics()) {
            targets.add(new ValueTarget(c, MODEL.getCharacteristic_Sources(), "Study " + lower(c.getKind().getLiteral()) + ": " + c.getText()));
        }
        for (org.appraise.model.Arm arm : extraction.getArms()) {
            targets.add(new ValueTarget(arm, MODEL.getArm_Sources(), "Arm " + text(arm.getLabel()) + ": description"));
            for (org.appraise.model.GroupSize size : arm.getGroupSizes()) {
                String now = size.getN() == null || size.getN().getNumber() == null ? "empty" : size.getN().getNumber().toPlainString();
                targets.add(new ValueTarget(size, MODEL.getGroupSize_N(), "Arm " + text(arm.getLabel()) + " \u00b7 "
                        + text(size.getPopulation()) + " \u00b7 n (" + now + ")"));
            }
        }
        for (OutcomeMeasurement m : extraction.getMeasurements()) {
            for (Result r : m.getResults()) {
                String row = (m.getOutcome() == null ? "?" : m.getOutcome().getName()) + " \u00b7 " + text(m.getCriteria())
                        + " \u00b7 " + text(m.getPopulation()) + " \u00b7 " + side(r);
                for (EReference field : r.eClass().getEAllContainments()) {
                    if (field.getEReferenceType() == MODEL.getValue()) {
                        Value current = (Value) r.eGet(field);
                        String now = current == null || current.getNumber() == null ? "empty" : current.getNumber().toPlainString();
                        targets.add(new ValueTarget(r, field, row + " \u00b7 " + field.getName() + " (" + now + ")"));
                    }
                }
            }
        }
        riskOfBias(extraction, targets);
        return targets;
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

    /** The number the span most likely gives this field, from the reader's proposals; null if none fits. */
    public BigDecimal proposal(String span) {
        if (!numeric()) {
            return null;
        }
        // a part of a reading only ever fills the field it is (the count of "13 (22.4%)" is never a total), and a bound
        // ("P<0.001") fills nothing: the model has no place for its relation, and a wrong number is worse than none
        List<String> names = switch (field.getName()) {
            case "events" -> List.of("count", "number");
            case "total", "n" -> List.of("n", "number");
            case "median", "estimate", "mean" -> List.of("estimate", "mean", "number");
            case "lower" -> List.of("lower");
            case "upper" -> List.of("upper");
            case "sd" -> List.of("sd");
            case "pValue" -> List.of("p", "number");
            default -> List.of("number");
        };
        for (Reading reading : NumberReader.read(span)) {
            for (String name : names) {
                if (reading.get(name) != null) {
                    return reading.relation(name).equals("=") ? reading.get(name) : null;
                }
            }
        }
        return null;
    }

    private static String side(Result r) {
        if (r instanceof ArmResult a) {
            return a.getArm() == null ? "?" : text(a.getArm().getLabel());
        }
        if (r instanceof HazardRatio hr) {
            return "HR " + (hr.getExperimental() == null ? "?" : hr.getExperimental().getLabel()) + " vs "
                    + (hr.getComparator() == null ? "?" : hr.getComparator().getLabel());
        }
        return r.eClass().getName();
    }

    private static String lower(String literal) {
        return literal.toLowerCase().replace('_', ' ');
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
