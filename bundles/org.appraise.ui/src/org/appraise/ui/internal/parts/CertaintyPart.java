package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.session.ReviewSession;
import org.appraise.core.WholeFile;
import org.appraise.core.certainty.Certainty;
import org.appraise.core.certainty.CertaintyEdits;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.core.synthesis.AnalysisEdits;
import org.appraise.model.Analysis;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.Review;
import org.appraise.synthesis.certainty.CertaintyProposals;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.review.SavedAnalysis;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The certainty of the evidence and the Summary of Findings table, live: choose a saved analysis and an assessor (or the
 * consensus), rate each GRADE domain beside what the analysis' figures propose, and see the table below follow. Every
 * change is one command of the review's session (Edit > Undo takes it back); the first change of an assessor's assessment
 * begins it. Export table... writes the table as Word, Excel or HTML, as {@code appraise sof} does.
 */
public final class CertaintyPart {

    private static final String CONSENSUS = "consensus";
    private static final String[] COLUMNS = { "Outcome", "Risk with the comparator", "Risk with the intervention", "Relative effect (95% CI)",
            "Participants (studies)", "Certainty", "Comments" };

    private final ReviewChanges changes;
    private final CertaintyRule rule = CertaintyRule.grade();
    private Combo analysis;
    private Combo assessor;
    private CertaintyForm form;
    private Table table;
    private org.eclipse.swt.widgets.Text notes;

    @Inject
    public CertaintyPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Composite bar = BarControls.column(parent, changes);
        ((RowLayout) bar.getLayout()).center = true;
        new Label(bar, SWT.NONE).setText("Analysis");
        analysis = BarControls.choice(bar, "certainty-analysis");
        analysis.addListener(SWT.Selection, e -> {
            form.forget();
            show();
        });
        new Label(bar, SWT.NONE).setText("Assessor");
        assessor = BarControls.choice(bar, "certainty-assessor");
        assessor.addListener(SWT.Selection, e -> {
            form.forget();
            show();
        });
        Button export = new Button(bar, SWT.PUSH);
        export.setText("Export table\u2026");
        export.addListener(SWT.Selection, e -> export());
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        form = new CertaintyForm(sash, rule, new CertaintyForm.Edits() {
            @Override
            public void rate(String domain, String rating, String footnote) {
                change(edits -> assessment -> edits.rate(assessment, domain, rating, footnote));
            }

            @Override
            public void set(String detail, Object value) {
                change(edits -> assessment -> edits.set(assessment, detail, value));
            }
        });
        Composite below = new Composite(sash, SWT.NONE);
        below.setLayout(new GridLayout(1, false));
        table = new Table(below, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.appraise.test.id", "sof-table");
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table);
        int[] widths = { 260, 150, 300, 170, 140, 150, 220 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        notes = new org.eclipse.swt.widgets.Text(below, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        notes.setData("org.appraise.test.id", "sof-notes");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 70).applyTo(notes);
        sash.setWeights(55, 45);
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        analysis.setFocus();
    }


    private void show() {
        ReviewSession review = changes.review();
        if (table == null || table.isDisposed()) {
            return;
        }
        Review model = review == null ? null : review.folder().review();
        refill(analysis, model == null ? List.of() : model.getAnalyses().stream().map(a -> a.getId() + (a.getName() == null ? "" : " \u2014 "
                + a.getName())).toList());
        List<String> people = new ArrayList<>(List.of(CONSENSUS));
        if (model != null) {
            model.getReviewers().forEach(r -> people.add(r.getId()));
        }
        refill(assessor, people);
        Optional<Analysis> chosen = chosen(model);
        if (chosen.isEmpty()) {
            form.show(Optional.empty(), List.of(), model == null ? "No review open (File > Open Review...)."
                    : "Save an analysis first (Analyses view, Save as analysis...): certainty is assessed for a saved analysis.");
        } else {
            Optional<CertaintyAssessment> assessment = CertaintyEdits.find(model, id(chosen.get()));
            List<CertaintyProposals.Proposal> proposals = List.of();
            String why = "";
            try {
                proposals = new CertaintyProposals(SavedAnalysis.run(model, chosen.get()), assessment.map(CertaintyAssessment::getImprecisionThreshold)
                        .map(java.math.BigDecimal::doubleValue).orElse(null), assessment.map(CertaintyAssessment::getOptimalInformationSize).orElse(null)).all();
            } catch (IllegalArgumentException e) {
                why = " (no proposals: " + e.getMessage() + ")";
            }
            form.show(assessment, proposals, assessment.map(a -> certainty(CertaintyEdits.certainty(a, rule))).orElse("Not assessed yet by "
                    + assessor.getText() + ": the first change begins the assessment.") + why);
        }
        table(model == null ? null : SummaryOfFindings.of(model, rule));
    }

