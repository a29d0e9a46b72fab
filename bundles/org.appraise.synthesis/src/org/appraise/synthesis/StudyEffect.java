package org.appraise.synthesis;

/**
 * One study's effect in an analysis, on the pooling scale (log for ratios): the estimate, its sampling variance, its
 * confidence interval, and its weight in the pooled estimate (percent; 0 when it has none, as a study without events in
 * either arm under Mantel-Haenszel). {@code corrected} says that 1/2 was added to its cells (a zero cell). The study's
 * data come with it, for the columns of a forest plot. A study without an estimate of its own has NaN for yi and vi.
 */
public record StudyEffect(String label, double yi, double vi, double lower, double upper, double weight, boolean corrected, StudyData data) {

    public double se() {
        return Math.sqrt(vi);
    }
}
