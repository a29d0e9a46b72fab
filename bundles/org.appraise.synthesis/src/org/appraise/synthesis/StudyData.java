package org.appraise.synthesis;

/** One study's data as an analysis reads it, named by its label. */
public sealed interface StudyData {

    String label();

    /** Events and totals per arm: ai of n1i (experimental), ci of n2i (control), metafor's names. */
    record Dichotomous(String label, double ai, double n1i, double ci, double n2i) implements StudyData {
    }

    /** Mean, SD and size per arm (experimental first). */
    record Continuous(String label, double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i) implements StudyData {
    }

    /** An estimate and its standard error (for a ratio: the log ratio and its SE). */
    record Generic(String label, double yi, double sei) implements StudyData {
    }
}
