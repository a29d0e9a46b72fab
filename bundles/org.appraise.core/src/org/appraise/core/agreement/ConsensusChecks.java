package org.appraise.core.agreement;

import java.util.Map;

import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.ConsensusDecision;
import org.appraise.model.Extraction;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Checks of a consensus extraction's decisions: a value taken from a reviewer must come from an extraction of
 * the same study, and is reported when that reviewer's extraction (or the consensus) has changed since, so
 * that the consensus never silently disagrees with the value it says it took.
 */
public final class ConsensusChecks {

    private final ExtractionComparison comparison;
    private final String source;

    public ConsensusChecks(RiskOfBiasTools tools, String source) {
        this.comparison = new ExtractionComparison(tools);
        this.source = source;
    }

    public void check(Extraction consensus, BasicDiagnostic all) {
        if (!consensus.isConsensus() || consensus.getDecisions().isEmpty()) {
            return;
        }
        Map<String, Map<String, ExtractionComparison.Entry>> agreed = comparison.entries(consensus);
        // each reviewer's extraction is read into entries once, however many decisions took from it
        Map<Extraction, Map<String, Map<String, ExtractionComparison.Entry>>> reviewers = new java.util.HashMap<>();
        for (ConsensusDecision decision : consensus.getDecisions()) {
            String where = consensus.getId() + " [" + decision.getGroup() + " \u00b7 " + decision.getField() + "]";
            Extraction taken = decision.getTaken();
            if (taken != null && (taken.eIsProxy() || taken.eContainer() == null)) {
                continue; // a link to an extraction that did not load: reported as a broken link
            }
            if (taken != null && taken.eContainer() != consensus.eContainer()) {
                all.add(new BasicDiagnostic(Diagnostic.ERROR, source, 0, where + ": took its value from " + taken.getId()
                        + ", an extraction of another study", new Object[] { consensus }));
                continue;
            }
            String now = value(agreed, decision);
            if (taken != null && !ExtractionComparison.RISK_OF_BIAS.equals(decision.getGroup())) {
                String theirs = value(reviewers.computeIfAbsent(taken, comparison::entries), decision);
                if (!same(decision.getGroup(), theirs, decision.getValue())) {
                    all.add(new BasicDiagnostic(Diagnostic.WARNING, source, 0, where + ": took " + decision.getValue() + " from " + taken.getId()
                            + ", which now says " + theirs + "; settle it again", new Object[] { consensus }));
                }
            }
            if (!ExtractionComparison.RISK_OF_BIAS.equals(decision.getGroup()) && !same(decision.getGroup(), now, decision.getValue())) {
                all.add(new BasicDiagnostic(Diagnostic.WARNING, source, 0, where + ": settled as " + decision.getValue() + " but the consensus now says "
                        + now, new Object[] { consensus }));
            }
        }
    }

    private static String value(Map<String, Map<String, ExtractionComparison.Entry>> entries, ConsensusDecision decision) {
        ExtractionComparison.Entry entry = entries.getOrDefault(decision.getGroup(), Map.of()).get(decision.getField());
        return entry == null || entry.value() == null ? ExtractionComparison.MISSING : entry.value();
    }

    private static boolean same(String group, String a, String b) {
        return a.equals(b) || ExtractionComparison.same(group, a, b);
    }
}
