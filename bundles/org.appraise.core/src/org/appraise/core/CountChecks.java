package org.appraise.core;

import java.math.BigDecimal;
import java.util.Objects;

import org.appraise.model.DichotomousResult;
import org.appraise.model.GroupSize;
import org.eclipse.emf.common.util.BasicDiagnostic;

/** The checks of a count of events: whole numbers, events within a positive total, the total the arm's n in the population. */
final class CountChecks {

    private CountChecks() {
    }

    static void check(DichotomousResult d, String population, BasicDiagnostic all) {
        String where = ModelPaths.describe(d);
        NumberChecks.whole(d.getEvents(), d, "events", all);
        NumberChecks.whole(d.getTotal(), d, "total", all);
        NumberChecks.nonNegative(d.getEvents(), d, "events", all);
        BigDecimal events = NumberChecks.number(d.getEvents());
        BigDecimal total = NumberChecks.number(d.getTotal());
        if (total != null && total.signum() <= 0) {
            Findings.error(all, d, where + ": total " + total.toPlainString() + " must be positive");
        }
        if (events != null && total != null && events.compareTo(total) > 0) {
            Findings.error(all, d, where + ": events " + events.toPlainString() + " exceed total " + total.toPlainString());
        }
        if (total != null && d.getArm() != null && !d.getArm().eIsProxy()) {
            for (GroupSize size : d.getArm().getGroupSizes()) {
                BigDecimal n = NumberChecks.number(size.getN());
                if (n != null && Objects.equals(size.getPopulation(), population) && n.compareTo(total) != 0) {
                    Findings.warning(all, d, where + ": total " + total.toPlainString() + " differs from n " + n.toPlainString()
                            + " of arm " + d.getArm().getId() + " in population '" + size.getPopulation() + "'");
                }
            }
        }
    }
}
