package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.appraise.model.ExclusionReason;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Study;
import org.appraise.model.Verdict;

/**
 * The boxes of the PRISMA 2020 flow diagram for a new review, counted from what happened to the records,
 * never typed: identification per database and register, duplicates removed, screening, retrieval,
 * eligibility with each exclusion reason, and the other-methods column; included studies and their reports.
 * The invariants of the statement are checked, and each violation names the records behind it.
 *
 * <p>Where a record comes from is its import batch's source (else the record's own): a source naming a
 * register (ClinicalTrials.gov, ICTRP, or containing "register") counts in the registers box; a source
 * naming another method (citation searching, websites, organisations, hand searching, or starting with
 * "other:") counts in the other-methods column, whose records go straight to retrieval unless they were
 * screened on title and abstract.
 *
 * <p>A record removed before screening ({@code removedBeforeScreening}, with its reason) counts as marked
 * ineligible by automation tools when {@code removedByAutomation} says so, else as removed for other reasons;
 * a duplicate or a removed record that also has screening decisions is reported.
 */
public record PrismaCounts(Map<String, Integer> databases, Map<String, Integer> registers, int duplicates,
        int removedByAutomation, int removedOther, int screened, int excluded, int sought, int notRetrieved, int assessed, Map<String, Integer> excludedReports,
        Map<String, Integer> otherSources, int otherSought, int otherNotRetrieved, int otherAssessed,
        Map<String, Integer> otherExcludedReports, int studiesIncluded, int reportsIncluded, List<Finding> findings) {

    /** A violated invariant or a gap, naming the records (by id, sorted) behind it. */
    public record Finding(boolean error, String message, List<String> references) {
        public Finding {
            references = references.stream().sorted().toList();
        }
    }

    public int identifiedFromDatabases() {
        return databases.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int identifiedFromRegisters() {
        return registers.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int otherIdentified() {
        return otherSources.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static PrismaCounts of(Review review) {
        ScreeningState state = ScreeningState.of(review);
        Map<String, Integer> databases = new TreeMap<>();
        Map<String, Integer> registers = new TreeMap<>();
        Map<String, Integer> others = new TreeMap<>();
        int duplicates = 0;
        int automation = 0;
        int otherwiseRemoved = 0;
        List<String> decidedThoughRemoved = new ArrayList<>();
        List<Reference> screenedRecords = new ArrayList<>();
        List<Reference> otherRecords = new ArrayList<>();
        for (Reference reference : review.getReferences()) {
            String source = source(reference);
            Kind kind = kind(source);
            (kind == Kind.REGISTER ? registers : kind == Kind.OTHER ? others : databases).merge(source, 1, Integer::sum);
            if (kind == Kind.OTHER) {
                if (reference.getDuplicateOf() == null) {
                    otherRecords.add(reference);
                }
            } else if (reference.getDuplicateOf() != null) {
                duplicates++;
                if (state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).isPresent()) {
                    decidedThoughRemoved.add(reference.getId());
                }
            } else if (reference.getRemovedBeforeScreening() != null) {
                if (reference.isRemovedByAutomation()) {
                    automation++;
                } else {
                    otherwiseRemoved++;
                }
                if (state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).isPresent()) {
                    decidedThoughRemoved.add(reference.getId());
                }
            } else {
                screenedRecords.add(reference);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (databases.containsKey(NOT_RECORDED)) {
            // the identification box would name no database for them: say which imports to name, not each record
            List<String> batches = review.getReferences().stream().filter(r -> NOT_RECORDED.equals(source(r)))
                    .map(r -> r.getBatch() == null ? r.getId() : r.getBatch().getId()).distinct().toList();
            findings.add(new Finding(false, databases.get(NOT_RECORDED) + " record(s) name no database, register or other source: name the source of "
                    + "their import (Sources... in the PRISMA view, or appraise sources --batch ID --source NAME)", batches));
        }
        if (!decidedThoughRemoved.isEmpty()) {
            findings.add(new Finding(false, decidedThoughRemoved.size() + " record(s) removed before screening (duplicates or removed records) "
                    + "have title/abstract decisions: they are counted as removed, not as screened", decidedThoughRemoved));
        }
        List<String> undecided = new ArrayList<>();
        List<Reference> sought = new ArrayList<>();
        int excluded = 0;
        for (Reference reference : screenedRecords) {
            Optional<Verdict> verdict = state.verdict(reference, ScreeningStage.TITLE_ABSTRACT);
            if (verdict.isEmpty()) {
                undecided.add(reference.getId());
            } else if (verdict.get() == Verdict.EXCLUDE) {
                excluded++;
            } else {
                sought.add(reference);
            }
        }
        if (!undecided.isEmpty()) {
            findings.add(new Finding(false, undecided.size() + " screened record(s) have no title/abstract verdict yet "
                    + "(undecided or in conflict), so reports sought is less than screened minus excluded", undecided));
        }
        List<Reference> otherSought = new ArrayList<>();
        for (Reference reference : otherRecords) {
            if (state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).orElse(Verdict.INCLUDE) != Verdict.EXCLUDE) {
                otherSought.add(reference);
            }
        }
        Retrieval main = retrieval(state, sought, findings, "databases and registers");
        Retrieval other = retrieval(state, otherSought, findings, "other methods");
        int studies = review.getStudies().size();
        int reports = review.getStudies().stream().mapToInt(s -> s.getReports().size()).sum();
        checkInclusions(review, state, main.included(), other.included(), findings);
        return new PrismaCounts(databases, registers, duplicates, automation, otherwiseRemoved, screenedRecords.size(), excluded, sought.size(),
                main.notRetrieved(), main.assessed(), main.reasons(), others, otherSought.size(), other.notRetrieved(),
                other.assessed(), other.reasons(), studies, reports, List.copyOf(findings));
    }

    /** What happened at full text to the reports sought. */
    private record Retrieval(int notRetrieved, int assessed, Map<String, Integer> reasons, List<Reference> included) {
    }

    private static Retrieval retrieval(ScreeningState state, List<Reference> sought, List<Finding> findings, String column) {
        int notRetrieved = 0;
        int assessed = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<Reference> included = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> withoutReason = new ArrayList<>();
        for (Reference reference : sought) {
            Optional<ScreeningState.Standing> standing = state.at(reference, ScreeningStage.FULL_TEXT);
            Optional<Verdict> verdict = standing.flatMap(ScreeningState.Standing::verdict);
            if (verdict.isEmpty()) {
                pending.add(reference.getId());
            } else if (verdict.get() == Verdict.NOT_RETRIEVED) {
                notRetrieved++;
            } else if (verdict.get() == Verdict.INCLUDE) {
                assessed++;
                included.add(reference);
            } else if (verdict.get() == Verdict.EXCLUDE) {
                assessed++;
                ExclusionReason reason = standing.flatMap(ScreeningState.Standing::deciding).map(ScreeningDecision::getReason).orElse(null);
                if (reason == null) {
                    withoutReason.add(reference.getId());
                    reasons.merge("(no reason recorded)", 1, Integer::sum);
                } else {
                    reasons.merge(reason.getText() == null ? reason.getId() : reason.getText(), 1, Integer::sum);
                }
            }
        }
        if (!pending.isEmpty()) {
            findings.add(new Finding(true, column + ": assessed = sought - not retrieved fails: " + pending.size()
                    + " report(s) sought have no full-text verdict yet", pending));
        }
        if (!withoutReason.isEmpty()) {
            findings.add(new Finding(true, column + ": reports excluded at full text must give a reason from the review's list; "
                    + withoutReason.size() + " do not", withoutReason));
        }
        return new Retrieval(notRetrieved, assessed, reasons, included);
    }

    /** Included reports and the review's studies tell the same story. */
    private static void checkInclusions(Review review, ScreeningState state, List<Reference> main, List<Reference> other,
            List<Finding> findings) {
        List<String> unlinked = new ArrayList<>();
        List<Reference> included = new ArrayList<>(main);
        included.addAll(other);
        for (Reference reference : included) {
            boolean linked = review.getStudies().stream().anyMatch(s -> s.getReferences().contains(reference));
            if (!linked) {
                unlinked.add(reference.getId());
            }
        }
        if (!unlinked.isEmpty()) {
            findings.add(new Finding(false, unlinked.size() + " report(s) included at full text are not linked to a study of the review", unlinked));
        }
        List<String> notIncluded = new ArrayList<>();
        for (Study study : review.getStudies()) {
            for (Reference reference : study.getReferences()) {
                if (state.verdict(reference, ScreeningStage.FULL_TEXT).orElse(null) != Verdict.INCLUDE) {
                    notIncluded.add(study.getId() + ": " + reference.getId());
                }
            }
        }
        if (!notIncluded.isEmpty()) {
            findings.add(new Finding(true, notIncluded.size() + " record(s) linked to included studies were not included at full text", notIncluded));
        }
        // a study counted as included must come from records identified, sought and assessed: one without them has no
        // place in the flow, and the diagram would say more studies than its records allow
        List<String> withoutRecords = review.getStudies().stream().filter(s -> s.getReferences().isEmpty()).map(Study::getId).sorted().toList();
        if (!withoutRecords.isEmpty()) {
            findings.add(new Finding(true, withoutRecords.size() + " included stud(ies) have no record behind them (no search record linked: link each to "
                    + "the records it was found in, or import them)", withoutRecords));
        }
    }

    private enum Kind {
        DATABASE, REGISTER, OTHER
    }

    /** What a record without a database, register or other source of its own or of its batch is counted under. */
    public static final String NOT_RECORDED = "(source not recorded)";

    /** Where PRISMA counts a record: its batch's source (the import's --source), else the record's own, else {@link #NOT_RECORDED}. */
    public static String source(Reference reference) {
        String source = reference.getBatch() != null && reference.getBatch().getSourceDatabase() != null
                ? reference.getBatch().getSourceDatabase() : reference.getSourceDatabase();
        return source == null || source.isBlank() ? NOT_RECORDED : source.strip();
    }

    /** The column and box a source is counted in: "databases", "registers" or "other methods". */
    public static String boxOf(String source) {
        Kind kind = kind(source);
        return kind == Kind.REGISTER ? "registers" : kind == Kind.OTHER ? "other methods" : "databases";
    }

    private static final Set<String> OTHER_WORDS = Set.of("citation", "website", "organisation", "organization", "hand search",
            "hand-search", "reference list");

    private static Kind kind(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("other:") || OTHER_WORDS.stream().anyMatch(lower::contains)) {
            return Kind.OTHER;
        }
        if (lower.contains("register") || lower.contains("clinicaltrials.gov") || lower.contains("ictrp")) {
            return Kind.REGISTER;
        }
        return Kind.DATABASE;
    }
}
