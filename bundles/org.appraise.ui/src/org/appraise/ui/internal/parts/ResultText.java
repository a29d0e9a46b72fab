package org.appraise.ui.internal.parts;

import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.Result;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EObject;

/** A result as the study part and the grid write it: "20 / 37", "median 14.1 (6.8–21.4)", a * on a derived value. */
final class ResultText {

    private ResultText() {
    }

    static String arm(StudyPart.Row row) {
        if (row.result() instanceof ArmResult armResult) {
            return armResult.getArm() == null ? "" : text(armResult.getArm().getLabel());
        }
        if (row.result() instanceof HazardRatio hr) {
            return label(hr.getExperimental()) + " vs " + label(hr.getComparator());
        }
        return "";
    }

    static String label(Arm arm) {
        return arm == null ? "?" : text(arm.getLabel());
    }

    static String values(Result result) {
        if (result instanceof DichotomousResult d) {
            return number(d.getEvents()) + " / " + number(d.getTotal());
        }
        if (result instanceof ContinuousResult c) {
            return "mean " + number(c.getMean()) + ", SD " + number(c.getSd()) + ", n " + number(c.getN());
        }
        if (result instanceof MedianTimeToEvent m) {
            return m.isNotReached() ? "median not reached"
                    : "median " + number(m.getMedian()) + " (" + number(m.getLower()) + "\u2013" + number(m.getUpper()) + ")"
                            + (m.getMedian() != null && m.getMedian().getUnit() != null ? " " + m.getMedian().getUnit() : "");
        }
        if (result instanceof HazardRatio hr) {
            return "HR " + number(hr.getEstimate()) + " (" + number(hr.getLower()) + "\u2013" + number(hr.getUpper()) + ")"
                    + (hr.isAdjusted() ? " adjusted" : "");
        }
        return "";
    }

    static String quoted(Result result) {
        int values = 0;
        int withQuote = 0;
        for (EObject content : result.eContents()) {
            if (content instanceof Value value) {
                values++;
                if (!value.getSources().isEmpty() || value.isDerived()) {
                    withQuote++;
                }
            }
        }
        return withQuote + "/" + values;
    }

    static String number(Value value) {
        if (value == null || value.getNumber() == null) {
            return "?";
        }
        return value.getNumber().toPlainString() + (value.isDerived() ? "*" : "");
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
