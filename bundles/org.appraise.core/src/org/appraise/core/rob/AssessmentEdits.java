package org.appraise.core.rob;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.appraise.core.ReviewIds;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DomainJudgement;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of a risk-of-bias assessment, each one EMF command that also brings the tool's proposals up to
 * date: start an assessment, answer a question, give its support (text and quotes), judge a domain or the
 * whole. A judgement that has not been overridden follows the proposal; a judgement that differs from the
 * proposal needs a rationale, and the edit is refused without one.
 */
public final class AssessmentEdits {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;
    private final RiskOfBiasTools tools;

    public AssessmentEdits(EditingDomain domain, Review review, RiskOfBiasTools tools) {
        this.domain = domain;
        this.review = review;
        this.tools = tools;
    }

    /** A new, empty assessment with the tool, of the whole study or (measurement given) of one result. */
    public Command start(Extraction extraction, RiskOfBiasTool tool, OutcomeMeasurement measurement) {
        RiskOfBiasAssessment assessment = CREATE.createRiskOfBiasAssessment();
        String base = extraction.getId() + "-" + tool.id() + (measurement == null ? "" : "-" + measurement.getId());
        assessment.setId(ReviewIds.of(review).next(base));
        assessment.setTool(tool.id());
        assessment.setToolVersion(tool.version());
        assessment.setMeasurement(measurement);
        for (ToolDomain toolDomain : tool.domains()) {
            DomainJudgement judgement = CREATE.createDomainJudgement();
            judgement.setDomain(toolDomain.id());
            assessment.getDomains().add(judgement);
        }
        CompoundCommand add = new CompoundCommand("Start " + tool.shortName() + " assessment");
        add.append(AddCommand.create(domain, extraction, MODEL.getExtraction_Assessments(), assessment));
        return add;
    }

