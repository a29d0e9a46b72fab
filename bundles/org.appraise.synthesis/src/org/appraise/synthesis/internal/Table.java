package org.appraise.synthesis.internal;

/** A 2x2 table: a, b (events, non-events, experimental), c, d (control), and whether 1/2 was added to its cells. */
record Table(String label, double a, double b, double c, double d, boolean corrected) {

    double n1() {
        return a + b;
    }

    double n2() {
        return c + d;
    }

    double n() {
        return a + b + c + d;
    }

    boolean hasZero() {
        return a == 0 || b == 0 || c == 0 || d == 0;
    }

    /** No events in both arms, or all events in both arms: no odds or risk ratio. */
    boolean doubleZero() {
        return a == 0 && c == 0 || b == 0 && d == 0;
    }

    /** 1/2 added to every cell when one is 0 ({@code add = 1/2, to = "only0"}). */
    Table correctedIfZero() {
        return hasZero() ? new Table(label, a + 0.5, b + 0.5, c + 0.5, d + 0.5, true) : this;
    }
}
