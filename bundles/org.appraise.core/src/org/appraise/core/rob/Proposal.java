package org.appraise.core.rob;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tool's algorithms propose for one assessment: a judgement per domain (when the domain has an
 * algorithm and all its asked questions are answered) and an overall judgement (when every domain that
 * counts has a judgement, the assessor's own where given). {@code effectiveAnswers} holds {@code NA} for the
 * questions the tool did not ask.
 */
public record Proposal(Map<String, DomainProposal> domains, Optional<String> overall, Optional<String> overallRule,
        List<String> missingForOverall, Map<String, String> effectiveAnswers) {

    /** The proposal for one domain. */
    public record DomainProposal(String domain, boolean applies, List<String> unanswered, Optional<String> level,
            Optional<String> rule, int stars) {
    }

    public DomainProposal domain(String id) {
        return domains.get(id);
    }

    /** True when the question was asked (its condition holds), so its answer counts. */
    public boolean asked(String question) {
        return !JudgementProposal.NOT_ASKED.equals(effectiveAnswers.get(question));
    }
}
