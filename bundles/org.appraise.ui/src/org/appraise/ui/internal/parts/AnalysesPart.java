package org.appraise.ui.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.ForestPlot;
import org.appraise.core.synthesis.AnalysisEdits;
import org.appraise.model.Analysis;
import org.appraise.model.OutcomeDefinition;
import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.StudyEffect;
import org.appraise.synthesis.review.ReviewStudies;
import org.appraise.synthesis.review.SavedAnalysis;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A meta-analysis of the open review, live: an outcome, a measure, a method and the row preferences chosen above; the
 * forest plot drawn from the same marks as {@code appraise meta --forest} and the exported figure; below it, every study
 * with its source, weight and risk of bias, or why it was left out (a saved analysis' study is left out, with the reason
 * asked, from the table's menu or with Delete). The fields run as a saved analysis runs: subgroups, the risk-of-bias
 * columns. It follows every edit of the extractions (and its undo).
 */
public final class AnalysesPart {

    private final ReviewChanges changes;
    private final FigureFont font = new FigureFont();
    private AnalysisChoices choices;
    private DrawingCanvas forest;
    private Label caption;
    private Table studies;
    private Drawing drawing;

    @Inject
    public AnalysesPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        parent.setLayout(new GridLayout(1, false));
        changes.deferWhileHidden(parent);
        choices = new AnalysisChoices(parent, this::show, () -> FigureExport.ask(studies.getShell(), "forest-" + choices.outcome(), () -> drawing, font),
                this::saveAs, this::open);
        caption = BarControls.heading(parent, "analysis-caption");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        forest = new DrawingCanvas(sash);
        forest.control().setData("org.appraise.test.id", "forest-plot");
        studies = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        studies.setHeaderVisible(true);
        studies.setData("org.appraise.test.id", "analysis-studies");
        for (String[] column : new String[][] { { "Study", "300" }, { "Weight", "70" }, { "Effect [CI]", "160" }, { "From, or why left out", "600" } }) {
            TableColumn c = new TableColumn(studies, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(studies);
        org.eclipse.swt.widgets.MenuItem leave = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        leave.setText("Leave out of this analysis\u2026");
        leave.addListener(SWT.Selection, e -> leaveOut(true));
        org.eclipse.swt.widgets.MenuItem back = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        back.setText("Take back into this analysis");
        back.addListener(SWT.Selection, e -> leaveOut(false));
        studies.setMenu(menu);
        studies.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                leaveOut(true);
            }
        });
        sash.setWeights(72, 28);
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        choices.focus();
    }


    private void show() {
        ReviewSession review = changes.review();
        if (forest == null || forest.control().isDisposed()) {
            return;
        }
        studies.removeAll();
        // the review's outcomes as they are now (an outcome added in the Review view appears), the one chosen kept
        choices.outcomes(review == null ? List.of() : review.folder().review().getOutcomes().stream().map(OutcomeDefinition::getId).toList());
        choices.analyses(review == null ? List.of() : review.folder().review().getAnalyses());
        if (review == null || choices.outcome() == null) {
            BarControls.say(caption, review == null ? "No review open (File > Open Review...)" : "The review has no outcomes to pool (Review > Outcomes).");
            drawing = null;
            forest.show(null);
            return;
        }
        org.appraise.model.Review model = review.folder().review();
        java.util.Optional<Analysis> saved = choices.savedId() == null ? java.util.Optional.empty() : AnalysisEdits.find(model, choices.savedId());
        // the fields as they are run exactly as a saved analysis runs, unsaved: subgroups and risk of bias alike
        Analysis shown = saved.orElseGet(() -> AnalysisEdits.build("unsaved", definition(model)));
        SavedAnalysis.Run run;
        try {
            run = SavedAnalysis.run(model, shown);
        } catch (IllegalArgumentException e) {
            BarControls.say(caption, e.getMessage());
            drawing = null;
            forest.show(null);
            return;
        }
        drawing = new ForestPlot(font).draw(run, ForestPlot.Labels.of(shown, run), org.appraise.export.figures.Palette.robvis());
        forest.show(drawing);
        forest.control().setData("org.appraise.drawing", drawing);
        BarControls.say(caption, summary(run.analysis(), run.read().leftOut().size() + run.leftOutByReviewers().size())
                + (run.riskOfBias().note().isEmpty() ? "" : "\nRisk of bias: " + run.riskOfBias().note()));
        fill(run, shown);
        caption.getParent().layout();
    }

    /** The analysis the fields define. */
    private AnalysisEdits.Definition definition(org.appraise.model.Review model) {
        OutcomeDefinition outcome = model.getOutcomes().stream().filter(o -> o.getId().equals(choices.outcome())).findFirst().orElseThrow();
        ReviewStudies.Choice choice = choices.choice();
        return new AnalysisEdits.Definition(outcome.getName(), outcome, choice.criteria(), choice.population(), null, choices.measure().name(),
                choices.method().name(), choices.knha(), "METAFOR", null, null, choices.subgroups(), null, choices.i2(), choices.lowerFavours());
    }

    /** Shows a saved analysis: its settings in the fields, run on the review as it is now. */
    private void open(String id) {
        ReviewSession review = changes.review();
        if (review != null && id != null) {
            org.appraise.core.synthesis.AnalysisEdits.find(review.folder().review(), id).ifPresent(choices::load);
        }
        show();
    }

    /** Saves the fields as an analysis of the review (one command: Edit > Undo takes it back). */
    private void saveAs() {
        ReviewSession review = changes.review();
        if (review == null || choices.outcome() == null) {
            return;
        }
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(studies.getShell(), "Save as analysis",
                "The analysis' id (letters, digits and '-'; saving under an existing id replaces that analysis):",
                choices.savedId() != null ? choices.savedId() : choices.outcome() + "-" + choices.measure().name().toLowerCase(Locale.ROOT),
                text -> text.matches("[A-Za-z0-9._-]+") ? null : "Use letters, digits, '.', '_' and '-'.");
        if (ask.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        org.appraise.model.Review model = review.folder().review();
        try {
            review.domain().getCommandStack().execute(new AnalysisEdits(review.domain(), model).save(ask.getValue(), definition(model)));
        } catch (IllegalArgumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(studies.getShell(), "Save as analysis", e.getMessage());
        }
    }

    /**
     * Leaves the selected study out of the saved analysis shown, with the reason asked (one command), or takes a study
     * the reviewers left out back in. An unsaved analysis has no exclusions: save it first.
     */
    private void leaveOut(boolean out) {
        ReviewSession review = changes.review();
        org.appraise.model.Review model = review == null ? null : review.folder().review();
        java.util.Optional<Analysis> saved = model == null || choices.savedId() == null ? java.util.Optional.empty()
                : AnalysisEdits.find(model, choices.savedId());
        if (saved.isEmpty() || studies.getSelectionCount() != 1 || !(studies.getSelection()[0].getData() instanceof org.appraise.model.Study study)) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(studies.getShell(), "Leave out", saved.isEmpty()
                    ? "Studies are left out of a saved analysis: save the analysis first (Save as analysis...)." : "Select one study of the table.");
            return;
        }
        AnalysisEdits edits = new AnalysisEdits(review.domain(), model);
        if (!out) {
            edits.include(saved.get(), study).ifPresent(review.domain().getCommandStack()::execute);
            return;
        }
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(studies.getShell(), "Leave out of " + saved.get().getId(),
                "Why is " + study.getId() + " left out of this analysis? (shown under the forest plot and in the workbook)", "",
                text -> text.isBlank() ? "A study is left out with its reason." : null);
        if (ask.open() == org.eclipse.jface.window.Window.OK) {
            review.domain().getCommandStack().execute(edits.exclude(saved.get(), study, ask.getValue().strip()));
        }
    }

    private void fill(SavedAnalysis.Run run, Analysis shown) {
        MetaAnalysis analysis = run.analysis();
        boolean ratio = analysis.settings().measure().ratio();
        for (StudyEffect s : analysis.studies()) {
            TableItem item = new TableItem(studies, SWT.NONE);
            String effect = Double.isNaN(s.yi()) ? "not estimable" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", ratio ? Math.exp(s.yi()) : s.yi(),
                    ratio ? Math.exp(s.lower()) : s.lower(), ratio ? Math.exp(s.upper()) : s.upper());
            String rob = run.riskOfBias().riskOfBias().flatMap(j -> j.overall(s.label()).map(l -> "; risk of bias " + l.label() + " ("
                    + j.tool().shortName() + ")")).orElse("");
            item.setText(new String[] { s.label(), String.format(Locale.ROOT, "%.1f%%", s.weight()), effect,
                    run.read().provenance().getOrDefault(s.label(), "") + (s.corrected() ? "; 1/2 added to its cells" : "") + rob });
            java.util.Optional.ofNullable(run.read().rows().get(s.label())).ifPresent(row -> item.setData(row.study()));
        }
        analysis.excluded().forEach(e -> new TableItem(studies, SWT.NONE).setText(new String[] { e.label(), "", "left out", e.reason() }));
        for (Map.Entry<String, String> left : run.read().leftOut().entrySet()) {
            new TableItem(studies, SWT.NONE).setText(new String[] { left.getKey(), "", "left out", left.getValue() });
        }
        for (org.appraise.model.AnalysisExclusion exclusion : shown.getExclusions()) {
            TableItem item = new TableItem(studies, SWT.NONE);
            org.appraise.model.Study study = exclusion.getStudy();
            item.setText(new String[] { study == null ? "?" : study.getLabel() == null ? study.getId() : study.getLabel(), "", "left out by the reviewers",
                    exclusion.getReason() == null ? "" : exclusion.getReason() });
            item.setData(study);
        }
    }

    private static String summary(MetaAnalysis analysis, int leftOut) {
        String tail = leftOut + analysis.excluded().size() == 0 ? "" : "; " + (leftOut + analysis.excluded().size()) + " study(ies) left out (see below)";
        return analysis.pooled().map(p -> {
            boolean ratio = analysis.settings().measure().ratio();
            return String.format(Locale.ROOT, "%s, %s: %.2f [%.2f, %.2f] from %d study(ies); tau\u00B2 = %.3f, I\u00B2 = %.0f%%%s",
                    analysis.settings().measure() == EffectMeasure.GIV_RATIO ? "Hazard ratio" : analysis.settings().measure().label(), analysis.settings().method().label(), ratio ? Math.exp(p.estimate()) : p.estimate(),
                    ratio ? Math.exp(p.lower()) : p.lower(), ratio ? Math.exp(p.upper()) : p.upper(), p.k(), p.tau2(), p.i2(), tail);
        }).orElse("Not pooled: " + analysis.notPooled() + tail);
    }
}
