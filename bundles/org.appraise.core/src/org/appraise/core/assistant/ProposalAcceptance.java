package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.appraise.core.ReportText;
import org.appraise.core.ReviewIds;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.Extraction;
import org.appraise.model.ExtractionStatus;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Records accepted proposals into a reviewer's extraction as one EMF command (one undo takes all of it back):
 * the extraction, the paper's arms, the review's outcome and the row (outcome, criteria, population) are found
 * or created on the way; every number becomes a value quoting the words it was read from, marked as proposed by
 * the assistant, its quote authored by the accepting reviewer. A value already recorded with another number is
 * never overwritten: it is reported as a conflict. Paper arms are matched to the extraction's by their sizes in
 * each population, then by the words of their labels.
 */
public final class ProposalAcceptance {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    /**
     * What accepting does: the command to execute (null when nothing is new), how many values it records, the
     * conflicts, and the same for each proposal (how a list shows each one: new, already recorded, in conflict).
     */
    public record Accepted(Command command, int values, List<String> conflicts, List<Each> each) {
    }

    /** What accepting one proposal records (0 when all of it is recorded already) and the conflicts it meets. */
    public record Each(Proposal proposal, int values, List<String> conflicts) {

        public boolean recorded() {
            return values == 0 && conflicts.isEmpty();
        }
    }

    private final EditingDomain domain;
    private final Review review;
    private final Study study;
    private final Report report;
    private final ReportText text;
    private final Reviewer reviewer;
    private final PendingEdits edits;
    private final Map<Integer, Arm> arms = new HashMap<>();
    private final Map<OutcomeTerm, OutcomeDefinition> outcomes = new HashMap<>();
    private final Map<String, Annotation> quotes = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    /** Rows and results this acceptance adds to objects already in the review (by command, so not yet in them). */
    private final List<OutcomeMeasurement> addedRows = new ArrayList<>();
    private final Map<OutcomeMeasurement, List<Result>> addedResults = new HashMap<>();
    private ReviewIds ids;
    private Extraction extraction;
    private boolean newExtraction;
    private int values;
    private Map<Proposal, Map<String, BigDecimal>> corrections = Map.of();

    public ProposalAcceptance(EditingDomain domain, Review review, Study study, Report report, ReportText text, Reviewer reviewer) {
        this.domain = domain;
        this.review = review;
        this.study = study;
        this.report = report;
        this.text = text;
        this.reviewer = reviewer;
        this.edits = new PendingEdits(domain, review, "Accept proposed results");
    }

    /** The command that records the proposals into the reviewer's extraction of the study (started when missing). */
    public Accepted accept(PaperArms paperArms, List<Proposal> proposals) {
        return accept(paperArms, proposals, Map.of());
    }

    /**
     * The same, with numbers the reviewer corrected ({@code events -> 14} for one proposal): a corrected value says
     * what the assistant had proposed.
     */
    public Accepted accept(PaperArms paperArms, List<Proposal> proposals, Map<Proposal, Map<String, BigDecimal>> corrections) {
        this.corrections = corrections;
        ids = null;
        extraction = study.getExtractions().stream().filter(e -> e.getReviewer() == reviewer && !e.isConsensus()).findFirst().orElse(null);
        if (extraction == null) {
            extraction = CREATE.createExtraction();
            extraction.setId(ids().next(study.getId() + "--" + reviewer.getId()));
            extraction.setReviewer(reviewer);
            extraction.setStatus(ExtractionStatus.IN_PROGRESS);
            newExtraction = true;
        }
        List<Each> each = new ArrayList<>();
        for (Proposal proposal : proposals) {
            int valuesBefore = values;
            int conflictsBefore = conflicts.size();
            accept(paperArms, proposal);
            each.add(new Each(proposal, values - valuesBefore, List.copyOf(conflicts.subList(conflictsBefore, conflicts.size()))));
        }
        if (!quotes.isEmpty()) {
            edits.add(extraction, MODEL.getExtraction_Annotations(), List.copyOf(quotes.values()));
        }
        if (newExtraction && values > 0) {
            edits.append(AddCommand.create(domain, study, MODEL.getStudy_Extractions(), extraction));
        }
        return new Accepted(values == 0 ? null : edits.command(), values, List.copyOf(conflicts), List.copyOf(each));
    }

