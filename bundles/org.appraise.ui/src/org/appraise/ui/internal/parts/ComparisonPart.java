package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.core.ReportText;
import org.appraise.core.agreement.ExtractionComparison;
import org.appraise.core.agreement.ExtractionConsensus;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.appraise.model.Reviewer;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
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
 * Two reviewers' independent extractions of the selected study side by side, field by field (design, study
 * details, PICO, arms, every result value, risk-of-bias judgements), with the study's consensus beside them.
 * Selecting a field shows where in the paper each reviewer took it from, each quote highlighted in its
 * reviewer's pane. The consensus is started from one reviewer's extraction and each disagreement settled by
 * taking A's or B's value (with its quotes) or entering a value neither gave, with a note; every step is one
 * command (Edit > Undo), and the reviewers' own extractions are never changed.
 */
public final class ComparisonPart {

    private final ReviewChanges changes;
    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
    private Label title;
    private Combo first;
    private Combo second;
    private Button onlyDisagreements;
    private Table fields;
    private Label summary;
    private StyledText firstQuotes;
    private StyledText secondQuotes;
    private Label firstHeading;
    private Label secondHeading;
    private Color highlight;
    private List<Extraction> extractions = List.of();
    private List<ExtractionComparison.Field> shown = List.of();

    @Inject
    public ComparisonPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show).followingStudies();
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        parent.setLayout(new GridLayout(1, false));
        changes.deferWhileHidden(parent);
        title = BarControls.heading(parent, "comparison-title");
        Composite bar = BarControls.bar(parent);
        new Label(bar, SWT.NONE).setText("A");
        first = BarControls.choice(bar, "comparison-first");
        new Label(bar, SWT.NONE).setText("B");
        second = BarControls.choice(bar, "comparison-second");
        onlyDisagreements = new Button(bar, SWT.CHECK);
        onlyDisagreements.setText("Disagreements only");
        onlyDisagreements.setSelection(true);
        onlyDisagreements.setData("org.appraise.test.id", "comparison-disagreements");
        onlyDisagreements.addListener(SWT.Selection, e -> fill());
        button(bar, "Start consensus from A", () -> start(true));
        button(bar, "Start consensus from B", () -> start(false));
        button(bar, "Take A", () -> take(true));
        button(bar, "Take B", () -> take(false));
        button(bar, "Enter value\u2026", this::enter);
        summary = BarControls.heading(parent, "comparison-summary");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        fields = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        fields.setHeaderVisible(true);
        fields.setLinesVisible(true);
        fields.setData("org.appraise.test.id", "comparison-fields");
        for (String[] column : new String[][] { { "Group", "90" }, { "Field", "360" }, { "A", "130" }, { "B", "130" }, { "Consensus", "130" },
                { "", "90" } }) {
            TableColumn c = new TableColumn(fields, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        fields.addListener(SWT.Selection, e -> quotes());
        SashForm panes = new SashForm(sash, SWT.HORIZONTAL);
        firstHeading = pane(panes, "comparison-first-quotes");
        firstQuotes = (StyledText) firstHeading.getParent().getChildren()[1];
        secondHeading = pane(panes, "comparison-second-quotes");
        secondQuotes = (StyledText) secondHeading.getParent().getChildren()[1];
        sash.setWeights(50, 50);
        highlight = new Color(parent.getDisplay(), 255, 230, 120);
        parent.addListener(SWT.Dispose, e -> highlight.dispose());
        first.addListener(SWT.Selection, e -> fill());
        second.addListener(SWT.Selection, e -> fill());
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        fields.setFocus();
    }


    /** Fills the reviewers' choices for the study (keeping the pair chosen), then the fields. */
    private void show() {
        Study study = changes.study();
        ReviewSession review = changes.review();
        if (fields == null || fields.isDisposed()) {
            return;
        }
        if (review == null || study == null) {
            BarControls.say(title, review == null ? "No review open (File > Open Review...)" : "Select a study to compare its extractions");
            extractions = List.of();
            first.setItems();
            second.setItems();
            fill();
            return;
        }
        BarControls.say(title, study.getId() + ": " + (study.getLabel() == null ? "" : study.getLabel()));
        String a = first.getText();
        String b = second.getText();
        extractions = study.getExtractions().stream().filter(e -> !e.isConsensus()).toList();
        String[] names = extractions.stream().map(ComparisonPart::name).toArray(String[]::new);
        first.setItems(names);
        second.setItems(names);
        first.select(Math.max(0, List.of(names).indexOf(a)));
        second.select(List.of(names).contains(b) ? List.of(names).indexOf(b) : Math.min(1, names.length - 1));
        first.getParent().layout();
        fill();
    }

    private static String name(Extraction e) {
        return e.getReviewer() == null ? e.getId() : e.getReviewer().getId() + " (" + e.getId() + ")";
    }

    private Optional<Extraction> chosen(Combo combo) {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= extractions.size() ? Optional.empty() : Optional.of(extractions.get(index));
    }

    private Optional<Extraction> consensus() {
        Study study = changes.study();
        return study == null ? Optional.empty() : ExtractionConsensus.of(study);
    }

    private ExtractionConsensus edits() {
        ReviewSession review = changes.review();
        return new ExtractionConsensus(review.domain(), review.folder().review(), tools);
    }

    private void fill() {
        int selected = fields.getSelectionIndex();
        fields.removeAll();
        shown = List.of();
        Optional<Extraction> a = chosen(first);
        Optional<Extraction> b = chosen(second);
        if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
            BarControls.say(summary, changes.study() == null ? "" : extractions.size() < 2 ? "This study has fewer than two reviewers' extractions to compare."
                    : "Choose two different reviewers' extractions.");
            quotes();
            return;
        }
        List<ExtractionComparison.Field> all = new ExtractionComparison(tools).compare(a.get(), b.get());
        Optional<Extraction> agreed = consensus().filter(ExtractionConsensus::started);
        ExtractionConsensus edits = edits();
        int disagreements = 0;
        int settled = 0;
        List<ExtractionComparison.Field> rows = new ArrayList<>();
        for (ExtractionComparison.Field field : all) {
            Optional<org.appraise.model.ConsensusDecision> decision = field.agree() || agreed.isEmpty() ? Optional.empty()
                    : ExtractionConsensus.decision(agreed.get(), field);
            boolean settles = decision.isPresent();
            disagreements += field.agree() ? 0 : 1;
            settled += settles ? 1 : 0;
            if (field.agree() && onlyDisagreements.getSelection()) {
                continue;
            }
            rows.add(field);
            TableItem item = new TableItem(fields, SWT.NONE);
            item.setText(new String[] { field.group(), field.key(), field.first(), field.second(),
                    agreed.map(c -> field.group().equals(ExtractionComparison.RISK_OF_BIAS) ? "(Risk of bias view)" : edits.value(c, field)).orElse(""),
                    field.agree() ? "agree" : decision.map(d -> d.getTaken() == null ? "entered" : "took " + name(d.getTaken())).orElse("differ") });
        }
        shown = rows;
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, double[]> group : ExtractionComparison.byGroup(all).entrySet()) {
            text.append(text.length() == 0 ? "" : "; ").append(group.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * group.getValue()[1] / group.getValue()[0]));
        }
        BarControls.say(summary, String.format(Locale.ROOT, "%d of %d fields agree (%s). %d disagreement(s)%s%s", all.size() - disagreements, all.size(), text,
                disagreements, agreed.isPresent() ? ", " + settled + " settled in " + agreed.get().getId() + "."
                        : "; start the consensus from one reviewer's extraction to settle them.", acrossTheReview(a.get(), b.get())));
        summary.getParent().layout();
        if (selected >= 0 && selected < fields.getItemCount()) {
            fields.select(selected);
        }
        quotes();
    }

    /** The pair's agreement over every study both extracted: kappa for the design, weighted kappa per risk-of-bias tool. */
    private String acrossTheReview(Extraction a, Extraction b) {
        if (a.getReviewer() == null || b.getReviewer() == null) {
            return "";
        }
        return new org.appraise.core.agreement.ReviewAgreement(tools).pairs(changes.review().folder().review()).stream()
                .filter(p -> p.first() == a.getReviewer() && p.second() == b.getReviewer() || p.first() == b.getReviewer() && p.second() == a.getReviewer())
                .findFirst().map(p -> {
                    StringBuilder line = new StringBuilder("\nAcross the review (" + p.studies().size() + " stud" + (p.studies().size() == 1 ? "y" : "ies")
                            + " both extracted): design kappa " + p.design().flatMap(org.appraise.core.screening.Agreement::kappa)
                                    .map(k -> String.format(Locale.ROOT, "%.2f", k)).orElse("undefined"));
                    p.riskOfBias().forEach((tool, agreement) -> line.append("; ").append(tool).append(" weighted kappa ")
                            .append(agreement.kappa().map(k -> String.format(Locale.ROOT, "%.2f", k)).orElse("undefined"))
                            .append(" (").append(agreement.items()).append(" judgements)"));
                    return line.toString();
                }).orElse("");
    }

    private Optional<ExtractionComparison.Field> field() {
        int index = fields.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    /** Each reviewer's quotes of the selected field, highlighted in the text of the report they are in. */
    private void quotes() {
        Optional<ExtractionComparison.Field> field = field();
        show(firstHeading, firstQuotes, chosen(first), field.map(f -> f.quotes(true)).orElse(List.of()), field.map(f -> f.first()).orElse(null));
        show(secondHeading, secondQuotes, chosen(second), field.map(f -> f.quotes(false)).orElse(List.of()), field.map(f -> f.second()).orElse(null));
    }

    private void show(Label heading, StyledText pane, Optional<Extraction> extraction, List<Annotation> quotes, String value) {
        String who = extraction.map(ComparisonPart::name).orElse("");
        pane.setStyleRanges(new StyleRange[0]);
        if (value == null) {
            BarControls.say(heading, who);
            pane.setText("");
            return;
        }
        if (quotes.isEmpty()) {
            BarControls.say(heading, who + ": " + value + " \u2014 no quote");
            pane.setText("");
            return;
        }
        Annotation quote = quotes.get(0);
        try {
            ReportText text = changes.review().folder().readReport(quote.getReport());
            pane.setText(text.text());
            List<StyleRange> ranges = new ArrayList<>();
            for (Annotation a : quotes) {
                if (a.getReport() == quote.getReport() && a.getStart() >= 0 && a.getEnd() <= text.length() && a.getEnd() > a.getStart()) {
                    StyleRange range = new StyleRange(a.getStart(), a.getEnd() - a.getStart(), null, highlight);
                    range.fontStyle = SWT.BOLD;
                    ranges.add(range);
                }
            }
            ranges.sort(java.util.Comparator.comparingInt(r -> r.start));
            pane.setStyleRanges(ranges.toArray(StyleRange[]::new));
            pane.setTopIndex(Math.max(0, pane.getLineAtOffset(Math.min(quote.getStart(), text.length())) - 3));
            BarControls.say(heading, who + ": " + value + " \u2014 " + quotes.size() + " quote(s), " + quote.getReport().getFile()
                    + (quote.getPage() == null ? "" : ", p. " + quote.getPage()));
        } catch (java.io.IOException | RuntimeException e) {
            pane.setText("\u201c" + quote.getQuote() + "\u201d");
            BarControls.say(heading, who + ": " + value + " (the report cannot be read: " + e.getMessage() + ")");
        }
        heading.getParent().layout();
    }

    private void start(boolean fromFirst) {
        Optional<Extraction> from = chosen(fromFirst ? first : second);
        if (from.isEmpty()) {
            return;
        }
        List<Reviewer> reviewers = changes.review().folder().review().getReviewers();
        FieldsDialog form = new FieldsDialog(fields.getShell(), "Start the consensus from " + name(from.get()))
                .choice("arbiter", "Recorded by", reviewers.stream().map(r -> r.getId() + " \u2013 " + r.getName()).toList(), null, false);
        if (form.open() == Window.OK && form.index("arbiter") >= 0) {
            run(() -> edits().start(changes.study(), from.get(), reviewers.get(form.index("arbiter"))));
        }
    }

    private void take(boolean fromFirst) {
        Optional<ExtractionComparison.Field> field = field();
        Optional<Extraction> agreed = consensus().filter(ExtractionConsensus::started);
        if (field.isEmpty()) {
            return;
        }
        if (agreed.isEmpty()) {
            MessageDialog.openInformation(fields.getShell(), "Appraise", "Start the consensus from one reviewer's extraction first.");
            return;
        }
        Optional<Extraction> side = chosen(fromFirst ? first : second);
        if (side.isPresent()) {
            run(() -> edits().take(agreed.get(), field.get(), side.get(), fromFirst));
        }
    }

    private void enter() {
        Optional<ExtractionComparison.Field> field = field();
        Optional<Extraction> agreed = consensus().filter(ExtractionConsensus::started);
        if (field.isEmpty() || agreed.isEmpty()) {
            return;
        }
        FieldsDialog form = new FieldsDialog(fields.getShell(), "Consensus of " + field.get().key())
                .text("value", "Value", edits().value(agreed.get(), field.get()).replace(ExtractionComparison.MISSING, ""))
                .text("note", "Why (note)", "")
                .validate(d -> d.get("value").isBlank() ? "Enter the value." : d.get("note").isBlank() ? "Say why neither reviewer's value stands." : "");
        if (form.open() == Window.OK) {
            run(() -> edits().enter(agreed.get(), field.get(), form.get("value"), form.get("note")));
        }
    }

    /** Runs a consensus command; a refusal (the model's rules) is shown, not thrown. */
    private void run(java.util.function.Supplier<Command> command) {
        try {
            changes.review().domain().getCommandStack().execute(command.get());
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(fields.getShell(), "Appraise", e.getMessage());
        }
    }

    private Label pane(Composite parent, String id) {
        Composite pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new GridLayout(1, false));
        Label heading = new Label(pane, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        StyledText text = new StyledText(pane, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        text.setData("org.appraise.test.id", id);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        return heading;
    }


    private void button(Composite bar, String text, Runnable action) {
        BarControls.button(bar, text, () -> {
            if (changes.review() != null && changes.study() != null) {
                action.run();
            }
        });
    }
}
