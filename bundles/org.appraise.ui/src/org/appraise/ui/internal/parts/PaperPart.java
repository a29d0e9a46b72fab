package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.appraise.core.QuoteAssignment;
import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The paper of the selected study, with every quote of the reviewer's extraction highlighted by what it
 * supports (result values, PICO, study details, arms). Selecting a span and pressing Ctrl+Enter (or
 * Assign) records it as the source of a field; the number in it is proposed for confirmation. Each
 * assignment is one EMF command on the review's command stack, so it undoes and redoes as a whole.
 */
public final class PaperPart {

    private final ReviewChanges changes;
    private final ESelectionService selection;
    private final Map<QuoteHighlights.Kind, Color> colours = new java.util.EnumMap<>(QuoteHighlights.Kind.class);
    private Label heading;
    private Label hint;
    private StyledText paper;
    private FindBar find;
    private SelectionCoding coding;
    private final org.eclipse.e4.ui.model.application.ui.basic.MPart self;
    private Report report;
    private ReportText text;
    /** The extraction chosen by the last selection in this study, if any. */
    private Extraction chosen;
    /** A proposal chosen in the Proposals view shows its words here, whichever part is active. */
    private final org.eclipse.e4.ui.workbench.modeling.ISelectionListener proposals = (part, chosen) -> {
        if (chosen instanceof org.appraise.core.assistant.Proposal proposal) {
            showWords(proposal.quote().start(), proposal.quote().end());
        }
    };
    /** The report and text shown, so that a refresh keeps the reader's place. */
    private Report shownReport;

    @Inject
    public PaperPart(UISynchronize ui, ESelectionService selection, org.eclipse.e4.ui.model.application.ui.basic.MPart self) {
        this.changes = new ReviewChanges(ui, this::refresh).whenOpened(this::opened).whenSelected(this::selected);
        this.selection = selection;
        this.self = self;
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(QuoteHighlights.Kind.values().length + 3).spacing(10, 0).applyTo(bar);
        heading = new Label(bar, SWT.NONE);
        heading.setData("org.appraise.test.id", "paper-heading");
        GridDataFactory.fillDefaults().grab(true, false).span(QuoteHighlights.Kind.values().length + 3, 1).applyTo(heading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(bar, SWT.NONE)); // legend and buttons: under it, on the right
        for (QuoteHighlights.Kind kind : QuoteHighlights.Kind.values()) {
            colours.put(kind, new Color(kind.r, kind.g, kind.b));
            Label legend = new Label(bar, SWT.NONE);
            legend.setText(" " + kind.label + " ");
            legend.setBackground(colours.get(kind));
        }
        Button reanchor = new Button(bar, SWT.PUSH);
        reanchor.setText("Re-anchor\u2026");
        reanchor.setToolTipText("Find quotes that no longer match this report again, and move those found once");
        reanchor.setData("org.appraise.test.id", "reanchor");
        reanchor.addListener(SWT.Selection, e -> reanchor());
        Button assign = new Button(bar, SWT.PUSH);
        assign.setText("Assign\u2026 (Ctrl+Enter)");
        assign.addListener(SWT.Selection, e -> assignSelection());
        hint = new Label(parent, SWT.NONE);
        hint.setData("org.appraise.test.id", "paper-hint");
        hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(hint);
        paper = new StyledText(parent, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        paper.setData("org.appraise.test.id", "paper");
        paper.setData("org.appraise.ui.part", this);
        paper.setMargins(8, 8, 8, 8);
        paper.setCaret(new org.eclipse.swt.widgets.Caret(paper, SWT.NONE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(paper);
        find = new FindBar(parent, paper);
        paper.getVerticalBar().addListener(SWT.Selection, e -> keepPlace());
        paper.addListener(SWT.KeyUp, e -> keepPlace());
        paper.addListener(SWT.MouseWheel, e -> paper.getDisplay().asyncExec(this::keepPlace));
        paper.moveBelow(null);
        paper.addListener(SWT.MouseUp, e -> {
            Point span = paper.getSelection();
            if (span.x == span.y) {
                highlightAt(paper.getCaretOffset()).map(QuoteHighlights::supported).ifPresent(selection::setSelection);
            }
        });
        paper.addListener(SWT.MouseHover, e -> {
            int offset = paper.getOffsetAtPoint(new Point(e.x, e.y));
            paper.setToolTipText(offset < 0 ? null : highlightAt(offset)
                    .map(a -> org.appraise.core.QuoteUses.describe(a) + (a.getComment() == null ? "" : "\n\u270e " + a.getComment())).orElse(null));
        });
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(paper);
        org.eclipse.swt.widgets.MenuItem assignItem = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        assignItem.setText("Assign selection\u2026\tCtrl+Enter");
        assignItem.addListener(SWT.Selection, e -> assignSelection());
        org.eclipse.swt.widgets.MenuItem commentItem = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        commentItem.setText("Comment on quote\u2026");
        commentItem.addListener(SWT.Selection, e -> highlightAt(paper.getCaretOffset()).ifPresent(this::editComment));
        menu.addListener(SWT.Show, e -> commentItem.setEnabled(highlightAt(paper.getCaretOffset()).isPresent()));
        paper.setMenu(menu);
        paper.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F3) {
                // from a quote to what it supports, without the mouse
                highlightAt(paper.getCaretOffset()).map(QuoteHighlights::supported).ifPresent(selection::setSelection);
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
                assignSelection();
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                find.open();
                e.doit = false;
            }
        });
        selection.addSelectionListener(org.appraise.ui.internal.ReviewPerspective.PROPOSALS, proposals);
        changes.follow(context, parent);
    }

