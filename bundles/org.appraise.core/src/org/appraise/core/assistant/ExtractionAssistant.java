package org.appraise.core.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.appraise.core.ReportText;

/**
 * Reads a paper and proposes the results it reports, each with the exact words it came from; nothing is recorded
 * until a reviewer accepts a proposal ({@link ProposalAcceptance}). Tables are read first, then the prose; a
 * result the paper states twice (a table and its abstract) is proposed once, with the other places noted; a result
 * stated twice with different numbers is proposed both ways, each doubted, for the reviewer to choose. A number stated
 * without its criteria ("PFS 5.86 vs. 3.70 months") that a table gives under stated criteria is the table's.
 */
public final class ExtractionAssistant {

    /** Written into every value a reviewer accepts from a proposal. */
    public static final String VERSION = "Appraise extraction assistant 1.0";

    /** What the assistant read in one paper: its arms and the results proposed. */
    public record PaperResults(PaperArms arms, List<Proposal> proposals) {

        /** Why nothing is proposed, for a reviewer who expected something; empty when there are proposals. */
        public java.util.Optional<String> whyNone() {
            if (!proposals.isEmpty()) {
                return java.util.Optional.empty();
            }
            if (arms.arms().isEmpty()) {
                return java.util.Optional.of("no arms found: the assistant takes them from table headers that give each arm's size"
                        + " ('Sorafenib (n = 48)') or from a sentence naming two to four groups with their sizes ('pembrolizumab (n = 154) or"
                        + " chemotherapy (n = 151)', '40 received camrelizumab and 41 received sorafenib')");
            }
            return java.util.Optional.of(arms.arms().size() != 2 ? "the paper's " + arms.arms().size() + " arms are read in its tables only, and no row"
                    + " of them reads as a result" : "no table row or sentence reads as a result of the arms without doubt (a sentence is"
                    + " skipped when its outcome, arms or population could be read two ways, or its numbers are a subgroup's)");
        }
    }

    private ExtractionAssistant() {
    }

    public static PaperResults read(ReportText report) {
        PaperText paper = new PaperText(report.text());
        PaperTables tables = new PaperTables(paper);
        List<int[]> sentences = Sentences.of(paper, tables);
        PaperArms fromTables = PaperArms.of(tables.headers());
        PaperArms arms = fromTables.arms().isEmpty() ? PaperArms.ofProse(paper, sentences) : fromTables;
        String words = paper.joinedWords();
        TableResults.Defaults defaults = new TableResults.Defaults(Criteria.onlyResponse(words), Criteria.onlyAdverse(words));
        List<Proposal> all = new ArrayList<>(new TableResults(paper, arms, defaults).read(tables.rows()));
        all.addAll(new SentenceResults(paper, arms, defaults).read(sentences));
        List<Proposal> merged = merged(all).stream()
                .map(p -> {
                    java.util.OptionalInt page = report.pageOf(p.quote().start());
                    return p.onPage(page.isPresent() ? page.getAsInt() : null);
                })
                .sorted(Comparator.comparing(Proposal::outcome).thenComparing(Proposal::populationKind)
                        .thenComparing(p -> p.criteria() == null ? "" : p.criteria()).thenComparing(Proposal::kind).thenComparingInt(Proposal::arm))
                .toList();
        return new PaperResults(arms, merged);
    }

    private static List<Proposal> merged(List<Proposal> all) {
        List<Proposal> kept = new ArrayList<>();
        for (Proposal next : all) {
            int same = -1;
            List<Integer> differing = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).sameAs(next) || next.criteria() == null && same < 0 && kept.get(i).withCriteria(null).sameAs(next)) {
                    same = same < 0 ? i : same;
                } else if (kept.get(i).sameResult(next)) {
                    differing.add(i);
                }
            }
            if (same >= 0) {
                kept.set(same, kept.get(same).withAlso(List.of(next.quote()), null));
                continue;
            }
            for (int i : differing) {
                kept.set(i, kept.get(i).doubted("the paper gives other numbers for this result at " + next.quote().start()));
            }
            kept.add(differing.isEmpty() ? next : next.doubted("the paper gives other numbers for this result at " + kept.get(differing.get(0)).quote().start()));
        }
        return kept;
    }
}
