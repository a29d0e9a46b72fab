package org.appraise.core.rob;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a tool's algorithms: from the answers to the signalling questions to a proposed judgement per domain,
 * and from the domain judgements (the assessor's final ones where given, else the proposals) to a proposed
 * overall judgement. The proposal never decides: the assessor's judgement is kept apart from it.
 */
public final class JudgementProposal {

    public static final String NOT_ASKED = "NA";

    private final RiskOfBiasTool tool;

    public JudgementProposal(RiskOfBiasTool tool) {
        this.tool = tool;
    }

    /**
     * @param answers          answer code per question id (unanswered questions absent)
     * @param finalJudgements  the assessor's judgement per domain id, where given
     */
    public Proposal propose(Map<String, String> answers, Map<String, String> finalJudgements) {
        Map<String, String> effective = effectiveAnswers(answers);
        Map<String, Proposal.DomainProposal> domains = new LinkedHashMap<>();
        for (ToolDomain domain : tool.domains()) {
            domains.put(domain.id(), proposeDomain(domain, effective));
        }
        List<String> missing = new ArrayList<>();
        for (SignallingQuestion question : tool.preliminary()) {
            if (effective.get(question.id()) == null) {
                missing.add(question.id());
            }
        }
        Map<String, String> judged = new HashMap<>();
        List<String> overallJudgements = new ArrayList<>();
        Map<String, Integer> stars = new HashMap<>();
        for (Proposal.DomainProposal proposal : domains.values()) {
            String judgement = finalJudgements.get(proposal.domain());
            if (judgement == null || judgement.isEmpty()) {
                judgement = proposal.level().orElse(null);
            }
            if (judgement != null) {
                judged.put(proposal.domain(), judgement);
            }
            stars.put(proposal.domain(), proposal.stars());
            ToolDomain domain = tool.domain(proposal.domain()).orElseThrow();
            if (proposal.applies() && domain.inOverall()) {
                overallJudgements.add(judgement);
                if (judgement == null || (domain.starScored() && !proposal.unanswered().isEmpty())) {
                    missing.add(proposal.domain());
                }
            }
        }
        Optional<JudgementRule> overall = Optional.empty();
        if (missing.isEmpty()) {
            Condition.Facts facts = new AssessmentFacts(effective, judged, List.of(), overallJudgements, stars, null);
            overall = tool.overall().stream().filter(r -> r.when().holds(facts)).findFirst();
        }
        return new Proposal(domains, overall.map(JudgementRule::level), overall.map(JudgementRule::whenText),
                List.copyOf(missing), effective);
    }

    /**
     * Every rule of a domain that holds for complete answers (a well-formed algorithm has exactly one): what
     * the tests check each tool against, and what the editor shows as the reason of a proposal.
     */
    public List<JudgementRule> holdingRules(ToolDomain domain, Map<String, String> answers) {
        Map<String, String> effective = effectiveAnswers(answers);
        List<String> domainAnswers = new ArrayList<>();
        int stars = 0;
        for (SignallingQuestion question : domain.questions()) {
            String answer = effective.get(question.id());
            if (answer != null && !NOT_ASKED.equals(answer)) {
                domainAnswers.add(answer);
                stars += question.option(answer).map(AnswerOption::stars).orElse(0);
            }
        }
        Condition.Facts facts = new AssessmentFacts(effective, Map.of(), domainAnswers, List.of(),
                Map.of(domain.id(), stars), domain.id());
        return domain.rules().stream().filter(r -> r.when().holds(facts)).toList();
    }

    /** Every overall rule that holds for the given domain judgements and stars. */
    public List<JudgementRule> holdingOverallRules(List<String> judgements, Map<String, Integer> stars) {
        Condition.Facts facts = new AssessmentFacts(Map.of(), Map.of(), List.of(), judgements, stars, null);
        return tool.overall().stream().filter(r -> r.when().holds(facts)).toList();
    }

    /** Each question's answer, or NA where the tool does not ask it given the answers before it. */
    public Map<String, String> effectiveAnswers(Map<String, String> answers) {
        Map<String, String> effective = new LinkedHashMap<>();
        Condition.Facts soFar = new AssessmentFacts(effective, Map.of(), List.of(), List.of(), Map.of(), null);
        tool.questions().forEach(question -> {
            boolean asked = question.askedWhen().map(c -> c.holds(soFar)).orElse(true);
            effective.put(question.id(), asked ? answers.get(question.id()) : NOT_ASKED);
        });
        return effective;
    }

    private Proposal.DomainProposal proposeDomain(ToolDomain domain, Map<String, String> effective) {
        Condition.Facts preliminary = new AssessmentFacts(effective, Map.of(), List.of(), List.of(), Map.of(), null);
        boolean applies = domain.appliesWhen().map(c -> c.holds(preliminary)).orElse(true);
        List<String> unanswered = new ArrayList<>();
        List<String> domainAnswers = new ArrayList<>();
        int stars = 0;
        for (SignallingQuestion question : domain.questions()) {
            String answer = effective.get(question.id());
            if (answer == null) {
                unanswered.add(question.id());
            } else if (!NOT_ASKED.equals(answer)) {
                domainAnswers.add(answer);
                stars += question.option(answer).map(AnswerOption::stars).orElse(0);
            }
        }
        Optional<JudgementRule> rule = Optional.empty();
        if (applies && unanswered.isEmpty() && domain.hasAlgorithm()) {
            Condition.Facts facts = new AssessmentFacts(effective, Map.of(), domainAnswers, List.of(),
                    Map.of(domain.id(), stars), domain.id());
            rule = domain.rules().stream().filter(r -> r.when().holds(facts)).findFirst();
        }
        return new Proposal.DomainProposal(domain.id(), applies, List.copyOf(unanswered), rule.map(JudgementRule::level),
                rule.map(JudgementRule::whenText), stars);
    }

    /** The facts of one assessment as the conditions read them. */
    private static final class AssessmentFacts implements Condition.Facts {
        private final Map<String, String> answers;
        private final Map<String, String> judgements;
        private final List<String> domainAnswers;
        private final List<String> overallJudgements;
        private final Map<String, Integer> stars;
        private final String currentDomain;

        AssessmentFacts(Map<String, String> answers, Map<String, String> judgements, List<String> domainAnswers,
                List<String> overallJudgements, Map<String, Integer> stars, String currentDomain) {
            this.answers = answers;
            this.judgements = judgements;
            this.domainAnswers = domainAnswers;
            this.overallJudgements = overallJudgements;
            this.stars = stars;
            this.currentDomain = currentDomain;
        }

        @Override
        public String answer(String question) {
            return answers.get(question);
        }

        @Override
        public String judgement(String domain) {
            return judgements.get(domain);
        }

        @Override
        public List<String> domainAnswers() {
            return domainAnswers;
        }

        @Override
        public List<String> overallJudgements() {
            return overallJudgements;
        }

        @Override
        public int stars(String domain) {
            if (domain == null) {
                return stars.getOrDefault(currentDomain, 0);
            }
            if (domain.equals("*")) {
                return stars.values().stream().mapToInt(Integer::intValue).sum();
            }
            return stars.getOrDefault(domain, 0);
        }
    }
}