    /** Another review opened: no study chosen yet, and the fields to code are the new review's. */
    private void opened(ReviewSession opened) {
        coding = null;
        show();
    }

    /** Something of a study chosen: its paper shown, the chosen extraction's quotes highlighted, its own quote revealed. */
    private boolean selected(Object selection) {
        Study found = changes.studyOf(selection).orElseThrow();
        Extraction within = enclosing((EObject) selection);
        if (found != changes.study()) {
            changes.choose(found);
            chosen = within;
            show();
        } else if (within != null && within != chosen) {
            chosen = within;
            show(); // the highlights are the chosen extraction's
        }
        reveal((EObject) selection);
        return false;
    }

    /** Shows the paper of a study of the open review, as choosing it in any part does; null (or another review's) shows none. */
    public void show(Study study) {
        changes.choose(study == null ? null : changes.studyOf(study).orElse(null));
        chosen = null;
        show();
    }

    private static Extraction enclosing(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Extraction e) {
                return e;
            }
        }
        return null;
    }

    /** Selects and scrolls to words of the paper shown (a proposal's quote); nothing when they are not in it. */
    public void showWords(int start, int end) {
        if (paper != null && !paper.isDisposed() && text != null && 0 <= start && start < end && end <= text.length()) {
            paper.setSelection(start, end);
            paper.showSelection();
        }
    }

    /** Selects and scrolls to the first quote of a value, or of any value of a result, in this paper. */
    public void reveal(EObject object) {
        if (paper == null || paper.isDisposed() || text == null) {
            return;
        }
        List<Annotation> quotes = new ArrayList<>();
        if (object instanceof Annotation a) {
            quotes.add(a);
        }
        if (object instanceof Value v) {
            quotes.addAll(v.getSources());
        }
        for (EObject content : object.eContents()) {
            if (content instanceof Value v) {
                quotes.addAll(v.getSources());
            }
        }
        java.util.Optional<Annotation> first = quotes.stream().filter(a -> a.getReport() == report && text.anchors(a)).findFirst();
        if (first.isPresent()) {
            paper.setSelection(first.get().getStart(), first.get().getEnd());
            paper.showSelection();
        } else if (object instanceof org.appraise.model.Result || object instanceof Value) {
            paper.setSelection(paper.getSelection().x); // a result with no quote here (a median not reached): the last one's words are not its
        }
    }

    /**
     * The extraction the highlights and assignments belong to: the one last selected in this study (a reviewer
     * works in their own: select it, or one of its rows, in the Studies or Study view), else the extraction of
     * the reviewer working (the review's git user, {@link ReviewSession#me()}), else the study's first.
     */
    public Extraction extraction() {
        Study study = changes.study();
        ReviewSession review = changes.review();
        if (study == null || study.getExtractions().isEmpty()) {
            return null;
        }
        if (chosen != null && chosen.eContainer() == study) {
            return chosen;
        }
        java.util.Optional<org.appraise.model.Reviewer> me = review == null ? java.util.Optional.empty() : review.me();
        return study.getExtractions().stream().filter(e -> !e.isConsensus() && me.isPresent() && e.getReviewer() == me.get()).findFirst()
                .orElse(study.getExtractions().get(0));
    }

    private void show() {
        Study study = changes.study();
        if (paper == null || paper.isDisposed()) {
            return;
        }
        report = study == null || study.getReports().isEmpty() ? null : study.getReports().get(0);
        if (report != null && report == shownReport && text != null) {
            BarControls.say(heading, heading(extraction()));
            highlight(); // the same paper: the reader's place and selection stay
            return;
        }
        shownReport = null;
        text = null;
        if (report == null) {
            BarControls.say(heading, study == null ? "Select a study to read its paper" : "This study has no report yet");
            paper.setText("");
            return;
        }
        try {
            text = changes.review().folder().readReport(report);
        } catch (java.io.IOException | IllegalArgumentException e) {
            BarControls.say(heading, "Cannot read " + report.getFile() + ": " + e.getMessage());
            paper.setText("");
            return;
        }
        BarControls.say(heading, heading(extraction()));
        paper.setText(text.text());
        TableStops.apply(paper);
        ReadingPlace.restore(self, paper, report); // where the reviewer was reading when the review closed
        shownReport = report;
        highlight();
        heading.getParent().layout(true, true);
    }

    private void keepPlace() {
        ReadingPlace.keep(self, paper, report);
    }

    private String heading(Extraction into) {
        return report.getFile() + (into == null ? "  \u2014 no extraction yet: the first assignment starts yours" : "  \u2014 coding into " + into.getId())
                + (report.getContentHash() != null && !report.getContentHash().equals(text.sha256())
                        ? "  (changed on disk since it was annotated: quotes are checked, not moved)" : "");
    }

    private void highlight() {
        QuoteHighlights.paint(paper, extraction(), report, text, colours);
    }

    /**
     * After the report changed: says how many quotes are out of place, found once elsewhere, ambiguous or
     * lost, and on the reviewer's word moves those found once (one command, one undo).
     */
    public void reanchor() {
        Extraction extraction = extraction();
        if (extraction != null && text != null) {
            new QuoteDialogs(changes.review(), paper.getShell()).reanchor(extraction, report, text);
        }
    }

    /** Asks for the comment on a quote and records it as one command (an empty comment removes it). */
    public void editComment(Annotation annotation) {
        new QuoteDialogs(changes.review(), paper.getShell()).editComment(annotation);
    }

    /** Sets a quote's comment through the command stack. */
    public void comment(Annotation annotation, String comment) {
        new QuoteDialogs(changes.review(), paper.getShell()).comment(annotation, comment);
    }

    /** Codes the selected span: asks where it goes and fills what it holds; says why when it cannot. */
    public void assignSelection() {
        Study study = changes.study();
        Point span = paper.getSelection();
        String why = study == null ? "Select a study in the Studies view first: its paper opens here."
                : text == null ? "This study has no readable report: add its text under Study & report."
                        : span.x == span.y ? "Select the words of a value first (drag, or Shift+arrows), then press Ctrl+Enter." : "";
        hint.setText(why);
        ((org.eclipse.swt.layout.GridData) hint.getLayoutData()).exclude = why.isEmpty();
        hint.setVisible(!why.isEmpty());
        hint.getParent().layout(true, true);
        if (!why.isEmpty()) {
            return;
        }
        if (coding == null) {
            coding = new SelectionCoding(paper.getShell(), changes.review());
        }
        org.eclipse.emf.common.command.CommandStack stack = changes.review().domain().getCommandStack();
        Command before = stack.getUndoCommand();
        java.util.Optional<Extraction> into = coding.into(study, study.getExtractions().isEmpty() ? null : extraction());
        into.ifPresent(e -> {
            chosen = e;
            BarControls.say(heading, heading(e));
            if (coding.code(e, report, text, span.x, span.y).isEmpty() && e.eContents().isEmpty()) {
                // cancelled before anything was recorded: the extraction this selection started is not left behind, empty
                while (stack.getUndoCommand() != before && stack.canUndo()) {
                    stack.undo();
                }
                chosen = null;
                BarControls.say(heading, heading(study.getExtractions().isEmpty() ? null : extraction()));
            }
            paper.setSelection(span.x, span.y);
        });
    }

    /** Assigns a span to a field as one command on the review's command stack; returns the annotation made. */
    public Annotation assign(ValueTarget target, int start, int end, BigDecimal number) {
        ReviewSession review = changes.review();
        Extraction extraction = extraction();
        QuoteAssignment assignment = new QuoteAssignment(review.domain(), extraction, extraction.getReviewer());
        Annotation annotation = assignment.annotation(report, text, start, end, target.label());
        Command command = target.numeric()
                ? assignment.assignToValue(annotation, target.owner(), target.field(), number)
                : assignment.assignAsSource(annotation, target.owner(), target.field());
        review.domain().getCommandStack().execute(command);
        return annotation;
    }

    /** The highlight at an offset of the paper, if any. */
    public java.util.Optional<Annotation> highlightAt(int offset) {
        for (StyleRange range : paper.getStyleRanges()) {
            if (offset >= range.start && offset < range.start + range.length) {
                return java.util.Optional.of((Annotation) range.data);
            }
        }
        return java.util.Optional.empty();
    }

    public StyledText paper() {
        return paper;
    }

    private void refresh() {
        if (paper != null && !paper.isDisposed()) {
            highlight();
        }
    }

    @Focus
    public void focus() {
        paper.setFocus();
    }

    @PreDestroy
    public void dispose() {
        selection.removeSelectionListener(org.appraise.ui.internal.ReviewPerspective.PROPOSALS, proposals);
        colours.values().forEach(Color::dispose);
    }
}