    /** Ids for new objects, made when the first one is needed (a review of 100,000 records is scanned once, not at every check). */
    private ReviewIds ids() {
        if (ids == null) {
            ids = ReviewIds.of(review);
        }
        return ids;
    }

    private void accept(PaperArms paperArms, Proposal proposal) {
        OutcomeMeasurement row = row(proposal);
        Result result = proposal.kind() == Proposal.Kind.HAZARD_RATIO ? ratio(paperArms, row, proposal) : armResult(paperArms, row, proposal);
        if (result == null || result instanceof org.appraise.model.MedianTimeToEvent median && !agreesOnReaching(median, proposal)) {
            return;
        }
        for (Proposal.Part part : proposal.values()) {
            EStructuralFeature feature = feature(result, part.part());
            BigDecimal corrected = corrections.getOrDefault(proposal, Map.of()).get(part.part());
            if (feature != null) {
                set(result, feature, corrected == null ? part : new Proposal.Part(part.part(), corrected, part.span(), null, part.unit()), proposal,
                        corrected == null ? null : part.number());
            }
        }
    }

    /**
     * Whether a median's proposal agrees with what is recorded on whether the median was reached (a median recorded and
     * "not reached" proposed, or the reverse, is a conflict); when it does, the result's notes say what was not reached,
     * in the paper's words, since no number stands for it.
     */
    private boolean agreesOnReaching(org.appraise.model.MedianTimeToEvent median, Proposal proposal) {
        boolean notReached = proposal.part(MedianParts.NOT_REACHED) != null;
        Object recorded = edits.current(median, MODEL.getMedianTimeToEvent_Median());
        Object flagged = edits.current(median, MODEL.getMedianTimeToEvent_NotReached());
        if (notReached && recorded instanceof Value value && value.getNumber() != null) {
            conflicts.add(describe(proposal) + ": median is recorded as " + value.getNumber().toPlainString() + ", the paper says not reached");
            return false;
        }
        if (!notReached && Boolean.TRUE.equals(flagged)) {
            conflicts.add(describe(proposal) + ": the median is recorded as not reached, the paper gives " + proposal.part("median").number().toPlainString());
            return false;
        }
        String words = "\"" + proposal.quote().text().replaceAll("\\s+", " ") + "\"";
        if (notReached ? Boolean.TRUE.equals(flagged) : edits.current(median, MODEL.getMedianTimeToEvent_Lower()) != null) {
            return true; // recorded before: its notes are the reviewer's
        }
        String note = notReached ? org.appraise.core.ResultParts.notReachedNote(proposal.quote().text(), proposal.part("lower") != null)
                : proposal.part("lower") != null && proposal.part("upper") == null ? "The interval's upper limit was not reached (the paper: " + words + "): left empty."
                : null;
        Object notes = edits.current(median, MODEL.getResult_Notes());
        if (note != null && !org.appraise.core.ResultParts.withNote((String) notes, note).equals(notes)) {
            edits.set(median, MODEL.getResult_Notes(), org.appraise.core.ResultParts.withNote((String) notes, note));
        }
        return true;
    }

