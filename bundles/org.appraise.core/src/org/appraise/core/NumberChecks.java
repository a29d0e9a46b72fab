package org.appraise.core;

import java.math.BigDecimal;

import org.appraise.model.Value;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/** The checks every recorded number gets whatever it is: whole counts, no negative sizes, intervals around their estimates. */
final class NumberChecks {

    private NumberChecks() {
    }

    /** An error when a count is not a whole number. */
    static void whole(Value value, EObject owner, String field, BasicDiagnostic all) {
        BigDecimal n = number(value);
        if (n != null && n.stripTrailingZeros().scale() > 0) {
            Findings.error(all, owner, ModelPaths.describe(owner) + " / " + field + ": " + n.toPlainString() + " is not a whole number");
        }
    }

    /** An error when a number that cannot be below zero is. */
    static void nonNegative(Value value, EObject owner, String field, BasicDiagnostic all) {
        BigDecimal n = number(value);
        if (n != null && n.signum() < 0) {
            Findings.error(all, owner, ModelPaths.describe(owner) + " / " + field + ": " + n.toPlainString() + " is negative");
        }
    }

    /** Errors when an interval's limits are crossed or leave out their estimate. */
    static void interval(Value estimate, Value lower, Value upper, EObject owner, BasicDiagnostic all) {
        BigDecimal e = number(estimate);
        BigDecimal lo = number(lower);
        BigDecimal hi = number(upper);
        String where = ModelPaths.describe(owner);
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            Findings.error(all, owner, where + ": lower limit " + lo.toPlainString() + " is above upper limit " + hi.toPlainString());
        }
        if (e != null && ((lo != null && e.compareTo(lo) < 0) || (hi != null && e.compareTo(hi) > 0))) {
            Findings.error(all, owner, where + ": the confidence interval " + plain(lo) + " to " + plain(hi)
                    + " does not contain the estimate " + e.toPlainString());
        }
    }

    static BigDecimal number(Value value) {
        return value == null ? null : value.getNumber();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "?" : n.toPlainString();
    }
}
