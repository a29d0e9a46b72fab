package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.rob.AnswerOption;
import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.SignallingQuestion;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.core.rob.JudgementProposal;
import org.appraise.core.rob.Proposal;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.model.Annotation;
import org.appraise.model.DomainJudgement;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;
import org.appraise.ui.internal.parts.AssessmentLine.DomainLine;
import org.appraise.ui.internal.parts.AssessmentLine.Overall;
import org.appraise.ui.internal.parts.AssessmentLine.Preliminary;
import org.appraise.ui.internal.parts.AssessmentLine.QuestionLine;

/**
 * What the lines of an assessment's tree say: each domain's and question's answer or judgement, the proposal
 * and whether it was overridden, the support and its quotes, from the assessment and its proposal as they are now.
 */
final class AssessmentTexts {

    private final RiskOfBiasAssessment current;
    private final Proposal proposal;

    AssessmentTexts(RiskOfBiasAssessment current, Proposal proposal) {
        this.current = current;
        this.proposal = proposal;
    }

    /** How many questions of a domain the tool asks, given the answers so far, that have no answer yet. */
    long openQuestions(DomainLine d) {
        return proposal == null ? 0 : d.domain().questions().stream().filter(q -> proposal.asked(q.id())
                && proposal.effectiveAnswers().get(q.id()) == null).count();
    }

    boolean applies(QuestionLine q) {
        return q.tool().domains().stream().filter(d -> d.questions().contains(q.question())).findFirst()
                .map(d -> proposal.domain(d.id()).applies()).orElse(true);
    }

    static String itemText(Object line) {
        if (line instanceof Preliminary) {
            return "Before the domains";
        }
        if (line instanceof DomainLine d) {
            return d.domain().caption().equals(d.domain().name()) || d.domain().name().startsWith(d.domain().caption())
                    ? d.domain().name() : d.domain().caption() + ". " + d.domain().name();
        }
        if (line instanceof QuestionLine q) {
            return q.question().number() + "  " + q.question().text();
        }
        return "Overall";
    }

    String answerText(Object line) {
        if (current == null || proposal == null) {
            return "";
        }
        if (line instanceof QuestionLine q) {
            String effective = proposal.effectiveAnswers().get(q.question().id());
            if (!applies(q)) {
                return "(domain not used)";
            }
            if (JudgementProposal.NOT_ASKED.equals(effective) && q.question().option("NA").isEmpty()) {
                return "(not asked)";
            }
            return effective == null ? "\u2014" : q.question().option(effective).map(o -> o.code().length() <= 2 && o.code().equals(o.code().toUpperCase())
                    ? o.code() + " " + o.label() : o.label()).orElse(effective);
        }
        if (line instanceof DomainLine d) {
            if (!proposal.domain(d.domain().id()).applies()) {
                return "(not used)";
            }
            Optional<DomainJudgement> judgement = judgement(d.domain().id());
            String level = judgement.map(DomainJudgement::getJudgement).orElse(null);
            String stars = d.domain().starScored() ? "  " + "\u2605".repeat(proposal.domain(d.domain().id()).stars()) : "";
            return (level == null || level.isEmpty() ? "\u2014" : label(line, level)) + stars;
        }
        if (line instanceof Overall) {
            return current.getOverall() == null || current.getOverall().isEmpty() ? "\u2014" : label(line, current.getOverall());
        }
        return "";
    }

    String proposalText(Object line) {
        if (current == null || proposal == null) {
            return "";
        }
        if (line instanceof DomainLine d) {
            Proposal.DomainProposal p = proposal.domain(d.domain().id());
            if (!p.applies()) {
                return "";
            }
            if (p.level().isPresent()) {
                return label(line, p.level().get()) + departs(judgement(d.domain().id()).map(DomainJudgement::getJudgement).orElse(null), p.level().get());
            }
            if (!p.unanswered().isEmpty()) {
                return p.unanswered().size() + " question(s) open";
            }
            return d.domain().hasAlgorithm() ? "assessor's judgement" : "assessor's judgement (no algorithm)";
        }
        if (line instanceof Overall) {
            return proposal.overall().map(o -> label(line, o) + departs(current.getOverall(), o))
                    .orElse(proposal.missingForOverall().isEmpty() ? "" : "waiting for " + String.join(", ", proposal.missingForOverall()));
        }
        return "";
    }

    static String departs(String judgement, String proposed) {
        return judgement != null && !judgement.isEmpty() && !judgement.equals(proposed) ? " (overridden)" : "";
    }

    String supportText(Object line) {
        if (current == null) {
            return "";
        }
        if (line instanceof QuestionLine q) {
            return answerTo(q.question().id()).map(a -> oneLine(a.getSupport()) + quoteCount(a.getSources())).orElse("");
        }
        if (line instanceof DomainLine d) {
            return judgement(d.domain().id()).map(j -> oneLine(j.getRationale() == null || j.getRationale().isEmpty() ? j.getSupport()
                    : "Rationale: " + j.getRationale()) + quoteCount(j.getSources())).orElse("");
        }
        if (line instanceof Overall) {
            return current.getOverallRationale() == null ? "" : "Rationale: " + oneLine(current.getOverallRationale());
        }
        return "";
    }

    static String quoteCount(List<Annotation> sources) {
        return sources.isEmpty() ? "" : "  [" + sources.size() + " quote" + (sources.size() == 1 ? "" : "s") + "]";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ');
    }

    static String levelsLegend(RiskOfBiasTool tool) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tool.levels().size(); i++) {
            parts.add((i + 1) + " " + tool.levels().get(i).label());
        }
        return String.join(", ", parts);
    }

    static String quotesText(List<Annotation> sources) {
        StringBuilder text = new StringBuilder();
        for (Annotation a : sources) {
            text.append("\u201c").append(a.getQuote() == null ? "" : a.getQuote().replace('\n', ' ')).append("\u201d\n");
        }
        return text.toString();
    }

    Optional<SignallingAnswer> answerTo(String question) {
        return current.getAnswers().stream().filter(a -> question.equals(a.getQuestion())).findFirst();
    }

    Optional<DomainJudgement> judgement(String domain) {
        return current.getDomains().stream().filter(d -> domain.equals(d.getDomain())).findFirst();
    }

    static String label(Object line, String level) {
        RiskOfBiasTool tool = line instanceof DomainLine d ? d.tool() : ((Overall) line).tool();
        return tool.level(level).map(JudgementLevel::label).orElse(level);
    }

    /** The answer a key picks: its position (1 = first) or its own one-letter code. */
    static Optional<AnswerOption> option(SignallingQuestion question, char character) {
        if (Character.isDigit(character) && character != '0') {
            int index = character - '1';
            return index < question.answers().size() ? Optional.of(question.answers().get(index)) : Optional.empty();
        }
        return question.answers().stream().filter(a -> a.code().length() == 1 && a.code().equalsIgnoreCase(String.valueOf(character)))
                .findFirst();
    }

    static String describe(OutcomeMeasurement m) {
        StringBuilder text = new StringBuilder(m.getOutcome() == null ? m.getId() : m.getOutcome().getName());
        for (String part : new String[] { m.getCriteria(), m.getTimepoint(), m.getPopulation() }) {
            if (part != null && !part.isBlank()) {
                text.append(", ").append(part);
            }
        }
        return text.toString();
    }
}
