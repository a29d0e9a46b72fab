package org.appraise.core.rob;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A published risk-of-bias tool as data: its domains, questions, answers, judgement levels and algorithms,
 * read from a definition file (see {@link RiskOfBiasTools}). {@code assesses} is {@code result} for tools
 * applied to one result (RoB 2, ROBINS-I) and {@code study} for tools applied to a whole study.
 */
public record RiskOfBiasTool(String id, String version, String name, String shortName, String source, String assesses,
        List<JudgementLevel> levels, List<SignallingQuestion> preliminary, List<ToolDomain> domains,
        List<JudgementRule> overall) {

    /** The tool's name and version as a caption says it. */
    public String title() {
        return name + " (version " + version + ")";
    }

    public Optional<ToolDomain> domain(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).findFirst();
    }

    public Optional<JudgementLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** How concerning a level is: its index in the tool's order, -1 when the tool has no such level. */
    public int severity(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    /** Every question of the tool, preliminary ones first. */
    public Stream<SignallingQuestion> questions() {
        return Stream.concat(preliminary.stream(), domains.stream().flatMap(d -> d.questions().stream()));
    }

    public Optional<SignallingQuestion> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The domains a figure shows as columns: those counted in the overall judgement, each caption once. */
    public List<String> captions() {
        return domains.stream().filter(ToolDomain::inOverall).map(ToolDomain::caption).distinct().toList();
    }
}