    private void set(EObject owner, EStructuralFeature feature, Proposal.Part part, Proposal proposal, BigDecimal proposedNumber) {
        Object current = edits.current(owner, feature);
        if (feature.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.EBOOLEAN) {
            if (part.number().signum() != 0 && !Boolean.TRUE.equals(current)) {
                edits.set(owner, feature, Boolean.TRUE); // a flag the paper states ("not reached"); its words are in the result's notes
                values++;
            }
            return;
        }
        if (!(feature instanceof org.eclipse.emf.ecore.EReference)) {
            if (current == null) {
                edits.set(owner, feature, part.number());
                if (part.derived()) { // a plain number (an interval's level) keeps no derivation of its own: the result's notes say it
                    Object notes = edits.current(owner, MODEL.getResult_Notes());
                    edits.set(owner, MODEL.getResult_Notes(), org.appraise.core.ResultParts.withNote((String) notes,
                            "The interval's level " + part.number().toPlainString() + " is derived: " + part.derivation() + "."));
                }
            } else if (((BigDecimal) current).compareTo(part.number()) != 0) {
                conflicts.add(describe(proposal) + ": " + feature.getName() + " is recorded as " + current + ", the paper gives " + part.number());
            }
            return;
        }
        Value recorded = (Value) current;
        if (recorded != null && recorded.getNumber() != null) {
            if (recorded.getNumber().compareTo(part.number()) != 0) {
                conflicts.add(describe(proposal) + ": " + feature.getName() + " is recorded as " + recorded.getNumber().toPlainString()
                        + ", the paper gives " + part.number().toPlainString() + " (kept " + recorded.getNumber().toPlainString() + ")");
            }
            return;
        }
        Value value = value(part);
        if (proposedNumber != null) {
            value.setProposedBy(ExtractionAssistant.VERSION + " (proposed " + proposedNumber.toPlainString() + ", corrected by the reviewer)");
        }
        edits.set(owner, feature, value);
        values++;
    }

    private Value value(Proposal.Part part) {
        Value value = CREATE.createValue();
        value.setNumber(part.number());
        value.setDerived(part.derived());
        value.setDerivation(part.derivation());
        value.setUnit(part.unit());
        value.setProposedBy(ExtractionAssistant.VERSION);
        value.getSources().add(quote(part.span()));
        return value;
    }

    /** One quote per stretch of words, made as a reviewer's selection is made (the same ids, page and author). */
    private Annotation quote(Proposal.Span span) {
        return quotes.computeIfAbsent(span.start() + ":" + span.end(),
                k -> new org.appraise.core.QuoteAssignment(domain, extraction, reviewer).annotation(report, text, span.start(), span.end(), "assistant"));
    }

    private OutcomeMeasurement row(Proposal proposal) {
        OutcomeDefinition outcome = outcome(proposal.outcome());
        for (OutcomeMeasurement row : rows()) {
            if (row.getOutcome() == outcome && Population.of(row.getPopulation()) == proposal.populationKind()
                    && Objects.equals(criteria(row.getCriteria()), criteria(proposal.criteria())) && Objects.equals(row.getTimepoint(), proposal.timepoint())) {
                return row;
            }
        }
        OutcomeMeasurement row = CREATE.createOutcomeMeasurement();
        row.setOutcome(outcome);
        row.setCriteria(proposal.criteria());
        row.setTimepoint(proposal.timepoint());
        row.setPopulation(populationWords(proposal));
        row.setId(ids().next(study.getId() + "-" + (outcome.getId() == null ? proposal.outcome().key() : outcome.getId())
                + (proposal.criteria() == null ? "" : "-" + proposal.criteria()) + (row.getPopulation() == null ? "" : "-" + row.getPopulation())));
        edits.add(extraction, MODEL.getExtraction_Measurements(), row);
        addedRows.add(row);
        return row;
    }

    private List<OutcomeMeasurement> rows() {
        List<OutcomeMeasurement> rows = new ArrayList<>(extraction.getMeasurements());
        addedRows.stream().filter(r -> !rows.contains(r)).forEach(rows::add);
        return rows;
    }

    private List<Result> results(OutcomeMeasurement row) {
        List<Result> results = new ArrayList<>(row.getResults());
        addedResults.getOrDefault(row, List.of()).stream().filter(r -> !results.contains(r)).forEach(results::add);
        return results;
    }

    /** The extraction's own words for the population when it has them ("before PSM"), else the paper's; none for the whole cohort. */
    private String populationWords(Proposal proposal) {
        if (proposal.populationKind() == Population.ALL) {
            return rows().stream().map(OutcomeMeasurement::getPopulation).filter(p -> p != null && Population.of(p) == Population.ALL).findFirst()
                    .orElse(null);
        }
        return extraction.getArms().stream().flatMap(a -> a.getGroupSizes().stream()).map(GroupSize::getPopulation)
                .filter(p -> p != null && Population.of(p) == proposal.populationKind()).findFirst().orElse(proposal.population());
    }

