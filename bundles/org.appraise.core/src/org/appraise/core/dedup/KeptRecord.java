package org.appraise.core.dedup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.appraise.model.Reference;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.Study;

/**
 * Which record of a group of duplicates is kept. First the record a reviewer has already worked on (screened,
 * linked to a study or a report, or already kept with duplicates marked against it), so that marking duplicates
 * never hides a decision behind a record still to screen; then the most complete record; then the record of the
 * earlier import, so that a search run again does not take the place of the records first imported; last the
 * order the records were given in.
 */
final class KeptRecord {

    private final Set<Reference> worked;
    private final Comparator<Integer> order;

    KeptRecord(List<Reference> references) {
        this.worked = workedOn(references);
        Comparator<Integer> byWork = Comparator.comparing(i -> !worked.contains(references.get(i)));
        this.order = byWork.thenComparing(i -> -RecordFields.completeness(references.get(i)))
                .thenComparing(i -> importedAt(references.get(i)))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The member (an index into the records given) a group keeps. */
    int of(List<Integer> members) {
        return members.stream().min(order).orElseThrow();
    }

    private static Instant importedAt(Reference reference) {
        String at = reference.getBatch() == null ? null : reference.getBatch().getImportedAt();
        if (at == null) {
            return Instant.MAX;
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            return Instant.MAX; // a time written by hand that is not ISO-8601 says nothing of which came first
        }
    }

    private static Set<Reference> workedOn(List<Reference> references) {
        Set<Review> reviews = new HashSet<>();
        references.forEach(r -> {
            if (r.eContainer() instanceof Review review) {
                reviews.add(review);
            }
        });
        Set<Reference> worked = new HashSet<>();
        for (Review review : reviews) {
            for (ScreeningLog log : review.getScreening()) {
                log.getDecisions().stream().map(ScreeningDecision::getReference).forEach(worked::add);
            }
            for (Study study : review.getStudies()) {
                worked.addAll(study.getReferences());
                study.getReports().stream().map(Report::getReference).forEach(worked::add);
            }
            review.getReferences().stream().map(Reference::getDuplicateOf).forEach(worked::add);
        }
        worked.remove(null);
        return worked;
    }
}
