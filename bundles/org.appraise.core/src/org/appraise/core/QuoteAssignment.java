package org.appraise.core;

import java.math.BigDecimal;
import java.util.UUID;

import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.model.Reviewer;
import org.appraise.model.Value;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edit a reviewer makes when assigning a selected span of a report to a field: the span becomes an
 * annotation of the reviewer's extraction (with its exact quote), and the field's value takes the number
 * and points to the annotation. It is one EMF command, so one undo takes all of it back.
 */
public final class QuoteAssignment {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final EditingDomain domain;
    private final Extraction extraction;
    private final Reviewer author;

    public QuoteAssignment(EditingDomain domain, Extraction extraction, Reviewer author) {
        this.domain = domain;
        this.extraction = extraction;
        this.author = author;
    }

    /** A new annotation of the span, not yet in the model; its quote is the text between the offsets. */
    public Annotation annotation(Report report, ReportText text, int start, int end, String label) {
        String quote = text.between(start, end).orElseThrow(() -> new IllegalArgumentException(
                "span " + start + ".." + end + " is not inside report " + report.getId()));
        Annotation annotation = AppraiseFactory.eINSTANCE.createAnnotation();
        annotation.setId(extraction.getId() + "-a" + UUID.randomUUID().toString().substring(0, 8));
        annotation.setReport(report);
        annotation.setStart(start);
        annotation.setEnd(end);
        annotation.setQuote(quote);
        annotation.setLabel(label);
        annotation.setAuthor(author);
        text.pageOf(start).ifPresent(annotation::setPage);
        return annotation;
    }

    /**
     * The command that adds the annotation and makes it the source of {@code owner.field} (a containment
     * reference to a {@link Value}), setting the value's number when one is given. An existing value keeps
     * its other sources; the new quote is added to them.
     */
    public Command assignToValue(Annotation annotation, EObject owner, EReference field, BigDecimal number) {
        if (field.getEReferenceType() != MODEL.getValue() || !field.isContainment()) {
            throw new IllegalArgumentException(field.getName() + " of " + owner.eClass().getName() + " does not hold a value");
        }
        CompoundCommand command = new CompoundCommand("Assign \u201c" + shorten(annotation.getQuote()) + "\u201d to " + field.getName());
        command.append(AddCommand.create(domain, extraction, MODEL.getExtraction_Annotations(), annotation));
        Value value = (Value) owner.eGet(field);
        if (value == null) {
            Value created = AppraiseFactory.eINSTANCE.createValue();
            created.setNumber(number);
            created.getSources().add(annotation);
            command.append(SetCommand.create(domain, owner, field, created));
        } else {
            if (number != null) {
                command.append(SetCommand.create(domain, value, MODEL.getValue_Number(), number));
            }
            command.append(AddCommand.create(domain, value, MODEL.getValue_Sources(), annotation));
        }
        return command;
    }

    /**
     * The command that adds the annotation once and makes it the one source of every part given (median, lower
     * and upper from "7.4 months 95% CI:6.1–8.7"), setting each number. A value that had other quotes loses them
     * unless {@code keepOtherQuotes}; a quote that then supports nothing is removed with it. One command, one undo.
     */
    public Command fill(Annotation annotation, EObject owner, java.util.List<ResultParts.Part> parts, boolean keepOtherQuotes) {
        CompoundCommand command = new CompoundCommand("Assign \u201c" + shorten(annotation.getQuote()) + "\u201d to "
                + String.join(", ", parts.stream().map(p -> p.feature().getName()).toList()));
        if (parts.stream().anyMatch(p -> p.feature() instanceof EReference)) {
            command.append(AddCommand.create(domain, extraction, MODEL.getExtraction_Annotations(), annotation));
        }
        java.util.Set<Annotation> replaced = new java.util.LinkedHashSet<>();
        java.util.Set<Value> touched = new java.util.HashSet<>();
        for (ResultParts.Part part : parts) {
            if (part.flag()) {
                flag(command, owner, part, annotation.getQuote());
                continue;
            }
            if (!(part.feature() instanceof EReference field)) {
                command.append(SetCommand.create(domain, owner, part.feature(), part.number()));
                continue;
            }
            if (field.getEReferenceType() != MODEL.getValue() || !field.isContainment()) {
                throw new IllegalArgumentException(field.getName() + " of " + owner.eClass().getName() + " does not hold a value");
            }
            Value value = (Value) owner.eGet(field);
            if (value == null) {
                Value created = AppraiseFactory.eINSTANCE.createValue();
                created.setNumber(part.number());
                created.setDerived(part.derived());
                created.setDerivation(part.derivation());
                created.setUnit(part.unit());
                created.getSources().add(annotation);
                command.append(SetCommand.create(domain, owner, field, created));
                continue;
            }
            touched.add(value);
            command.append(SetCommand.create(domain, value, MODEL.getValue_Number(), part.number()));
            command.append(SetCommand.create(domain, value, MODEL.getValue_Derived(), part.derived()));
            command.append(SetCommand.create(domain, value, MODEL.getValue_Derivation(), part.derivation()));
            if (part.unit() != null) {
                command.append(SetCommand.create(domain, value, MODEL.getValue_Unit(), part.unit()));
            }
            if (!keepOtherQuotes && !value.getSources().isEmpty()) {
                replaced.addAll(value.getSources());
                command.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, value, MODEL.getValue_Sources(),
                        java.util.List.copyOf(value.getSources())));
            }
            command.append(AddCommand.create(domain, value, MODEL.getValue_Sources(), annotation));
        }
        java.util.List<Annotation> unused = replaced.stream().filter(a -> unusedBeyond(a, touched)).toList();
        if (!unused.isEmpty()) {
            command.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, extraction, MODEL.getExtraction_Annotations(), unused));
        }
        return command;
    }

    /**
     * Sets a flag the words state (the median was not reached): a flag has no value to hold a quote, so the result's notes
     * give the words instead.
     */
    private void flag(CompoundCommand command, EObject owner, ResultParts.Part part, String words) {
        command.append(SetCommand.create(domain, owner, part.feature(), part.number().signum() != 0));
        if (owner instanceof org.appraise.model.Result result) {
            String notes = ResultParts.withNote(result.getNotes(), ResultParts.notReachedNote(words, false));
            if (!notes.equals(result.getNotes())) {
                command.append(SetCommand.create(domain, result, MODEL.getResult_Notes(), notes));
            }
        }
    }

    /** Whether nothing but the given values names the annotation as its source. */
    private boolean unusedBeyond(Annotation annotation, java.util.Set<Value> values) {
        return org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer.find(annotation, extraction).stream()
                .allMatch(setting -> values.contains(setting.getEObject()));
    }

    /** The command that adds the annotation and makes it a source of an element that keeps a list of sources. */
    public Command assignAsSource(Annotation annotation, EObject owner, EReference sources) {
        if (sources.getEReferenceType() != MODEL.getAnnotation() || !sources.isMany() || sources.isContainment()) {
            throw new IllegalArgumentException(sources.getName() + " of " + owner.eClass().getName() + " is not a list of sources");
        }
        CompoundCommand command = new CompoundCommand("Quote \u201c" + shorten(annotation.getQuote()) + "\u201d as " + sources.getName());
        command.append(AddCommand.create(domain, extraction, MODEL.getExtraction_Annotations(), annotation));
        command.append(AddCommand.create(domain, owner, sources, annotation));
        return command;
    }

    private static String shorten(String quote) {
        String flat = quote.replace('\n', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 37) + "...";
    }
}
