package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.appraise.session.ReviewSession;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Study;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The selected study: its reports, and every result of every extraction with its values; selecting a
 * result shows each value's quote in its sentence of the report, highlighted.
 */
public final class StudyPart {

    private final ESelectionService selection;
    private final ReviewChanges changes;
    /** The objects the Problems part names, and whether any of their problems is an error. */
    private final ProblemMarks troubled = new ProblemMarks();
    private final java.util.List<ObjectListEditor> lists = new java.util.ArrayList<>();
    private ResultGrid grid;
    private AssessmentPage assessments;
    private org.eclipse.swt.custom.CTabFolder tabs;
    private Label title;
    private Label reports;
    private TableViewer results;
    private StyledText quotes;

    /** One line of the results table. */
    public record Row(Extraction extraction, OutcomeMeasurement measurement, Result result) {

    }

    @Inject
    public StudyPart(ESelectionService selection, org.eclipse.e4.ui.di.UISynchronize ui) {
        this.selection = selection;
        this.changes = new ReviewChanges(ui, this::show).whenSelected(this::selected);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        reports = BarControls.heading(parent, "study-reports");
        Composite buttons = BarControls.bar(parent);
        button(buttons, "Study & report\u2026", () -> actions().studyAndReport(changes.study()));
        button(buttons, "Records\u2026", () -> actions().records(changes.study()));
        button(buttons, "Start extraction\u2026", () -> actions().startExtraction(changes.study()));
        button(buttons, "Design\u2026", onExtraction(e -> actions().design(e)));
        button(buttons, "New PICO\u2026", onExtraction(e -> actions().newPico(e)));
        button(buttons, "New detail\u2026", onExtraction(e -> actions().newDetail(e)));
        button(buttons, "New arm\u2026", onExtraction(e -> actions().newArm(e)));
        button(buttons, "New result row\u2026", onExtraction(e -> actions().newRow(e)));
        button(buttons, "Set value\u2026", onRow(r -> actions().setValue(r.result())));
        button(buttons, "Result details\u2026", onRow(r -> actions().details(r.result())));
        button(buttons, "Remove row", onRow(r -> actions().removeRow(r.measurement())));

        tabs = new org.eclipse.swt.custom.CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        tabs.setData("org.appraise.test.id", "study-tabs");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        SashForm sash = new SashForm(tabs, SWT.VERTICAL);
        Composite tableArea = new Composite(sash, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        results = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        results.getTable().setHeaderVisible(true);
        results.getTable().setData("org.appraise.test.id", "results");
        results.getTable().setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(results);
        column(columns, "Extraction", 14, r -> r.extraction().getId());
        column(columns, "Outcome", 16, r -> r.measurement().getOutcome() == null ? "" : r.measurement().getOutcome().getName());
        column(columns, "Criteria", 9, r -> text(r.measurement().getCriteria()));
        column(columns, "Population", 12, r -> text(r.measurement().getPopulation()));
        column(columns, "Arm", 18, ResultText::arm);
        column(columns, "Values", 24, r -> ResultText.values(r.result()));
        column(columns, "Quoted", 7, r -> ResultText.quoted(r.result()));
        quotes = new StyledText(sash, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        quotes.setMargins(6, 6, 6, 6);
        quotes.setData("org.appraise.test.id", "quotes");
        sash.setWeights(65, 35);
        tab(tabs, "Results", sash);
        grid = new ResultGrid(tabs);
        tab(tabs, "Grid", grid.control());
        AppraisePackage model = AppraisePackage.eINSTANCE;
        lists.add(list(tabs, "PICO", model.getExtraction_Pico(), "pico", model.getPicoElement_Kind(), model.getPicoElement_Text()));
        lists.add(list(tabs, "Details", model.getExtraction_Characteristics(), "detail", model.getCharacteristic_Kind(),
                model.getCharacteristic_Text()));
        lists.add(list(tabs, "Arms", model.getExtraction_Arms(), "arm", model.getArm_Label(), model.getArm_Intervention()));
        assessments = new AssessmentPage(tabs, () -> changes.review());
        tab(tabs, "Risk of bias", assessments.control());
        tabs.setSelection(0);
        results.addSelectionChangedListener(e -> {
            Row row = (Row) results.getStructuredSelection().getFirstElement();
            showQuotes(row);
            if (row != null) {
                selection.setSelection(row.result());
            }
        });
        changes.follow(context, parent);
    }

    private static void tab(org.eclipse.swt.custom.CTabFolder tabs, String name, org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.custom.CTabItem item = new org.eclipse.swt.custom.CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(control);
    }

    private ObjectListEditor list(org.eclipse.swt.custom.CTabFolder tabs, String name, org.eclipse.emf.ecore.EReference feature,
            String idPrefix, org.eclipse.emf.ecore.EAttribute... columns) {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new org.eclipse.swt.layout.FillLayout());
        ObjectListEditor editor = new ObjectListEditor(page, () -> changes.review(), feature, java.util.List.of(columns), idPrefix);
        tab(tabs, name, page);
        return editor;
    }

    private void button(Composite bar, String text, Runnable action) {
        BarControls.button(bar, text, () -> {
            if (changes.review() != null && changes.study() != null) {
                action.run();
            } else {
                org.eclipse.jface.dialogs.MessageDialog.openInformation(bar.getShell(), "Appraise", changes.review() == null
                        ? "Open a review first (File > Open Review...)." : "Select a study in the Studies view first (File > New Study from Paper... adds one).");
            }
        });
    }

    /** An action on the extraction in front of the reviewer; without one, says how to start it. */
    /** An action on the selected result, or a word on where to select one. */
    private Runnable onRow(java.util.function.Consumer<Row> action) {
        return () -> {
            java.util.Optional<Row> row = selectedRow();
            if (row.isEmpty()) {
                org.eclipse.jface.dialogs.MessageDialog.openInformation(title.getShell(), "Appraise",
                        "Select a result in the Results list below first (or add one: select its numbers in the paper and press Ctrl+Enter).");
            } else {
                action.accept(row.get());
            }
        };
    }

    private Runnable onExtraction(java.util.function.Consumer<Extraction> action) {
        return () -> {
            Extraction extraction = currentExtraction();
            if (extraction == null) {
                org.eclipse.jface.dialogs.MessageDialog.openInformation(title.getShell(), "Appraise",
                        "Start an extraction of this study first (Start extraction...).");
            } else {
                action.accept(extraction);
            }
        };
    }

    private StudyActions actions() {
        return new StudyActions(title.getShell(), changes.review());
    }

    private java.util.Optional<Row> selectedRow() {
        return java.util.Optional.ofNullable((Row) results.getStructuredSelection().getFirstElement());
    }

    /** The extraction edits go to: that of the selected row, else the study's first. */
    private Extraction currentExtraction() {
        Study study = changes.study();
        return selectedRow().map(Row::extraction)
                .orElse(study == null || study.getExtractions().isEmpty() ? null : study.getExtractions().get(0));
    }

    private void column(TableColumnLayout layout, String name, int weight, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
        column.getColumn().setText(name);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                Boolean error = troubled.of(((Row) element).result());
                return error == null ? null : results.getControl().getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
            }

            @Override
            public String getToolTipText(Object element) {
                Boolean error = troubled.of(((Row) element).result());
                return error == null ? null : "This result has " + (error ? "an error" : "a warning") + ": see the Problems part";
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
    }

    /** A study chosen, or something of it: the study shown, an assessment's tab opened, a result's row chosen. */
    private boolean selected(Object chosen) {
        changes.studyOf(chosen).filter(found -> found != changes.study()).ifPresent(found -> {
            changes.choose(found);
            show();
        });
        if (chosen instanceof org.appraise.model.RiskOfBiasAssessment assessment && assessments != null
                && !tabs.isDisposed()) {
            assessments.show(assessment.eContainer() instanceof Extraction e ? e : currentExtraction());
            assessments.reveal(assessment);
            for (org.eclipse.swt.custom.CTabItem item : tabs.getItems()) {
                if (item.getText().equals("Risk of bias")) {
                    tabs.setSelection(item);
                }
            }
            // so that activating this part (which makes its own selection the active one) keeps the assessment
            selection.setSelection(assessment);
        }
        if (chosen instanceof Result result && results != null && !results.getControl().isDisposed()) {
            for (Object row : (Object[]) results.getInput()) {
                if (((Row) row).result() == result) {
                    results.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
                }
            }
        }
        return false;
    }

    public void show(Study shown) {
        changes.choose(shown);
        show();
    }

    private void show() {
        Study study = changes.study();
        ReviewSession review = changes.review();
        if (title == null || title.isDisposed()) {
            return;
        }
        troubled.mark(review);
        if (study == null) {
            BarControls.say(title, review == null ? "No review open (File > Open Review...)" : "Select a study");
            BarControls.say(reports, "");
            results.setInput(new Object[0]);
            quotes.setText("");
            lists.forEach(list -> list.show(null));
            grid.show(null);
            assessments.show(null);
            title.getParent().layout(true, true);
            return;
        }
        BarControls.say(title, study.getLabel() == null ? study.getId() : study.getLabel());
        BarControls.say(reports, StudySummary.of(study));
        List<Row> rows = new ArrayList<>();
        for (Extraction extraction : study.getExtractions()) {
            for (OutcomeMeasurement measurement : extraction.getMeasurements()) {
                for (Result result : measurement.getResults()) {
                    rows.add(new Row(extraction, measurement, result));
                }
            }
        }
        results.setInput(rows.toArray());
        Extraction current = currentExtraction();
        lists.forEach(list -> list.show(current));
        grid.show(current);
        assessments.show(current);
        quotes.setText(rows.isEmpty() ? "No results extracted yet." : "Select a result to see the words each value came from.");
        title.getParent().layout(true, true);
    }

    private void showQuotes(Row row) {
        ReviewSession review = changes.review();
        if (row != null && review != null) {
            QuotesInContext.show(quotes, review, row.result());
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public TableViewer results() {
        return results;
    }

    @Focus
    public void focus() {
        results.getControl().setFocus();
    }
}