    /** Answers a question (code null clears the answer) and refreshes the proposals. */
    public Command answer(RiskOfBiasAssessment assessment, String questionId, String code) {
        RiskOfBiasTool tool = toolOf(assessment);
        SignallingQuestion question = tool.question(questionId)
                .orElseThrow(() -> new IllegalArgumentException(tool.shortName() + " has no question " + questionId));
        if (code != null && question.option(code).isEmpty()) {
            throw new IllegalArgumentException("Question " + question.number() + " of " + tool.shortName()
                    + " does not allow the answer " + code);
        }
        CompoundCommand command = new CompoundCommand("Answer " + question.number() + (code == null ? "" : ": " + code));
        Map<String, String> answers = answers(assessment);
        Optional<SignallingAnswer> existing = answerTo(assessment, questionId);
        if (existing.isPresent()) {
            command.append(SetCommand.create(domain, existing.get(), MODEL.getSignallingAnswer_Answer(), code));
        } else {
            SignallingAnswer answer = CREATE.createSignallingAnswer();
            answer.setQuestion(questionId);
            answer.setAnswer(code);
            command.append(AddCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Answers(), answer));
        }
        if (code == null) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, code);
        }
        refresh(tool, assessment, answers, Map.of(), Optional.empty(), command);
        return command;
    }

    /** The written support of an answer. */
    public Command support(RiskOfBiasAssessment assessment, String questionId, String text) {
        Optional<SignallingAnswer> existing = answerTo(assessment, questionId);
        if (existing.isPresent()) {
            return SetCommand.create(domain, existing.get(), MODEL.getSignallingAnswer_Support(), text);
        }
        SignallingAnswer answer = CREATE.createSignallingAnswer();
        answer.setQuestion(questionId);
        answer.setSupport(text);
        return AddCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Answers(), answer);
    }

    /** Cites a quote of the report as support of an answer. */
    public Command cite(RiskOfBiasAssessment assessment, String questionId, Annotation quote) {
        Optional<SignallingAnswer> existing = answerTo(assessment, questionId);
        if (existing.isPresent()) {
            return AddCommand.create(domain, existing.get(), MODEL.getSignallingAnswer_Sources(), quote);
        }
        SignallingAnswer answer = CREATE.createSignallingAnswer();
        answer.setQuestion(questionId);
        answer.getSources().add(quote);
        return AddCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Answers(), answer);
    }

    /**
     * The assessor's judgement of a domain (level null: follow the proposal again).
     *
     * @throws IllegalArgumentException when the judgement differs from the proposal and the rationale is blank
     */
    public Command judge(RiskOfBiasAssessment assessment, String domainId, String level, String rationale) {
        RiskOfBiasTool tool = toolOf(assessment);
        ToolDomain toolDomain = tool.domain(domainId)
                .orElseThrow(() -> new IllegalArgumentException(tool.shortName() + " has no domain " + domainId));
        checkLevel(tool, level);
        Proposal proposal = new JudgementProposal(tool).propose(answers(assessment), Map.of());
        Optional<String> proposed = proposal.domain(domainId).level();
        if (level != null && proposed.isPresent() && !proposed.get().equals(level) && blank(rationale)) {
            throw new IllegalArgumentException("Judging " + toolDomain.caption() + " " + label(tool, level)
                    + " against the proposal " + label(tool, proposed.get()) + " needs a rationale");
        }
        CompoundCommand command = new CompoundCommand("Judge " + toolDomain.caption());
        DomainJudgement judgement = judgementOf(assessment, domainId, command);
        String finalLevel = level == null ? proposed.orElse(null) : level;
        command.append(SetCommand.create(domain, judgement, MODEL.getDomainJudgement_Judgement(), finalLevel));
        command.append(SetCommand.create(domain, judgement, MODEL.getDomainJudgement_Rationale(), level == null ? null : rationale));
        Map<String, String> overriding = new HashMap<>();
        overriding.put(domainId, finalLevel);
        refresh(tool, assessment, answers(assessment), overriding, Optional.empty(), command);
        return command;
    }

    /** The written support of a domain judgement (what the assessor read), apart from the rationale. */
    public Command domainSupport(RiskOfBiasAssessment assessment, String domainId, String text) {
        CompoundCommand command = new CompoundCommand("Support of " + domainId);
        command.append(SetCommand.create(domain, judgementOf(assessment, domainId, command),
                MODEL.getDomainJudgement_Support(), text));
        return command;
    }

    /**
     * The assessor's overall judgement (level null: follow the proposal again).
     *
     * @throws IllegalArgumentException when it differs from the proposal and the rationale is blank
     */
    public Command judgeOverall(RiskOfBiasAssessment assessment, String level, String rationale) {
        RiskOfBiasTool tool = toolOf(assessment);
        checkLevel(tool, level);
        Optional<String> proposed = new JudgementProposal(tool).propose(answers(assessment), finals(assessment)).overall();
        if (level != null && proposed.isPresent() && !proposed.get().equals(level) && blank(rationale)) {
            throw new IllegalArgumentException("An overall judgement of " + label(tool, level) + " against the proposal "
                    + label(tool, proposed.get()) + " needs a rationale");
        }
        CompoundCommand command = new CompoundCommand("Judge overall");
        command.append(SetCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Overall(),
                level == null ? proposed.orElse(null) : level));
        command.append(SetCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_OverallRationale(),
                level == null ? null : rationale));
        return command;
    }

    /**
     * Starts the consensus of a study's assessment from one assessor's (the arbiter, or the pair, then edits
     * it): a copy in the study's consensus extraction, made for the arbiter when the study has none. The
     * assessors' own assessments are never changed; views and exports use the consensus from then on.
     *
     * @throws IllegalArgumentException when the consensus already has an assessment of the same thing with the tool
     */
    public Command recordConsensus(RiskOfBiasAssessment from, org.appraise.model.Reviewer arbiter) {
        org.appraise.model.Study study = org.appraise.core.ModelPaths.studyOf(from);
        CompoundCommand command = new CompoundCommand("Record consensus");
        Extraction consensus = study.getExtractions().stream().filter(Extraction::isConsensus).findFirst().orElse(null);
        ReviewIds ids = ReviewIds.of(review);
        if (consensus == null) {
            consensus = CREATE.createExtraction();
            consensus.setId(ids.next(study.getId() + "--consensus"));
            consensus.setConsensus(true);
            consensus.setReviewer(arbiter);
            consensus.setStatus(org.appraise.model.ExtractionStatus.IN_PROGRESS);
            command.append(AddCommand.create(domain, study, MODEL.getStudy_Extractions(), consensus));
        } else {
            for (RiskOfBiasAssessment existing : consensus.getAssessments()) {
                if (existing.getTool().equals(from.getTool()) && RiskOfBiasTable.sameThing(existing.getMeasurement(), from.getMeasurement())) {
                    throw new IllegalArgumentException("The consensus already has this assessment: " + existing.getId());
                }
            }
        }
        RiskOfBiasAssessment copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(from);
        copy.setId(ids.next(consensus.getId() + "-" + from.getTool()
                + (from.getMeasurement() == null ? "" : "-" + from.getMeasurement().getId())));
        String note = "Consensus started from " + from.getId() + (arbiter == null ? "" : ", recorded by " + arbiter.getId()) + ".";
        copy.setNotes(from.getNotes() == null || from.getNotes().isBlank() ? note : note + " " + from.getNotes());
        command.append(AddCommand.create(domain, consensus, MODEL.getExtraction_Assessments(), copy));
        return command;
    }

    public Command remove(RiskOfBiasAssessment assessment) {
        return RemoveCommand.create(domain, assessment);
    }

    /** The answers of an assessment as the algorithms read them. */
    public static Map<String, String> answers(RiskOfBiasAssessment assessment) {
        Map<String, String> answers = new HashMap<>();
        for (SignallingAnswer answer : assessment.getAnswers()) {
            if (answer.getQuestion() != null && answer.getAnswer() != null && !answer.getAnswer().isEmpty()) {
                answers.put(answer.getQuestion(), answer.getAnswer());
            }
        }
        return answers;
    }

    /** The assessor's judgement per domain, where there is one. */
    public static Map<String, String> finals(RiskOfBiasAssessment assessment) {
        Map<String, String> finals = new HashMap<>();
        for (DomainJudgement judgement : assessment.getDomains()) {
            if (judgement.getJudgement() != null && !judgement.getJudgement().isEmpty()) {
                finals.put(judgement.getDomain(), judgement.getJudgement());
            }
        }
        return finals;
    }

    private RiskOfBiasTool toolOf(RiskOfBiasAssessment assessment) {
        return tools.find(assessment.getTool()).orElseThrow(
                () -> new IllegalArgumentException("Unknown risk-of-bias tool " + assessment.getTool() + " in " + assessment.getId()));
    }

    /**
     * Brings proposals (and judgements that follow them) up to date with the answers after the edit.
     * {@code overriding} are domain judgements this edit sets.
     */
    private void refresh(RiskOfBiasTool tool, RiskOfBiasAssessment assessment, Map<String, String> answers,
            Map<String, String> overriding, Optional<String> overall, CompoundCommand command) {
        JudgementProposal algorithms = new JudgementProposal(tool);
        Proposal proposal = algorithms.propose(answers, Map.of());
        Map<String, String> finals = new HashMap<>();
        List<Command> sets = new ArrayList<>();
        for (ToolDomain toolDomain : tool.domains()) {
            DomainJudgement judgement = find(assessment, toolDomain.id()).orElse(null);
            String oldProposed = judgement == null ? null : judgement.getProposed();
            String oldFinal = judgement == null ? null : judgement.getJudgement();
            Proposal.DomainProposal now = proposal.domain(toolDomain.id());
            String newProposed = now.level().orElse(null);
            boolean following = oldFinal == null || oldFinal.isEmpty() || Objects.equals(oldFinal, oldProposed);
            String newFinal = overriding.containsKey(toolDomain.id()) ? overriding.get(toolDomain.id())
                    : following ? newProposed : oldFinal;
            if (newFinal != null) {
                finals.put(toolDomain.id(), newFinal);
            }
            Integer stars = toolDomain.starScored() ? Integer.valueOf(now.stars()) : null;
            if (judgement == null) {
                if (overriding.containsKey(toolDomain.id())) {
                    continue;
                }
                if (newProposed != null || newFinal != null || stars != null) {
                    DomainJudgement created = CREATE.createDomainJudgement();
                    created.setDomain(toolDomain.id());
                    created.setProposed(newProposed);
                    created.setJudgement(newFinal);
                    created.setScore(stars);
                    sets.add(AddCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Domains(), created));
                }
                continue;
            }
            if (!Objects.equals(oldProposed, newProposed)) {
                sets.add(SetCommand.create(domain, judgement, MODEL.getDomainJudgement_Proposed(), newProposed));
            }
            if (!overriding.containsKey(toolDomain.id()) && !Objects.equals(oldFinal, newFinal)) {
                sets.add(SetCommand.create(domain, judgement, MODEL.getDomainJudgement_Judgement(), newFinal));
            }
            if (!Objects.equals(judgement.getScore(), stars)) {
                sets.add(SetCommand.create(domain, judgement, MODEL.getDomainJudgement_Score(), stars));
            }
        }
        String oldOverallProposed = assessment.getProposedOverall();
        String oldOverall = assessment.getOverall();
        String newOverallProposed = algorithms.propose(answers, finals).overall().orElse(null);
        boolean following = oldOverall == null || oldOverall.isEmpty() || Objects.equals(oldOverall, oldOverallProposed);
        if (!Objects.equals(oldOverallProposed, newOverallProposed)) {
            sets.add(SetCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_ProposedOverall(), newOverallProposed));
        }
        String newOverall = overall.orElse(following ? newOverallProposed : oldOverall);
        if (!Objects.equals(oldOverall, newOverall)) {
            sets.add(SetCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Overall(), newOverall));
        }
        sets.forEach(command::append);
    }

    private DomainJudgement judgementOf(RiskOfBiasAssessment assessment, String domainId, CompoundCommand command) {
        Optional<DomainJudgement> existing = find(assessment, domainId);
        if (existing.isPresent()) {
            return existing.get();
        }
        DomainJudgement created = CREATE.createDomainJudgement();
        created.setDomain(domainId);
        command.append(AddCommand.create(domain, assessment, MODEL.getRiskOfBiasAssessment_Domains(), created));
        return created;
    }

    private static Optional<DomainJudgement> find(RiskOfBiasAssessment assessment, String domainId) {
        return assessment.getDomains().stream().filter(d -> domainId.equals(d.getDomain())).findFirst();
    }

    private static Optional<SignallingAnswer> answerTo(RiskOfBiasAssessment assessment, String questionId) {
        return assessment.getAnswers().stream().filter(a -> questionId.equals(a.getQuestion())).findFirst();
    }

    private static void checkLevel(RiskOfBiasTool tool, String level) {
        if (level != null && tool.level(level).isEmpty()) {
            throw new IllegalArgumentException(tool.shortName() + " has no judgement " + level);
        }
    }

    private static String label(RiskOfBiasTool tool, String level) {
        return tool.level(level).map(JudgementLevel::label).orElse(level);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
