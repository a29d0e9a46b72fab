package org.appraise.core.team;

import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Extraction;
import org.appraise.model.ImportBatch;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Study;

/**
 * What a member of the team has done in the review, counted as a reviewer counts it: decisions at each screening stage
 * (and resolutions, when they settle conflicts), studies coded with their results, risk-of-bias judgements and
 * quotes, and the searches they imported. The work of the consensus (a log or extraction marked so) is counted apart.
 */
public record MemberWork(int titleAbstract, int fullText, int resolutions, int studies, int results, int assessments, int quotes,
        int consensusStudies, int batches) {

    public static MemberWork of(Review review, Reviewer member) {
        int[] n = new int[9];
        for (ScreeningLog log : review.getScreening()) {
            if (log.getReviewer() == member) {
                for (ScreeningDecision decision : log.getDecisions()) {
                    n[log.isConsensus() ? 2 : decision.getStage() == ScreeningStage.FULL_TEXT ? 1 : 0]++;
                }
            }
        }
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                if (extraction.getReviewer() == member) {
                    n[extraction.isConsensus() ? 7 : 3]++;
                    if (!extraction.isConsensus()) {
                        n[4] += extraction.getMeasurements().stream().mapToInt(m -> m.getResults().size()).sum();
                    }
                    n[5] += extraction.getAssessments().size();
                }
                n[6] += (int) extraction.getAnnotations().stream().filter(a -> a.getAuthor() == member).count();
            }
        }
        for (ImportBatch batch : review.getImportBatches()) {
            if (batch.getImportedBy() == member) {
                n[8]++;
            }
        }
        return new MemberWork(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }

    /** "33 title/abstract decisions, 2 studies coded (14 results), 153 quotes, 2 import batches", or "no work yet". */
    public String said() {
        List<String> parts = new ArrayList<>();
        add(parts, titleAbstract, "title/abstract decision");
        add(parts, fullText, "full-text decision");
        add(parts, resolutions, "conflict resolved", "conflicts resolved");
        if (studies > 0) {
            parts.add(count(studies, "study", "studies") + " coded" + (results > 0 ? " (" + count(results, "result", "results") + ")" : ""));
        }
        if (consensusStudies > 0) {
            parts.add(count(consensusStudies, "consensus extraction", "consensus extractions"));
        }
        add(parts, assessments, "risk-of-bias assessment");
        add(parts, quotes, "quote");
        add(parts, batches, "import batch", "import batches");
        return parts.isEmpty() ? "no work yet" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String one) {
        add(parts, n, one, one + "s");
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(count(n, one, many));
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
