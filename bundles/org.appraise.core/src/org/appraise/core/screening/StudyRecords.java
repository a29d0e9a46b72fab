package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Study;
import org.appraise.model.Verdict;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The search records a study was found in: what joins screening to the studies, so that PRISMA's included studies
 * have records behind them. A record belongs to one study at most, and a record marked as a duplicate is not linked
 * (the record it duplicates is). A record not included at full text may be linked (PRISMA says so as a finding), as a
 * study is often added while its screening is being settled.
 */
public final class StudyRecords {

    private final EditingDomain domain;
    private final Review review;

    public StudyRecords(EditingDomain domain, Review review) {
        this.domain = domain;
        this.review = review;
    }

    /** Records included at full text that no study has yet, in the review's order: the studies still to add. */
    public List<Reference> waiting() {
        ScreeningState state = ScreeningState.of(review);
        java.util.Set<Reference> linked = new java.util.HashSet<>();
        review.getStudies().forEach(s -> linked.addAll(s.getReferences()));
        List<Reference> waiting = new ArrayList<>();
        for (Reference record : review.getReferences()) {
            if (record.getDuplicateOf() == null && !linked.contains(record)
                    && state.verdict(record, ScreeningStage.FULL_TEXT).orElse(null) == Verdict.INCLUDE) {
                waiting.add(record);
            }
        }
        return waiting;
    }

    /** The study a record is linked to, if any. */
    public Optional<Study> study(Reference record) {
        return review.getStudies().stream().filter(s -> s.getReferences().contains(record)).findFirst();
    }

    /**
     * Links records to a study (a new one, not yet in the review, or one of it) as one command.
     *
     * @throws IllegalArgumentException naming the record, when it is a duplicate or another study's
     */
    public Command link(Study study, List<Reference> records) {
        for (Reference record : records) {
            if (record.getDuplicateOf() != null) {
                throw new IllegalArgumentException("record " + record.getId() + " is a duplicate of " + record.getDuplicateOf().getId()
                        + ": link that one");
            }
            Optional<Study> other = study(record).filter(s -> s != study);
            if (other.isPresent()) {
                throw new IllegalArgumentException("record " + record.getId() + " is already the record of study " + other.get().getLabel()
                        + " (" + other.get().getId() + ")");
            }
        }
        List<Reference> added = records.stream().filter(r -> !study.getReferences().contains(r)).distinct().toList();
        if (added.isEmpty()) {
            return org.eclipse.emf.common.command.IdentityCommand.INSTANCE;
        }
        return AddCommand.create(domain, study, AppraisePackage.eINSTANCE.getStudy_References(), added);
    }

    /**
     * Makes a study's records exactly the given ones, as one command ("Records of Liu 2021"): those not given are taken
     * off, the new ones linked (refused as {@link #link} refuses them). Nothing to change gives a command that does nothing.
     */
    public Command relink(Study study, List<Reference> records) {
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand(
                "Records of " + (study.getLabel() == null ? study.getId() : study.getLabel()));
        List<Reference> gone = study.getReferences().stream().filter(r -> !records.contains(r)).toList();
        if (!gone.isEmpty()) {
            command.append(RemoveCommand.create(domain, study, AppraisePackage.eINSTANCE.getStudy_References(), gone));
        }
        Command linked = link(study, records);
        if (linked != org.eclipse.emf.common.command.IdentityCommand.INSTANCE) {
            command.append(linked);
        }
        return command.isEmpty() ? org.eclipse.emf.common.command.IdentityCommand.INSTANCE : command;
    }

    /**
     * The records a study could have: its own first, then those waiting for a study, then every other record that is
     * neither a duplicate nor another study's (in the review's order), as a reviewer looks for them.
     */
    public List<Reference> linkable(Study study) {
        java.util.Set<Reference> others = new java.util.HashSet<>();
        review.getStudies().stream().filter(s -> s != study).forEach(s -> others.addAll(s.getReferences()));
        java.util.LinkedHashSet<Reference> found = new java.util.LinkedHashSet<>(study.getReferences());
        waiting().stream().filter(r -> !others.contains(r)).forEach(found::add);
        review.getReferences().stream().filter(r -> r.getDuplicateOf() == null && !others.contains(r)).forEach(found::add);
        return List.copyOf(found);
    }

    /** Takes a record off a study, as one command. */
    public Command unlink(Study study, Reference record) {
        return RemoveCommand.create(domain, study, AppraisePackage.eINSTANCE.getStudy_References(), record);
    }

    /**
     * How far a record got in screening, in a reviewer's words: "full text: include", "title/abstract: exclude",
     * "full text: not retrieved", or "not screened" when neither stage has a verdict yet.
     */
    public static String screened(ScreeningState state, Reference record) {
        for (ScreeningStage stage : List.of(ScreeningStage.FULL_TEXT, ScreeningStage.TITLE_ABSTRACT)) {
            Optional<Verdict> verdict = state.verdict(record, stage);
            if (verdict.isPresent()) {
                return (stage == ScreeningStage.FULL_TEXT ? "full text: " : "title/abstract: ")
                        + verdict.get().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
        }
        return "not screened";
    }

    /**
     * A study's label from its record: the first author's surname and the year ("Liu 2021"), empty when the record names
     * no author. "Liu, Qinqin", "Liu Q" and "Qinqin Liu" all give Liu.
     */
    public static Optional<String> labelOf(Reference record) {
        if (record.getAuthors().isEmpty() || record.getAuthors().get(0) == null || record.getAuthors().get(0).isBlank()) {
            return Optional.empty();
        }
        String author = record.getAuthors().get(0).strip();
        String surname;
        if (author.contains(",")) {
            surname = author.substring(0, author.indexOf(',')).strip();
        } else {
            String[] words = author.split("\\s+");
            boolean initialsLast = words.length > 1 && words[words.length - 1].matches("(\\p{Lu}\\.?-?){1,3}");
            surname = initialsLast ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : words[words.length - 1];
        }
        return Optional.of(surname + (record.getYear() == null ? "" : " " + record.getYear()));
    }
}
