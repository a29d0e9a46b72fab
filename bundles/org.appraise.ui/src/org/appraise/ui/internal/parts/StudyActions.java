package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.appraise.core.EnumLabels;
import org.appraise.core.ExtractionEdits;
import org.appraise.core.ExtractionEdits.RowType;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * The forms behind the study part's buttons: each collects what the reviewer types and hands it to
 * {@link ExtractionEdits} as one command on the review's command stack.
 */
final class StudyActions {


    private static final List<String> TYPES = List.of("events / total", "mean, SD, n", "median time to event");
    private static final String NEW_OUTCOME = "+ a new outcome of the review\u2026";

    private final Shell shell;
    private final ReviewSession review;

    StudyActions(Shell shell, ReviewSession review) {
        this.shell = shell;
        this.review = review;
    }

    private ExtractionEdits edits() {
        return new ExtractionEdits(review.domain(), review.folder().review());
    }

    private void run(Command command) {
        review.domain().getCommandStack().execute(command);
    }

    void startExtraction(Study study) {
        Set<Reviewer> done = new LinkedHashSet<>();
        study.getExtractions().forEach(e -> done.add(e.getReviewer()));
        List<Reviewer> free = review.folder().review().getReviewers().stream().filter(r -> !done.contains(r)).toList();
        if (free.isEmpty()) {
            MessageDialog.openInformation(shell, "Start extraction", "Every reviewer of the review already has an extraction of this study.");
            return;
        }
        FieldsDialog form = new FieldsDialog(shell, "Start extraction")
                .choice("reviewer", "Reviewer", free.stream().map(r -> r.getId() + " \u2013 " + r.getName()).toList(), null, false);
        if (form.open() == Window.OK) {
            run(edits().startExtraction(study, free.get(form.index("reviewer"))));
        }
    }

    void design(Extraction extraction) {
        design(extraction, extraction.getDesign());
    }

    /** Chooses the design, the one given first chosen (read from a quote). */
    void design(Extraction extraction, org.appraise.model.StudyDesign proposed) {
        List<org.appraise.model.StudyDesign> designs = org.appraise.model.StudyDesign.VALUES;
        FieldsDialog form = new FieldsDialog(shell, "Study design")
                .choice("design", "Design", designs.stream().map(EnumLabels::of).toList(), EnumLabels.of(proposed), false);
        if (form.open() == Window.OK) {
            run(edits().setDesign(extraction, designs.get(form.index("design"))));
        }
    }

    void newPico(Extraction extraction) {
        newPico(extraction, "");
    }

    /** A PICO element worded as the selection words it; true when it was made. */
    boolean newPico(Extraction extraction, String reported) {
        List<org.appraise.model.PicoKind> kinds = org.appraise.model.PicoKind.VALUES;
        FieldsDialog form = new FieldsDialog(shell, "New PICO element")
                .choice("kind", "Element", kinds.stream().map(EnumLabels::of).toList(), null, false)
                .text("text", "As reported", reported)
                .validate(d -> d.get("text").isBlank() ? "Say what the study reports." : "");
        if (form.open() == Window.OK) {
            run(edits().addPico(extraction, kinds.get(form.index("kind")), form.get("text")));
            return true;
        }
        return false;
    }

    void newDetail(Extraction extraction) {
        newDetail(extraction, "");
    }

    /** A study detail worded as the selection words it; true when it was made. */
    boolean newDetail(Extraction extraction, String reported) {
        List<org.appraise.model.CharacteristicKind> kinds = org.appraise.model.CharacteristicKind.VALUES;
        FieldsDialog form = new FieldsDialog(shell, "New study detail")
                .choice("kind", "Detail", kinds.stream().map(EnumLabels::of).toList(), null, false)
                .text("text", "As reported", reported)
                .validate(d -> d.get("text").isBlank() ? "Say what the study reports." : "");
        if (form.open() == Window.OK) {
            run(edits().addCharacteristic(extraction, kinds.get(form.index("kind")), form.get("text")));
            return true;
        }
        return false;
    }

