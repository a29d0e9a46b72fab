package org.appraise.core.rob;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.appraise.core.ModelPaths;
import org.appraise.model.DomainJudgement;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * Checks a saved assessment against its tool: a known tool and version, known questions with allowed answers,
 * known judgement levels, a rationale wherever a judgement departs from the proposal, and proposals that
 * still follow from the answers (a file edited by hand may have let them drift).
 */
public final class AssessmentChecks {

    private final RiskOfBiasTools tools;
    private final String source;

    public AssessmentChecks(RiskOfBiasTools tools, String source) {
        this.tools = tools;
        this.source = source;
    }

    public void check(RiskOfBiasAssessment assessment, BasicDiagnostic all) {
        String where = ModelPaths.describe(assessment);
        Optional<RiskOfBiasTool> found = tools.find(assessment.getTool());
        if (found.isEmpty()) {
            error(all, assessment, where + ": unknown risk-of-bias tool '" + assessment.getTool() + "' (known: "
                    + tools.all().stream().map(RiskOfBiasTool::id).toList() + ")");
            return;
        }
        RiskOfBiasTool tool = found.get();
        if (!Objects.equals(tool.version(), assessment.getToolVersion())) {
            warning(all, assessment, where + ": made with " + tool.shortName() + " version " + assessment.getToolVersion()
                    + ", Appraise has version " + tool.version());
        }
        if ("result".equals(tool.assesses()) && assessment.getMeasurement() == null) {
            warning(all, assessment, where + ": " + tool.shortName() + " assesses a result, but no result is named");
        }
        Set<String> seen = new HashSet<>();
        for (SignallingAnswer answer : assessment.getAnswers()) {
            Optional<SignallingQuestion> question = tool.question(answer.getQuestion());
            if (question.isEmpty()) {
                error(all, answer, where + ": " + tool.shortName() + " has no question '" + answer.getQuestion() + "'");
            } else if (answer.getAnswer() != null && !answer.getAnswer().isEmpty()
                    && question.get().option(answer.getAnswer()).isEmpty()) {
                error(all, answer, where + ", question " + question.get().number() + ": '" + answer.getAnswer()
                        + "' is not an answer the tool allows " + question.get().answers().stream().map(AnswerOption::code).toList());
            }
            if (!seen.add(answer.getQuestion())) {
                error(all, answer, where + ": question '" + answer.getQuestion() + "' is answered twice");
            }
        }
        Map<String, String> answers = AssessmentEdits.answers(assessment);
        JudgementProposal algorithms = new JudgementProposal(tool);
        Proposal proposal = algorithms.propose(answers, Map.of());
        for (DomainJudgement judgement : assessment.getDomains()) {
            Optional<ToolDomain> domain = tool.domain(judgement.getDomain());
            if (domain.isEmpty()) {
                error(all, judgement, where + ": " + tool.shortName() + " has no domain '" + judgement.getDomain() + "'");
                continue;
            }
            String caption = domain.get().caption();
            level(tool, judgement.getJudgement(), judgement, where + ", " + caption, all);
            String expected = proposal.domain(domain.get().id()).level().orElse(null);
            if (!Objects.equals(empty(judgement.getProposed()), expected)) {
                warning(all, judgement, where + ", " + caption + ": the stored proposal '" + judgement.getProposed()
                        + "' does not follow from the answers (the algorithm gives '" + expected + "')");
            }
            if (expected != null && judgement.getJudgement() != null && !judgement.getJudgement().isEmpty()
                    && !expected.equals(judgement.getJudgement()) && blank(judgement.getRationale())) {
                error(all, judgement, where + ", " + caption + ": judged '" + judgement.getJudgement()
                        + "' against the proposal '" + expected + "' without a rationale");
            }
        }
        level(tool, assessment.getOverall(), assessment, where + ", overall", all);
        String overall = algorithms.propose(answers, AssessmentEdits.finals(assessment)).overall().orElse(null);
        if (overall != null && assessment.getOverall() != null && !assessment.getOverall().isEmpty()
                && !overall.equals(assessment.getOverall()) && blank(assessment.getOverallRationale())) {
            error(all, assessment, where + ": overall judged '" + assessment.getOverall() + "' against the proposal '"
                    + overall + "' without a rationale");
        }
    }

    private void level(RiskOfBiasTool tool, String level, EObject owner, String where, BasicDiagnostic all) {
        if (level != null && !level.isEmpty() && tool.level(level).isEmpty()) {
            error(all, owner, where + ": '" + level + "' is not a judgement of " + tool.shortName() + " "
                    + tool.levels().stream().map(JudgementLevel::id).toList());
        }
    }

    private static String empty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void error(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.ERROR, source, 0, message, new Object[] { object }));
    }

    private void warning(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.WARNING, source, 0, message, new Object[] { object }));
    }
}
