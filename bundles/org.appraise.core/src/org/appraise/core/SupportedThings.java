package org.appraise.core;

import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.Characteristic;
import org.appraise.model.DomainJudgement;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.Result;
import org.appraise.model.SignallingAnswer;
import org.eclipse.emf.ecore.EObject;

/**
 * The reviewer's names for the things a quote can support, worded from the model when asked: a result's row
 * ({@code ORR · RECIST 1.1 · all enrolled · RT + anti-PD1}), an arm, a PICO element, a risk-of-bias answer.
 */
public final class SupportedThings {

    private SupportedThings() {
    }

    /** The reviewer's name for a thing a quote can support. */
    public static String name(EObject owner) {
        if (owner instanceof Result result) {
            return row(result);
        }
        if (owner instanceof GroupSize size && size.eContainer() instanceof Arm arm) {
            return "Arm " + text(arm.getLabel()) + " \u00b7 " + text(size.getPopulation());
        }
        if (owner instanceof Arm arm) {
            return "Arm " + text(arm.getLabel());
        }
        if (owner instanceof PicoElement pico) {
            return "PICO " + EnumLabels.of(pico.getKind()).toLowerCase() + ": " + text(pico.getText());
        }
        if (owner instanceof Characteristic c) {
            return "Study " + EnumLabels.of(c.getKind()).toLowerCase() + ": " + text(c.getText());
        }
        if (owner instanceof org.appraise.model.Extraction extraction) {
            return "Study design: " + EnumLabels.of(extraction.getDesign());
        }
        if (owner instanceof SignallingAnswer answer) {
            return "Risk of bias question " + answer.getQuestion() + " (" + text(answer.getAnswer()) + ")";
        }
        if (owner instanceof DomainJudgement judgement) {
            return "Risk of bias " + judgement.getDomain() + " judgement";
        }
        return owner.eClass().getName();
    }

    /** {@code ORR · RECIST 1.1 · all enrolled · RT + anti-PD1}, or {@code ... · HR RT vs TACE}. */
    public static String row(Result result) {
        List<String> parts = new ArrayList<>();
        if (result.eContainer() instanceof OutcomeMeasurement m) {
            parts.add(m.getOutcome() == null ? "?" : m.getOutcome().getName());
            for (String part : new String[] { m.getCriteria(), m.getPopulation(), m.getTimepoint() }) {
                if (part != null && !part.isBlank()) {
                    parts.add(part);
                }
            }
        } else {
            parts.add("?");
        }
        parts.add(side(result));
        return String.join(" \u00b7 ", parts);
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

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
