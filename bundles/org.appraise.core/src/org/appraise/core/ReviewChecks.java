package org.appraise.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.appraise.core.rob.AssessmentChecks;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Annotation;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Checks a review for impossible or inconsistent numbers and broken links and reports each problem as a
 * diagnostic naming the object; it never throws on bad data. The data of every child diagnostic is the
 * offending object first.
 */
public final class ReviewChecks {

    public static final String SOURCE = "org.appraise.core";

    private final QuoteChecks quotes;
    /** The risk-of-bias tools are read once, with the checks, not at every check. */
    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
    private final AssessmentChecks assessments = new AssessmentChecks(tools, SOURCE);
    private final org.appraise.core.agreement.ConsensusChecks consensus = new org.appraise.core.agreement.ConsensusChecks(tools, SOURCE);

    /**
     * @param reportTexts the text of a report, empty when it cannot be read (then its annotations are not
     *                    checked against it, and reading it is reported by whoever reads it)
     */
    public ReviewChecks(Function<Report, Optional<ReportText>> reportTexts) {
        this.quotes = new QuoteChecks(reportTexts);
    }

    public Diagnostic check(Review review) {
        BasicDiagnostic all = new BasicDiagnostic(SOURCE, 0, "Checks of review " + review.getId(), new Object[] { review });
        LinkChecks.checkLinks(review, all);
        Map<Report, Optional<ReportText>> texts = new HashMap<>();
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                for (Annotation annotation : extraction.getAnnotations()) {
                    quotes.check(annotation, texts, all);
                }
                for (OutcomeMeasurement measurement : extraction.getMeasurements()) {
                    for (Result result : measurement.getResults()) {
                        ResultChecks.check(extraction, measurement, result, all);
                    }
                }
                for (Arm arm : extraction.getArms()) {
                    for (GroupSize size : arm.getGroupSizes()) {
                        NumberChecks.whole(size.getN(), size, "n", all);
                        NumberChecks.nonNegative(size.getN(), size, "n", all);
                    }
                }
            }
        }
        QuoteChecks.checkValues(review, all);
        LinkChecks.checkBatches(review, all);
        LinkChecks.checkStudyRecords(review, all);
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                extraction.getAssessments().forEach(assessment -> assessments.check(assessment, all));
                consensus.check(extraction, all);
            }
        }
        return all;
    }
}
