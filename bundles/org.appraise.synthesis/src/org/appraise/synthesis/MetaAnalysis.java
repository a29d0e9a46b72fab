package org.appraise.synthesis;

import java.util.List;
import java.util.Optional;

/**
 * What an analysis gives: each study's effect and weight, the studies left out with their reason, and the pooled result,
 * absent with its reason when nothing could be pooled (no study left, a Mantel-Haenszel odds ratio without events).
 */
public record MetaAnalysis(Settings settings, List<StudyEffect> studies, List<Excluded> excluded, Optional<Pooled> pooled, String notPooled) {

    public MetaAnalysis {
        studies = List.copyOf(studies);
        excluded = List.copyOf(excluded);
    }
}
