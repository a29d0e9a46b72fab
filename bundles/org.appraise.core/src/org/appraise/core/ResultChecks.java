package org.appraise.core;

import java.math.BigDecimal;

import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.eclipse.emf.common.util.BasicDiagnostic;

/**
 * The checks of one result: its arm in the same extraction, events within a positive total that agrees with the
 * arm's n in the result's population, a positive hazard ratio with both arms named, p values between 0 and 1.
 */
final class ResultChecks {

    private ResultChecks() {
    }

    /** An extraction's result. */
    static void check(Extraction extraction, OutcomeMeasurement measurement, Result result, BasicDiagnostic all) {
        String where = ModelPaths.describe(result);
        if (result instanceof ArmResult armResult) {
            Arm arm = armResult.getArm();
            if (arm == null) {
                Findings.error(all, result, where + ": names no arm");
            } else if (!arm.eIsProxy() && arm.eContainer() != extraction) {
                Findings.error(all, result, where + ": arm " + arm.getId() + " belongs to another extraction");
            }
        }
        if (result instanceof DichotomousResult d) {
            CountChecks.check(d, measurement.getPopulation(), all);
        } else if (result instanceof ContinuousResult c) {
            NumberChecks.nonNegative(c.getSd(), c, "sd", all);
            NumberChecks.whole(c.getN(), c, "n", all);
            NumberChecks.nonNegative(c.getN(), c, "n", all);
        } else if (result instanceof MedianTimeToEvent m) {
            NumberChecks.nonNegative(m.getMedian(), m, "median", all);
            NumberChecks.interval(m.getMedian(), m.getLower(), m.getUpper(), m, all);
        } else if (result instanceof HazardRatio hr) {
            BigDecimal estimate = NumberChecks.number(hr.getEstimate());
            if (estimate != null && estimate.signum() <= 0) {
                Findings.error(all, hr, where + ": a hazard ratio must be positive, not " + estimate.toPlainString());
            }
            if (hr.getExperimental() == null || hr.getComparator() == null) {
                Findings.error(all, hr, where + ": the comparison needs both arms (experimental and comparator) to state its direction");
            } else if (hr.getExperimental() == hr.getComparator()) {
                Findings.error(all, hr, where + ": experimental and comparator are the same arm");
            }
            NumberChecks.interval(hr.getEstimate(), hr.getLower(), hr.getUpper(), hr, all);
            BigDecimal p = NumberChecks.number(hr.getPValue());
            if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0)) {
                Findings.error(all, hr, where + ": p value " + p.toPlainString() + " is not between 0 and 1");
            }
        }
    }
}