    private static String criteria(String criteria) {
        return criteria == null || criteria.isBlank() || criteria.equalsIgnoreCase("unspecified") ? null
                : criteria.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private OutcomeDefinition outcome(OutcomeTerm term) {
        return outcomes.computeIfAbsent(term, t -> review.getOutcomes().stream().filter(t::defines).findFirst().orElseGet(() -> {
            OutcomeDefinition created = CREATE.createOutcomeDefinition();
            created.setId(ids().next(t.key()));
            created.setName(t.displayName());
            edits.append(AddCommand.create(domain, review, MODEL.getReview_Outcomes(), created));
            return created;
        }));
    }

    private Result armResult(PaperArms paperArms, OutcomeMeasurement row, Proposal proposal) {
        Arm arm = arm(paperArms, proposal.arm());
        EClass type = proposal.kind() == Proposal.Kind.DICHOTOMOUS ? MODEL.getDichotomousResult() : MODEL.getMedianTimeToEvent();
        for (Result result : results(row)) {
            if (result instanceof ArmResult armResult && armResult.getArm() == arm) {
                if (result.eClass() != type) {
                    conflicts.add(describe(proposal) + ": the row holds a " + result.eClass().getName() + " for " + arm.getLabel());
                    return null;
                }
                return result;
            }
        }
        ArmResult created = (ArmResult) CREATE.create(type);
        created.setId(ids().next(row.getId() + "-" + arm.getId()));
        created.setArm(arm);
        edits.add(row, MODEL.getOutcomeMeasurement_Results(), created);
        addedResults.computeIfAbsent(row, r -> new ArrayList<>()).add(created);
        return created;
    }

    private Result ratio(PaperArms paperArms, OutcomeMeasurement row, Proposal proposal) {
        Arm experimental = arm(paperArms, proposal.arm());
        Arm comparator = arm(paperArms, proposal.comparator());
        for (Result result : results(row)) {
            if (result instanceof HazardRatio hr) {
                if (hr.getExperimental() == experimental && hr.getComparator() == comparator) {
                    return hr;
                }
                if (hr.getExperimental() == comparator && hr.getComparator() == experimental) {
                    conflicts.add(describe(proposal) + ": the row holds the hazard ratio the other way round");
                    return null;
                }
            }
        }
        HazardRatio created = CREATE.createHazardRatio();
        created.setId(ids().next(row.getId() + "-hr-" + comparator.getId()));
        created.setExperimental(experimental);
        created.setComparator(comparator);
        edits.add(row, MODEL.getOutcomeMeasurement_Results(), created);
        addedResults.computeIfAbsent(row, r -> new ArrayList<>()).add(created);
        return created;
    }

    private Arm arm(PaperArms paperArms, int index) {
        return arms.computeIfAbsent(index, i -> {
            PaperArms.Arm paperArm = paperArms.arms().get(i);
            Arm matched = ArmMatch.of(extraction.getArms(), paperArms).get(i);
            if (matched != null) {
                return matched;
            }
            Arm created = CREATE.createArm();
            created.setId(ids().next(study.getId() + "-" + paperArm.label()));
            created.setLabel(paperArm.label());
            paperArm.sizes().forEach((population, size) -> {
                GroupSize groupSize = CREATE.createGroupSize();
                groupSize.setPopulation(population == Population.ALL ? null : population.words());
                groupSize.setN(value(new Proposal.Part("n", size.n(), size.span(), null)));
                values++;
                created.getGroupSizes().add(groupSize);
            });
            edits.add(extraction, MODEL.getExtraction_Arms(), created);
            return created;
        });
    }

    private static EStructuralFeature feature(Result result, String part) {
        return result.eClass().getEStructuralFeature(switch (part) {
            case "level" -> "ciLevel";
            case "p" -> "pValue";
            default -> part;
        });
    }

    private String describe(Proposal proposal) {
        return proposal.outcome().displayName() + ", " + proposal.population() + (proposal.criteria() == null ? "" : ", " + proposal.criteria());
    }
}
