package org.appraise.core.certainty;

import java.util.Optional;

import org.appraise.model.Analysis;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.CertaintyRating;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The review's certainty assessments, each change one command: an assessor's assessment of an outcome begun, a
 * domain rated with its footnote, a detail of the assessment set (the kind of evidence, the assumed comparator risk,
 * the row's place in the Summary of Findings table...). Ratings are checked against GRADE's rule before they become
 * commands.
 */
public final class CertaintyEdits {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final EditingDomain domain;
    private final Review review;
    private final CertaintyRule rule;

    public CertaintyEdits(EditingDomain domain, Review review, CertaintyRule rule) {
        this.domain = domain;
        this.review = review;
        this.rule = rule;
    }

    /** The id of an assessor's (or the consensus') assessment of an analysis or outcome: certainty-orr-rr-ab, certainty-os-consensus. */
    public static String idOf(String subject, String assessor, boolean consensus) {
        return "certainty-" + subject + "-" + (consensus ? "consensus" : assessor);
    }

    public static Optional<CertaintyAssessment> find(Review review, String id) {
        return review.getCertainty().stream().filter(c -> id.equals(c.getId())).findFirst();
    }

    /** A new assessment, not yet in the review (for {@link #add}). */
    public CertaintyAssessment begin(Analysis analysis, OutcomeDefinition outcome, String assessor, boolean consensus) {
        if (analysis == null && outcome == null) {
            throw new IllegalArgumentException("a certainty assessment is of a saved analysis or of an outcome");
        }
        if (!consensus && (assessor == null || assessor.isBlank())) {
            throw new IllegalArgumentException("name the assessor (or make it the consensus)");
        }
        String id = idOf(analysis != null ? analysis.getId() : outcome.getId(), assessor, consensus);
        if (find(review, id).isPresent()) {
            throw new IllegalArgumentException(id + " exists already");
        }
        CertaintyAssessment assessment = AppraiseFactory.eINSTANCE.createCertaintyAssessment();
        assessment.setId(id);
        assessment.setAnalysis(analysis);
        assessment.setOutcome(analysis != null ? analysis.getOutcome() : outcome);
        assessment.setAssessor(consensus ? null : assessor);
        assessment.setConsensus(consensus);
        return assessment;
    }

    public Command add(CertaintyAssessment assessment) {
        return AddCommand.create(domain, review, MODEL.getReview_Certainty(), assessment);
    }

    /** Rates a domain (replacing an earlier rating); a rating other than NOT_SERIOUS or NONE needs its footnote. */
    public Command rate(CertaintyAssessment assessment, String domainKey, String rating, String footnote) {
        if (domainKey == null || !rule.downDomains().contains(domainKey) && !rule.upDomains().contains(domainKey)) {
            throw new IllegalArgumentException("'" + domainKey + "' is not a GRADE domain (" + String.join(", ", rule.downDomains()) + ", "
                    + String.join(", ", rule.upDomains()) + ")");
        }
        if (rating == null || !rule.ratings(domainKey).contains(rating)) {
            throw new IllegalArgumentException(CertaintyRule.label(domainKey) + " is rated " + String.join(", ", rule.ratings(domainKey)) + ", not " + rating);
        }
        boolean moves = !rating.equals("NOT_SERIOUS") && !rating.equals("NONE");
        if (moves && (footnote == null || footnote.isBlank())) {
            throw new IllegalArgumentException(CertaintyRule.label(domainKey) + " rated " + rating + " needs its footnote (the reason, for the table)");
        }
        Optional<CertaintyRating> before = assessment.getRatings().stream().filter(r -> domainKey.equals(r.getDomain())).findFirst();
        CertaintyRating rated = AppraiseFactory.eINSTANCE.createCertaintyRating();
        rated.setDomain(domainKey);
        rated.setRating(rating);
        rated.setFootnote(footnote == null || footnote.isBlank() ? null : footnote.strip());
        if (before.isPresent()) {
            return SetCommand.create(domain, assessment, MODEL.getCertaintyAssessment_Ratings(), rated, assessment.getRatings().indexOf(before.get()));
        }
        return AddCommand.create(domain, assessment, MODEL.getCertaintyAssessment_Ratings(), rated);
    }

    /** Sets a detail of the assessment: evidence, assumedRisk, assumedRiskSource, imprecisionThreshold, optimalInformationSize, order, narrative, comment. */
    public Command set(CertaintyAssessment assessment, String detail, Object value) {
        EStructuralFeature feature = MODEL.getCertaintyAssessment().getEStructuralFeature(detail);
        if (feature == null || feature instanceof org.eclipse.emf.ecore.EReference || detail.equals("id") || detail.equals("assessor")
                || detail.equals("consensus")) {
            throw new IllegalArgumentException("'" + detail + "' is not a detail of a certainty assessment one sets");
        }
        if (detail.equals("evidence") && value != null && !rule.evidence().contains(value)) {
            throw new IllegalArgumentException("the evidence is " + String.join(", ", rule.evidence()) + ", not " + value);
        }
        if (detail.equals("assumedRisk") && value instanceof java.math.BigDecimal risk && (risk.signum() < 0 || risk.compareTo(java.math.BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("an assumed comparator risk is a proportion from 0 to 1, not " + risk.toPlainString());
        }
        if (detail.equals("imprecisionThreshold") && value instanceof java.math.BigDecimal t && t.compareTo(java.math.BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("the imprecision threshold is a ratio above 1 (GRADE's default 1.25), not " + t.toPlainString());
        }
        if (detail.equals("order") && value instanceof Integer order && (order < 1 || order > 7)) {
            throw new IllegalArgumentException("a Summary of Findings table has places 1 to 7, not " + order);
        }
        return SetCommand.create(domain, assessment, feature, value);
    }

    /** The certainty the assessment's ratings give by the rule. */
    public static Certainty certainty(CertaintyAssessment assessment, CertaintyRule rule) {
        java.util.Map<String, String> ratings = new java.util.LinkedHashMap<>();
        assessment.getRatings().forEach(r -> ratings.put(r.getDomain(), r.getRating()));
        return rule.apply(assessment.getEvidence(), ratings);
    }
}
