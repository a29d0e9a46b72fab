package org.appraise.synthesis.certainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.Footnotes;
import org.appraise.core.certainty.Certainty;
import org.appraise.core.certainty.CertaintyEdits;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.CertaintyRating;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.ReviewQuestion;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.review.SavedAnalysis;

/**
 * The Summary of Findings table of a review (Cochrane Handbook ch. 14): its heading from the review question, a row per
 * outcome the certainty assessments place in it (1 to 7, in that order), and the footnotes. Each row is the consensus
 * assessment where there is one, else the only assessor's; two assessors without a consensus give no row, and say so.
 * Every number comes from the analysis as {@code appraise meta --analysis} runs it; a number that cannot be given is
 * absent ("—") with its reason in a footnote.
 */
public record SummaryOfFindings(String title, String population, String setting, String intervention, String comparison, List<Row> rows,
        List<String> footnotes, List<String> problems) {

    /**
     * One outcome: its name and definition, the comparator's risk and the intervention's (per 1000, with the difference),
     * the relative effect, the participants (studies), the certainty (symbols and words) with its footnotes' letters, the
     * comments, and the letters of the footnotes on the absolute effects (the comparator's risk and where it comes from) and
     * on the participants.
     */
    public record Row(String outcome, String definition, String comparatorRisk, String interventionRisk, String relative, String participants,
            String certainty, List<String> notes, String comments, List<String> effectNotes, List<String> participantNotes) {

        public Row {
            notes = List.copyOf(notes);
            effectNotes = List.copyOf(effectNotes);
            participantNotes = List.copyOf(participantNotes);
        }
    }

    public SummaryOfFindings {
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
        problems = List.copyOf(problems);
    }

    private static final int MOST = 7;

    public static SummaryOfFindings of(Review review, CertaintyRule rule) {
        List<String> problems = new ArrayList<>();
        List<CertaintyAssessment> chosen = chosen(review, problems);
        if (chosen.size() > MOST) {
            problems.add(chosen.size() + " outcomes are placed in the table; it holds " + MOST + ": the last are left out ("
                    + String.join(", ", chosen.subList(MOST, chosen.size()).stream().map(CertaintyAssessment::getId).toList()) + ")");
            chosen = chosen.subList(0, MOST);
        }
        List<String> footnotes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CertaintyAssessment assessment : chosen) {
            rows.add(row(review, assessment, rule, footnotes));
        }
        ReviewQuestion q = review.getQuestion();
        return new SummaryOfFindings(review.getTitle() == null ? "Summary of findings" : review.getTitle(), q == null ? null : q.getPopulation(),
                null, q == null ? null : q.getIntervention(), q == null ? null : q.getComparator(), rows, footnotes, problems);
    }

    /** Per outcome placed in the table: the consensus, else the one assessor's; sorted by place. */
    private static List<CertaintyAssessment> chosen(Review review, List<String> problems) {
        Map<String, List<CertaintyAssessment>> bySubject = new LinkedHashMap<>();
        for (CertaintyAssessment a : review.getCertainty()) {
            String subject = a.getAnalysis() != null ? "analysis " + a.getAnalysis().getId() : a.getOutcome() != null ? "outcome " + a.getOutcome().getId()
                    : "nothing";
            bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(a);
        }
        List<CertaintyAssessment> chosen = new ArrayList<>();
        bySubject.forEach((subject, all) -> {
            Optional<CertaintyAssessment> consensus = all.stream().filter(CertaintyAssessment::isConsensus).findFirst();
            if (consensus.isPresent()) {
                chosen.add(consensus.get());
            } else if (all.size() == 1) {
                chosen.add(all.get(0));
            } else if (all.stream().anyMatch(a -> a.getOrder() != null)) {
                problems.add(subject + ": assessed by " + String.join(" and ", all.stream().map(CertaintyAssessment::getAssessor).toList())
                        + " without a consensus: not in the table until there is one");
            }
        });
        return chosen.stream().filter(a -> a.getOrder() != null).sorted(Comparator.comparing(CertaintyAssessment::getOrder)
                .thenComparing(CertaintyAssessment::getId)).toList();
    }

    private static Row row(Review review, CertaintyAssessment assessment, CertaintyRule rule, List<String> footnotes) {
        OutcomeDefinition outcome = assessment.getOutcome();
        String name = assessment.getAnalysis() != null && assessment.getAnalysis().getName() != null ? assessment.getAnalysis().getName()
                : outcome != null ? outcome.getName() : assessment.getId();
        List<String> letters = new ArrayList<>();
        List<String> effect = new ArrayList<>();
        List<String> people = new ArrayList<>();
        Certainty certainty = CertaintyEdits.certainty(assessment, rule);
        for (String domain : rule.domains()) {
            for (CertaintyRating rating : assessment.getRatings()) {
                if (domain.equals(rating.getDomain()) && rating.getFootnote() != null && !rating.getFootnote().isBlank()) {
                    letters.add(Footnotes.letterFor(footnotes, CertaintyRule.label(domain) + " (" + CertaintyRule.label(rating.getRating()).toLowerCase(Locale.ROOT)
                            + "): " + rating.getFootnote()));
                }
            }
        }
        String certaintyText = certainty.level() != null ? certainty.symbols() : "Not yet: " + String.join("; ", certainty.problems());
        String comments = assessment.getComment() == null ? "" : assessment.getComment();
        if (assessment.getAnalysis() == null) {
            return new Row(name, definition(outcome), "", assessment.getNarrative() == null ? "" : assessment.getNarrative(), "", "", certaintyText,
                    letters, comments, effect, people);
        }
        SavedAnalysis.Run run;
        try {
            run = SavedAnalysis.run(review, assessment.getAnalysis());
        } catch (IllegalArgumentException e) {
            return new Row(name, definition(outcome), "", "not pooled: " + e.getMessage(), "", "", certaintyText, letters, comments, effect, people);
        }
        Participants participants = Participants.of(run);
        if (participants.total().isEmpty() && !participants.unknown().isEmpty()) {
            people.add(Footnotes.letterFor(footnotes, "Participants: the number is not given because the arm sizes of " + String.join(", ", participants.unknown())
                    + " are not recorded for the population the result was reported in."));
        }
        Optional<Pooled> pooled = run.analysis().pooled();
        if (pooled.isEmpty()) {
            return new Row(name, definition(outcome), "", "not pooled: " + run.analysis().notPooled(), "", participants.text(), certaintyText, letters,
                    comments, effect, people);
        }
        Pooled p = pooled.get();
        EffectMeasure measure = run.settings().measure();
        boolean hazard = measure == EffectMeasure.GIV_RATIO;
        String relative = measure.ratio() ? String.format(Locale.ROOT, "%s %.2f (%.2f to %.2f)", hazard ? "HR" : measure.name(), Math.exp(p.estimate()),
                Math.exp(p.lower()), Math.exp(p.upper())) : "";
        if (!measure.ratio() && measure != EffectMeasure.RD) {
            String md = String.format(Locale.ROOT, "%s %s (%s to %s)", measure.name(), signed(p.estimate()), signed(p.lower()), signed(p.upper()));
            return new Row(name, definition(outcome), "", md, relative, participants.text(), certaintyText, letters, comments, effect, people);
        }
        Optional<Double> assumed = assumedRisk(assessment, run);
        if (assumed.isEmpty()) {
            String why = hazard ? "a hazard ratio needs the comparator's risk of the event by a stated time, which the review does not state"
                    : "no control-group risk among the pooled studies, and the review states none";
            effect.add(Footnotes.letterFor(footnotes, "Absolute effects not given: " + why + "."));
            return new Row(name, definition(outcome), "\u2014", "\u2014", relative, participants.text(), certaintyText, letters, comments, effect, people);
        }
        if (assessment.getAssumedRisk() != null) {
            effect.add(Footnotes.letterFor(footnotes, "Risk with the comparator: " + (assessment.getAssumedRiskSource() == null || assessment.getAssumedRiskSource().isBlank()
                    ? "stated by the assessors" : assessment.getAssumedRiskSource()) + "."));
        } else {
            effect.add(Footnotes.letterFor(footnotes, "Risk with the comparator: the median control-group risk of the " + run.analysis().studies().size()
                    + " pooled studies."));
        }
        Optional<AbsoluteEffect> absolute = AbsoluteEffect.of(measure, measure.ratio() ? Math.exp(p.estimate()) : p.estimate(),
                measure.ratio() ? Math.exp(p.lower()) : p.lower(), measure.ratio() ? Math.exp(p.upper()) : p.upper(), assumed.get(), hazard);
        String comparator = Math.round(1000 * assumed.get()) + " per 1000";
        if (absolute.isEmpty()) {
            effect.add(Footnotes.letterFor(footnotes, "Risk with the intervention not given: the estimate's risk falls outside 0 to 1000 per 1000."));
            return new Row(name, definition(outcome), comparator, "\u2014", relative, participants.text(), certaintyText, letters, comments, effect, people);
        }
        AbsoluteEffect a = absolute.get();
        if (a.capped()) {
            effect.add(Footnotes.letterFor(footnotes, "The interval of the risk with the intervention is held at 0 to 1000 per 1000 where the relative effect times "
                    + "the comparator's risk goes beyond it."));
        }
        String intervention = String.format(Locale.ROOT, "%d per 1000 (%d to %d)\n%s", Math.round(a.intervention()), Math.round(a.lower()),
                Math.round(a.upper()), a.differenceText());
        return new Row(name, definition(outcome), comparator, intervention, relative, participants.text(), certaintyText, letters, comments, effect, people);
    }

    /** The stated risk, else the median control-group risk of the pooled studies' counts (none for hazard ratios). */
    static Optional<Double> assumedRisk(CertaintyAssessment assessment, SavedAnalysis.Run run) {
        BigDecimal stated = assessment.getAssumedRisk();
        if (stated != null) {
            return Optional.of(stated.doubleValue());
        }
        List<Double> risks = new ArrayList<>();
        run.analysis().studies().forEach(s -> {
            if (s.data() instanceof StudyData.Dichotomous d && d.n2i() > 0) {
                risks.add(d.ci() / d.n2i());
            }
        });
        if (risks.isEmpty()) {
            return Optional.empty();
        }
        risks.sort(Double::compare);
        int n = risks.size();
        return Optional.of(n % 2 == 1 ? risks.get(n / 2) : (risks.get(n / 2 - 1) + risks.get(n / 2)) / 2);
    }

    /** The footnotes' letters as plain text after a cell's text: " (a,b)", or nothing. */
    public static String letters(List<String> letters) {
        return letters.isEmpty() ? "" : " (" + String.join(",", letters) + ")";
    }

    public static String letter(int index) {
        return Footnotes.letter(index);
    }

    private static String definition(OutcomeDefinition outcome) {
        if (outcome == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (outcome.getMeasurement() != null && !outcome.getMeasurement().isBlank()) {
            parts.add("assessed with: " + outcome.getMeasurement());
        }
        if (outcome.getTiming() != null && !outcome.getTiming().isBlank()) {
            parts.add("follow-up: " + outcome.getTiming());
        }
        return String.join("; ", parts);
    }

    private static String signed(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
