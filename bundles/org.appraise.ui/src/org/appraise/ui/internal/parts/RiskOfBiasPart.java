package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.appraise.session.ReviewSession;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.Palette;
import org.appraise.export.figures.SummaryPlot;
import org.appraise.export.figures.TrafficLightPlot;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.Study;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Risk of bias across the review: a traffic-light matrix of studies (results, for RoB 2 and ROBINS-I) by
 * domain and overall, each cell the judgement's colour, symbol and name; sortable by any column, filtered by
 * tool and outcome; hovering a cell shows its rationale and support; double-clicking a row opens the
 * assessment in the study editor. Beside it the summary chart (optionally weighted by participants), drawn
 * from the same marks as the exported figures. The palette (colour-blind safe by default, robvis, or the
 * user's own colours) is kept in the workbench preferences. Where several reviewers assessed a study the
 * Assessor column names those who differ and in which columns; Record consensus... starts the consensus
 * from one of them, in the study's consensus extraction, for the arbiter to finish in the study editor.
 */
public final class RiskOfBiasPart {

    private final ESelectionService selection;
    private final org.eclipse.e4.ui.workbench.modeling.EPartService parts;
    private final ReviewChanges changes;
    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
    private final FigureFont font = new FigureFont();
    private Combo tool;
    private Combo outcome;
    private Combo palette;
    private Button weighted;
    private Table matrix;
    private SashForm sash;
    private Label caption;
    private DrawingCanvas summary;
    private RiskOfBiasTable table;
    private JudgementMatrix rows;

    @Inject
    public RiskOfBiasPart(ESelectionService selection, org.eclipse.e4.ui.workbench.modeling.EPartService parts, UISynchronize ui) {
        this.selection = selection;
        this.parts = parts;
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Composite bar = BarControls.column(parent, changes);
        new Label(bar, SWT.NONE).setText("Tool");
        tool = BarControls.choice(bar, "rob-tool");
        new Label(bar, SWT.NONE).setText("Outcome");
        outcome = BarControls.choice(bar, "rob-outcome");
        new Label(bar, SWT.NONE).setText("Colours");
        palette = BarControls.choice(bar, "rob-palette");
        palette.setItems("Colour-blind safe", "robvis", "Custom (tone=#rrggbb,...)");
        weighted = new Button(bar, SWT.CHECK);
        weighted.setText("Weight summary by participants");
        weighted.addListener(SWT.Selection, e -> drawSummary());
        BarControls.button(bar, "Record consensus\u2026", this::recordConsensus);
        BarControls.button(bar, "Export traffic light\u2026", () -> export(true));
        BarControls.button(bar, "Export summary\u2026", () -> export(false));
        caption = BarControls.heading(parent, "rob-caption");
        sash = new SashForm(parent, SWT.VERTICAL);
        sash.addListener(SWT.Resize, e -> fitSash());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        matrix = new Table(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setData("org.appraise.test.id", "rob-matrix");
        matrix.addListener(SWT.DefaultSelection, e -> open());
        matrix.addListener(SWT.MouseHover, e -> hover(e.x, e.y));
        rows = new JudgementMatrix(matrix, this::fill);
        summary = new DrawingCanvas(sash);
        summary.control().setData("org.appraise.test.id", "rob-summary");
        sash.setWeights(60, 40);
        String saved = JudgementColours.saved();
        palette.select(saved.equals("robvis") ? 1 : saved.equals("colour-blind") ? 0 : 2);
        palette.addListener(SWT.Selection, e -> choosePalette());
        tool.addListener(SWT.Selection, e -> fill());
        outcome.addListener(SWT.Selection, e -> fill());
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        matrix.setFocus();
    }


    /**
     * The tools with assessments first (the view opens on one that has something to show), then the other tools
     * the review chose, then the rest.
     */
    private List<RiskOfBiasTool> toolChoices() {
        ReviewSession review = changes.review();
        List<RiskOfBiasTool> used = new ArrayList<>();
        List<RiskOfBiasTool> chosen = new ArrayList<>();
        if (review != null) {
            Review r = review.folder().review();
            r.getRiskOfBiasTools().forEach(id -> tools.find(id).ifPresent(chosen::add));
            for (Study study : r.getStudies()) {
                for (Extraction e : study.getExtractions()) {
                    e.getAssessments().forEach(a -> tools.find(a.getTool()).filter(t -> !used.contains(t)).ifPresent(used::add));
                }
            }
        }
        used.sort(Comparator.comparingInt(t -> chosen.contains(t) ? chosen.indexOf(t) : chosen.size()));
        List<RiskOfBiasTool> choices = new ArrayList<>(used);
        chosen.stream().filter(t -> !choices.contains(t)).forEach(choices::add);
        tools.all().stream().filter(t -> !choices.contains(t)).forEach(choices::add);
        return choices;
    }

    private void show() {
        ReviewSession review = changes.review();
        if (matrix == null || matrix.isDisposed()) {
            return;
        }
        String chosenTool = tool.getSelectionIndex() < 0 ? null : tool.getItem(tool.getSelectionIndex());
        List<RiskOfBiasTool> choices = toolChoices();
        tool.setItems(choices.stream().map(RiskOfBiasTool::shortName).toArray(String[]::new));
        int index = chosenTool == null ? 0 : Math.max(0, List.of(tool.getItems()).indexOf(chosenTool));
        tool.select(index);
        String chosenOutcome = outcome.getSelectionIndex() < 0 ? null : outcome.getItem(outcome.getSelectionIndex());
        List<String> outcomes = new ArrayList<>(List.of("All outcomes"));
        if (review != null) {
            review.folder().review().getOutcomes().forEach(o -> outcomes.add(o.getName()));
        }
        outcome.setItems(outcomes.toArray(String[]::new));
        outcome.select(chosenOutcome == null ? 0 : Math.max(0, outcomes.indexOf(chosenOutcome)));
        tool.getParent().layout();
        fill();
    }

    private Optional<RiskOfBiasTool> chosenTool() {
        int index = tool.getSelectionIndex();
        List<RiskOfBiasTool> choices = toolChoices();
        return index < 0 || index >= choices.size() ? Optional.empty() : Optional.of(choices.get(index));
    }

    private String chosenOutcome() {
        ReviewSession review = changes.review();
        int index = outcome.getSelectionIndex();
        if (review == null || index <= 0) {
            return null;
        }
        OutcomeDefinition definition = review.folder().review().getOutcomes().get(index - 1);
        return definition.getId();
    }

    /** Gives the matrix the height its rows need (at most 60%) and the summary chart the rest, so the chart is read at full size. */
    private void fitSash() {
        int total = sash.getClientArea().height;
        if (total <= 0) {
            return;
        }
        int want = matrix.getHeaderHeight() + matrix.getItemHeight() * (matrix.getItemCount() + 1) + 12;
        want = Math.max(Math.min(want, total * 6 / 10), total / 5);
        sash.setWeights(want, total - want);
    }

    /** Fills the matrix and the summary for the chosen tool and outcome. */
    private void fill() {
        ReviewSession review = changes.review();
        matrix.setRedraw(false);
        try {
            rows.clear();
            Optional<RiskOfBiasTool> chosen = chosenTool();
            if (review == null || chosen.isEmpty()) {
                table = null;
                BarControls.say(caption, review == null ? "No review open (File > Open Review...)" : "");
                summary.show(null);
                return;
            }
            table = RiskOfBiasTable.of(review.folder().review(), chosen.get(), chosenOutcome());
            RiskOfBiasTool t = chosen.get();
            BarControls.say(caption, t.title() + ": " + table.rows().size() + (t.assesses().equals("result") ? " assessed results" : " assessed studies")
                    + (table.rows().isEmpty() ? ". Assess a study in its Risk of bias tab." : ". Double-click a row to open its assessment; hover a cell for the rationale."));
            rows.fill(t, table, currentPalette());
            drawSummary();
        } finally {
            matrix.setRedraw(true);
        }
    }

    private void drawSummary() {
        if (table == null || table.rows().isEmpty()) {
            summary.show(null);
            return;
        }
        summary.show(new SummaryPlot(font, currentPalette()).draw(table, weighted.getSelection()));
        fitSash();
    }

    private void hover(int x, int y) {
        TableItem item = matrix.getItem(new org.eclipse.swt.graphics.Point(x, y));
        if (item == null || table == null) {
            matrix.setToolTipText(null);
            return;
        }
        RiskOfBiasTable.Row row = (RiskOfBiasTable.Row) item.getData();
        int column = -1;
        for (int i = 0; i < matrix.getColumnCount(); i++) {
            if (item.getBounds(i).contains(x, y)) {
                column = i;
            }
        }
        String header = column < 0 ? "" : matrix.getColumn(column).getText();
        String tip = JudgementTip.of(table.tool(), row, header);
        matrix.setToolTipText(tip.isEmpty() ? row.label() : tip);
    }

    private void open() {
        TableItem[] selected = matrix.getSelection();
        if (selected.length == 1) {
            RiskOfBiasAssessment assessment = ((RiskOfBiasTable.Row) selected[0].getData()).assessment();
            selection.setSelection(assessment);
            parts.showPart(org.appraise.ui.internal.ReviewPerspective.STUDY, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        }
    }

    /** Starts the consensus of the selected row, or opens it when agreed already. */
    private void recordConsensus() {
        ReviewSession review = changes.review();
        TableItem[] selected = matrix.getSelection();
        new RiskOfBiasConsensus(matrix.getShell(), review, tools, selection, parts)
                .record(review == null || selected.length != 1 ? null : (RiskOfBiasTable.Row) selected[0].getData());
    }

    private Palette currentPalette() {
        return JudgementColours.current();
    }

    private void choosePalette() {
        if (JudgementColours.choose(matrix.getShell(), palette.getSelectionIndex())) {
            fill();
        }
    }

    private void export(boolean trafficLight) {
        if (table == null || table.rows().isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(matrix.getShell(), "Appraise", "There are no assessments with this tool to draw.");
            return;
        }
        FigureExport.ask(matrix.getShell(), table.tool().id() + (trafficLight ? "-traffic-light" : "-summary"),
                () -> trafficLight ? new TrafficLightPlot(font, currentPalette()).draw(table)
                        : new SummaryPlot(font, currentPalette()).draw(table, weighted.getSelection()), font);
    }


}