    private static String certainty(Certainty c) {
        return c.level() != null ? "Certainty: " + c.symbols() + " (from " + CertaintyRule.label(c.start()).toLowerCase(java.util.Locale.ROOT) + ")"
                : "Certainty: not yet (" + String.join("; ", c.problems()) + ")";
    }

    private void table(SummaryOfFindings sof) {
        table.removeAll();
        if (sof == null) {
            notes.setText("");
            return;
        }
        for (SummaryOfFindings.Row row : sof.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { row.outcome(), row.comparatorRisk() + SummaryOfFindings.letters(row.effectNotes()), row.interventionRisk().replace('\n', ' '),
                    row.relative(), row.participants() + SummaryOfFindings.letters(row.participantNotes()), row.certainty() + SummaryOfFindings.letters(row.notes()), row.comments() });
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sof.footnotes().size(); i++) {
            text.append(SummaryOfFindings.letter(i)).append(". ").append(sof.footnotes().get(i)).append('\n');
        }
        sof.problems().forEach(p -> text.append("Not in the table: ").append(p).append('\n'));
        if (sof.rows().isEmpty()) {
            text.append("No outcome is placed in the table yet: choose an analysis, rate it, and give it a place in the table.");
        }
        notes.setText(text.toString().strip());
    }

    /** One change of the assessment shown as one command, beginning the assessment when it is the first. */
    private void change(java.util.function.Function<CertaintyEdits, java.util.function.Function<CertaintyAssessment, Command>> what) {
        ReviewSession review = changes.review();
        Review model = review == null ? null : review.folder().review();
        Optional<Analysis> chosen = chosen(model);
        if (chosen.isEmpty()) {
            return;
        }
        CertaintyEdits edits = new CertaintyEdits(review.domain(), model, rule);
        try {
            Optional<CertaintyAssessment> existing = CertaintyEdits.find(model, id(chosen.get()));
            if (existing.isPresent()) {
                review.domain().getCommandStack().execute(what.apply(edits).apply(existing.get()));
                return;
            }
            boolean consensus = CONSENSUS.equals(assessor.getText());
            CertaintyAssessment begun = edits.begin(chosen.get(), null, consensus ? null : assessor.getText(), consensus);
            CompoundCommand both = new CompoundCommand("Certainty of " + chosen.get().getId());
            both.append(edits.add(begun));
            both.append(what.apply(edits).apply(begun));
            review.domain().getCommandStack().execute(both);
        } catch (IllegalArgumentException e) {
            form.say(e.getMessage());
        }
    }

    private Optional<Analysis> chosen(Review model) {
        if (model == null || analysis.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        return AnalysisEdits.find(model, analysis.getText().split(" \u2014 ", 2)[0]);
    }

    private String id(Analysis chosen) {
        boolean consensus = CONSENSUS.equals(assessor.getText());
        return CertaintyEdits.idOf(chosen.getId(), assessor.getText(), consensus);
    }

    /** The combo's items as given, the one chosen kept (else the first). */
    private static void refill(Combo combo, List<String> items) {
        String before = combo.getText();
        if (!java.util.Arrays.asList(combo.getItems()).equals(items)) {
            combo.setItems(items.toArray(String[]::new));
        }
        int at = items.indexOf(before);
        combo.select(at >= 0 ? at : items.isEmpty() ? -1 : 0);
    }

    private void export() {
        ReviewSession review = changes.review();
        if (review == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.docx", "*.xlsx", "*.html" });
        dialog.setFilterNames(new String[] { "Word document", "Excel workbook", "HTML page" });
        dialog.setFileName("summary-of-findings.docx");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        SummaryOfFindings sof = SummaryOfFindings.of(review.folder().review(), rule);
        String name = file.toLowerCase(java.util.Locale.ROOT);
        try {
            WholeFile.write(java.nio.file.Path.of(file), out -> {
                if (name.endsWith(".xlsx")) {
                    org.appraise.export.xlsx.SummaryOfFindingsSheet.writeWorkbook(sof, out);
                } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                    out.write(org.appraise.synthesis.certainty.SummaryOfFindingsPage.html(sof).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    org.appraise.export.docx.SummaryOfFindingsDocument.write(sof, out);
                }
            });
            form.say("Wrote " + file);
        } catch (java.io.IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(table.getShell(), "Export table", "Could not write " + file + ": " + e.getMessage());
        }
    }
}