    /** An outcome of the review with its five elements, its name prefilled from the selection; true when made. */
    boolean newOutcome(String name) {
        org.appraise.model.AppraisePackage model = org.appraise.model.AppraisePackage.eINSTANCE;
        org.appraise.model.OutcomeDefinition outcome = org.appraise.model.AppraiseFactory.eINSTANCE.createOutcomeDefinition();
        outcome.setName(name);
        AttributeForm form = new AttributeForm(List.of(model.getOutcomeDefinition_Name(), model.getOutcomeDefinition_Domain(),
                model.getOutcomeDefinition_Measurement(), model.getOutcomeDefinition_Metric(), model.getOutcomeDefinition_Aggregation(),
                model.getOutcomeDefinition_Timing(), model.getOutcomeDefinition_Primary()));
        FieldsDialog dialog = form.dialog(shell, "New outcome of the review (also in Review > Outcomes)", outcome);
        if (dialog.open() == Window.OK) {
            form.fill(outcome, dialog);
            run(edits().addOutcome(outcome));
            return true;
        }
        return false;
    }

    /** The study's label and its first report's bibliographic details. */
    void studyAndReport(Study study) {
        org.appraise.model.AppraisePackage model = org.appraise.model.AppraisePackage.eINSTANCE;
        AttributeForm studyForm = new AttributeForm(List.of(model.getStudy_Label()));
        FieldsDialog studyDialog = studyForm.dialog(shell, "Study", study);
        if (studyDialog.open() != Window.OK) {
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Study and report");
        command.append(studyForm.apply(review.domain(), study, studyDialog));
        if (!study.getReports().isEmpty()) {
            org.appraise.model.Report report = study.getReports().get(0);
            AttributeForm reportForm = new AttributeForm(List.of(model.getReport_Kind(), model.getReport_Citation(), model.getReport_Doi(),
                    model.getReport_Licence()));
            FieldsDialog reportDialog = reportForm.dialog(shell, "Report " + report.getFile(), report);
            if (reportDialog.open() == Window.OK) {
                command.append(reportForm.apply(review.domain(), report, reportDialog));
            }
        }
        run(command);
    }

    /** The search records the study was found in, ticked in a list; one command changes them. */
    void records(Study study) {
        org.appraise.core.screening.StudyRecords records = new org.appraise.core.screening.StudyRecords(review.domain(), review.folder().review());
        RecordsDialog dialog = new RecordsDialog(shell, study.getLabel() == null ? study.getId() : study.getLabel(), records.linkable(study),
                study.getReferences(), org.appraise.core.screening.ScreeningState.of(review.folder().review()));
        if (dialog.open() == Window.OK) {
            Command change = records.relink(study, dialog.chosen());
            if (change != org.eclipse.emf.common.command.IdentityCommand.INSTANCE) {
                run(change);
            }
        }
    }

    void newArm(Extraction extraction) {
        newArm(extraction, "", "");
    }

    /** An arm, its label and size prefilled (from a selection); true when it was made. */
    boolean newArm(Extraction extraction, String label, String n) {
        FieldsDialog form = new FieldsDialog(shell, "New arm")
                .text("label", "Label", label)
                .text("intervention", "Intervention", "")
                .choice("population", "Analysis population", populations(extraction), "all enrolled", true)
                .text("n", "Number of participants", n)
                .validate(d -> d.get("label").isBlank() ? "Give the arm a label." : numberProblem(d.get("n"), true));
        if (form.open() == Window.OK) {
            run(edits().addArm(extraction, form.get("label"), form.get("intervention"), form.get("population"), number(form.get("n"))));
            return true;
        }
        return false;
    }

    void newRow(Extraction extraction) {
        newRow(extraction, "", RowType.DICHOTOMOUS);
    }

    /** A result row with a result for every arm, its criteria prefilled (from a selection); true when it was made. */
    boolean newRow(Extraction extraction, String criteria, RowType type) {
        if (extraction.getArms().isEmpty()) {
            MessageDialog.openInformation(shell, "New result row", "Add the study's arms first: a row has a result for every arm. "
                    + "Select an arm's name and size in the paper and choose \u201c+ New arm from this selection\u201d.");
            return false;
        }
        List<OutcomeDefinition> outcomes = review.folder().review().getOutcomes();
        if (outcomes.isEmpty() && !newOutcome("")) {
            return false;
        }
        List<String> names = new ArrayList<>(outcomes.stream().map(OutcomeDefinition::getName).toList());
        names.add(NEW_OUTCOME);
        FieldsDialog form = new FieldsDialog(shell, "New result row")
                .choice("outcome", "Outcome", names, null, false)
                .choice("criteria", "Criteria / measurement tool", org.appraise.core.SelectionWords.CRITERIA, criteria, true)
                .text("timepoint", "Timepoint", "")
                .choice("population", "Analysis population", populations(extraction), "all enrolled", true)
                .choice("type", "Result per arm", TYPES, TYPES.get(type.ordinal()), false)
                .check("hr", "Also a hazard ratio of the first arm against each other arm", type == RowType.MEDIAN_TIME_TO_EVENT);
        if (form.open() != Window.OK) {
            return false;
        }
        if (form.index("outcome") == outcomes.size() && !newOutcome("")) {
            return false;
        }
        run(edits().addRow(extraction, outcomes.get(Math.min(form.index("outcome"), outcomes.size() - 1)), form.get("criteria"),
                form.get("timepoint"), form.get("population"), RowType.values()[form.index("type")], Boolean.parseBoolean(form.get("hr"))));
        return true;
    }

    void setValue(Result result) {
        List<EReference> fields = new ArrayList<>();
        for (EReference field : result.eClass().getEAllContainments()) {
            if (field.getEReferenceType() == org.appraise.model.AppraisePackage.eINSTANCE.getValue()) {
                fields.add(field);
            }
        }
        FieldsDialog form = new FieldsDialog(shell, "Set value")
                .choice("field", "Field", fields.stream().map(EReference::getName).toList(), null, false)
                .text("number", "Number", "")
                .text("unit", "Unit", "")
                .check("derived", "Derived (computed by the reviewer, not reported)", false)
                .text("derivation", "Arithmetic", "")
                .validate(d -> {
                    String problem = numberProblem(d.get("number"), false);
                    if (problem.isEmpty() && Boolean.parseBoolean(d.get("derived")) && d.get("derivation").isBlank()) {
                        return "A derived value keeps its arithmetic, e.g. 29.7% x 37 = 10.99, rounded to 11.";
                    }
                    return problem;
                });
        if (form.open() == Window.OK) {
            run(edits().setValue(result, fields.get(form.index("field")), number(form.get("number")), form.get("unit"),
                    Boolean.parseBoolean(form.get("derived")), form.get("derivation")));
        }
    }

    /** The rest of a result: notes, the interval's level, whether a median was reached, whether a ratio was adjusted. */
    void details(Result result) {
        List<org.eclipse.emf.ecore.EAttribute> attributes = result.eClass().getEAllAttributes().stream()
                .filter(a -> !a.isID() && !a.isMany()).toList();
        AttributeForm form = new AttributeForm(attributes);
        FieldsDialog dialog = form.dialog(shell, "Result details", result);
        if (result instanceof org.appraise.model.HazardRatio hr) {
            dialog.check("swap", "Swap the direction (now " + label(hr.getExperimental()) + " vs " + label(hr.getComparator()) + ")", false);
        }
        if (dialog.open() == Window.OK) {
            org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Result details");
            command.append(form.apply(review.domain(), result, dialog));
            if (result instanceof org.appraise.model.HazardRatio hr && Boolean.parseBoolean(dialog.get("swap"))) {
                org.appraise.model.AppraisePackage model = org.appraise.model.AppraisePackage.eINSTANCE;
                command.append(org.eclipse.emf.edit.command.SetCommand.create(review.domain(), hr, model.getHazardRatio_Experimental(), hr.getComparator()));
                command.append(org.eclipse.emf.edit.command.SetCommand.create(review.domain(), hr, model.getHazardRatio_Comparator(), hr.getExperimental()));
            }
            run(command);
        }
    }

    private static String label(Arm arm) {
        return arm == null ? "?" : arm.getLabel();
    }

    void removeRow(OutcomeMeasurement row) {
        if (MessageDialog.openQuestion(shell, "Remove result row", "Remove this row and its " + row.getResults().size()
                + " results? (Edit > Undo brings it back.)")) {
            run(edits().removeRow(row));
        }
    }

    private static List<String> populations(Extraction extraction) {
        Set<String> populations = new LinkedHashSet<>();
        for (Arm arm : extraction.getArms()) {
            for (GroupSize size : arm.getGroupSizes()) {
                if (size.getPopulation() != null) {
                    populations.add(size.getPopulation());
                }
            }
        }
        extraction.getMeasurements().forEach(m -> {
            if (m.getPopulation() != null) {
                populations.add(m.getPopulation());
            }
        });
        populations.add("all enrolled");
        return new ArrayList<>(populations);
    }

    private static String numberProblem(String text, boolean optional) {
        if (text.isBlank()) {
            return optional ? "" : "Enter the number.";
        }
        try {
            new BigDecimal(text);
            return "";
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a number (use a point for decimals).";
        }
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }
}
