package org.appraise.synthesis;

/** A study the analysis left out, and why (a zero total, events above the total, an SD of 0, no events in either arm...). */
public record Excluded(String label, String reason) {
}
