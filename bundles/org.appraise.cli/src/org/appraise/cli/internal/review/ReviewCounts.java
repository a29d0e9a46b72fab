package org.appraise.cli.internal.review;

import java.util.Map;
import java.util.TreeMap;

import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Study;

/** The counts {@code appraise info} prints: what a review holds, by kind, results by their kind. */
final class ReviewCounts {

    private ReviewCounts() {
    }

    static Map<String, Object> of(Review review) {
        Map<String, Integer> results = new TreeMap<>(Map.of("dichotomous", 0, "continuous", 0, "medianTimeToEvent", 0, "hazardRatio", 0));
        int reports = 0;
        int extractions = 0;
        int annotations = 0;
        int arms = 0;
        int measurements = 0;
        int assessments = 0;
        for (Study study : review.getStudies()) {
            reports += study.getReports().size();
            for (Extraction e : study.getExtractions()) {
                extractions++;
                annotations += e.getAnnotations().size();
                arms += e.getArms().size();
                assessments += e.getAssessments().size();
                for (OutcomeMeasurement m : e.getMeasurements()) {
                    measurements++;
                    for (Result r : m.getResults()) {
                        String name = r.eClass().getName().replace("Result", "");
                        results.merge(Character.toLowerCase(name.charAt(0)) + name.substring(1), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Object> counts = new TreeMap<>();
        counts.put("studies", review.getStudies().size());
        counts.put("reports", reports);
        counts.put("extractions", extractions);
        counts.put("annotations", annotations);
        counts.put("arms", arms);
        counts.put("outcomeMeasurements", measurements);
        counts.put("results", results);
        counts.put("assessments", assessments);
        counts.put("references", review.getReferences().size());
        counts.put("reviewers", review.getReviewers().size());
        counts.put("outcomes", review.getOutcomes().size());
        return counts;
    }
}
