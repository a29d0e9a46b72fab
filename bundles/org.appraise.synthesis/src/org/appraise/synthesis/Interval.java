package org.appraise.synthesis;

/** A lower and an upper bound. */
public record Interval(double lower, double upper) {
}
