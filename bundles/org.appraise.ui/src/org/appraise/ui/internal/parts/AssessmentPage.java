package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.appraise.core.rob.AnswerOption;
import org.appraise.core.rob.AssessmentEdits;
import org.appraise.core.rob.JudgementProposal;
import org.appraise.core.rob.Proposal;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.DomainJudgement;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.parts.AssessmentLine.DomainLine;
import org.appraise.ui.internal.parts.AssessmentLine.Overall;
import org.appraise.ui.internal.parts.AssessmentLine.QuestionLine;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The risk-of-bias page of the study editor: the extraction's assessments, each as its tool's domains and
 * questions in order with the answer, the proposal and the support. Keyboard first: on a question, a digit
 * picks the n-th answer (or type the answer's letter, a-e, Y, N, U), Enter goes to the next question the
 * tool asks, Delete clears; on a domain or the overall line a digit sets the judgement (a rationale is asked
 * for when it departs from the proposal), 0 follows the proposal again. Every edit is one EMF command.
 */
final class AssessmentPage {

    private final Supplier<ReviewSession> review;
    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
    private final Composite control;
    private final Combo chooser;
    private final TreeViewer tree;
    private final AssessmentPanel panel;
    private final List<RiskOfBiasAssessment> shown = new ArrayList<>();
    private Extraction extraction;
    private RiskOfBiasAssessment current;
    private Proposal proposal;

    AssessmentPage(Composite parent, Supplier<ReviewSession> review) {
        this.review = review;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite bar = BarControls.bar(control);
        chooser = new Combo(bar, SWT.READ_ONLY);
        chooser.setData("org.appraise.test.id", "assessments");
        chooser.addListener(SWT.Selection, e -> select(chooser.getSelectionIndex()));
        button(bar, "New assessment\u2026", this::newAssessment);
        button(bar, "Remove assessment", this::removeAssessment);
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite treeArea = new Composite(sash, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeArea.setLayout(layout);
        tree = new TreeViewer(treeArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getTree().setData("org.appraise.test.id", "assessment-tree");
        tree.setContentProvider(new AssessmentContent());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(tree);
        column(layout, "Domain / question", 46, AssessmentTexts::itemText);
        column(layout, "Answer / judgement", 18, l -> texts().answerText(l));
        column(layout, "Proposal", 16, l -> texts().proposalText(l));
        column(layout, "Support", 20, l -> texts().supportText(l));
        tree.getTree().addListener(SWT.KeyDown, e -> key(e.character, e.keyCode, e));
        tree.addSelectionChangedListener(e -> showDetail());
        tree.addDoubleClickListener(e -> judgeWithDialog());

        panel = new AssessmentPanel(sash, this::saveSupport);
        sash.setWeights(68, 32);
    }

    Control control() {
        return control;
    }

    /** Shows the assessments of an extraction (null: none), keeping the one in front when it is still there. */
    void show(Extraction shownExtraction) {
        if (control.isDisposed()) {
            return;
        }
        this.extraction = shownExtraction;
        shown.clear();
        if (shownExtraction != null) {
            shown.addAll(shownExtraction.getAssessments());
        }
        chooser.setItems(shown.stream().map(this::title).toArray(String[]::new));
        int index = current == null ? -1 : shown.indexOf(current);
        if (index < 0 && !shown.isEmpty()) {
            index = 0;
        }
        chooser.getParent().layout();
        if (index >= 0) {
            chooser.select(index);
        }
        select(index);
    }

    /** Brings an assessment to the front (from the risk-of-bias view). */
    void reveal(RiskOfBiasAssessment assessment) {
        int index = shown.indexOf(assessment);
        if (index >= 0) {
            chooser.select(index);
            select(index);
            tree.getTree().setFocus();
        }
    }

    private void select(int index) {
        current = index < 0 || index >= shown.size() ? null : shown.get(index);
        Optional<RiskOfBiasTool> tool = current == null ? Optional.empty() : tools.find(current.getTool());
        proposal = tool.map(t -> new JudgementProposal(t).propose(AssessmentEdits.answers(current), AssessmentEdits.finals(current)))
                .orElse(null);
        Object selected = tree.getStructuredSelection().getFirstElement();
        tree.setInput(tool.orElse(null));
        tree.expandAll();
        if (selected != null) {
            tree.setSelection(new StructuredSelection(selected), true);
        }
        showDetail();
    }

    private String title(RiskOfBiasAssessment assessment) {
        String tool = tools.find(assessment.getTool()).map(RiskOfBiasTool::shortName).orElse(assessment.getTool() + " (unknown tool)");
        OutcomeMeasurement m = assessment.getMeasurement();
        return tool + (m == null ? ", whole study" : ", " + AssessmentTexts.describe(m));
    }

    // ---- edits ----

    private void newAssessment() {
        ReviewSession open = review.get();
        if (open == null || extraction == null) {
            message("Start an extraction of this study first (Start extraction...).");
            return;
        }
        Optional<NewAssessmentForm.Choice> choice = NewAssessmentForm.ask(control.getShell(), open.folder().review(), extraction, tools);
        if (choice.isEmpty()) {
            return;
        }
        RiskOfBiasTool tool = choice.get().tool();
        OutcomeMeasurement measurement = choice.get().measurement();
        run(edits().start(extraction, tool, measurement));
        current = extraction.getAssessments().get(extraction.getAssessments().size() - 1);
        show(extraction);
        tree.getTree().setFocus();
        QuestionOrder.firstOpen(QuestionOrder.lines(tree), proposal, texts()).ifPresent(q -> tree.setSelection(new StructuredSelection(q), true));
    }

    private void removeAssessment() {
        if (current != null && org.eclipse.jface.dialogs.MessageDialog.openConfirm(control.getShell(), "Remove assessment",
                "Remove the assessment '" + title(current) + "' with its answers? (Edit > Undo brings it back.)")) {
            run(edits().remove(current));
            current = null;
            show(extraction);
        }
    }

    private void key(char character, int keyCode, org.eclipse.swt.widgets.Event event) {
        Object line = tree.getStructuredSelection().getFirstElement();
        if (current == null || line == null) {
            return;
        }
        if (keyCode == SWT.CR || keyCode == SWT.KEYPAD_CR) {
            QuestionOrder.next(QuestionOrder.lines(tree), line, proposal, texts()).ifPresent(next -> tree.setSelection(new StructuredSelection(next), true));
            event.doit = false;
            return;
        }
        if (line instanceof QuestionLine q) {
            if (keyCode == SWT.DEL || keyCode == SWT.BS) {
                answer(q, null);
                event.doit = false;
                return;
            }
            Optional<AnswerOption> option = AssessmentTexts.option(q.question(), character);
            if (option.isPresent()) {
                answer(q, option.get().code());
                event.doit = false;
            }
        } else if ((line instanceof DomainLine || line instanceof Overall) && Character.isDigit(character)) {
            RiskOfBiasTool tool = line instanceof DomainLine d ? d.tool() : ((Overall) line).tool();
            int index = character - '1';
            if (character == '0') {
                judge(line, null, null);
            } else if (index < tool.levels().size()) {
                judge(line, tool.levels().get(index).id(), null);
            }
            event.doit = false;
        }
    }

    private void answer(QuestionLine line, String code) {
        run(edits().answer(current, line.question().id(), code));
        refresh();
        if (code != null) {
            QuestionOrder.next(QuestionOrder.lines(tree), line, proposal, texts()).ifPresent(next -> tree.setSelection(new StructuredSelection(next), true));
        }
    }

    private void judgeWithDialog() {
        Object line = tree.getStructuredSelection().getFirstElement();
        if (current == null || !(line instanceof DomainLine || line instanceof Overall)) {
            return;
        }
        RiskOfBiasTool tool = line instanceof DomainLine d ? d.tool() : ((Overall) line).tool();
        List<String> levels = new ArrayList<>(List.of("(follow the proposal)"));
        tool.levels().forEach(l -> levels.add(l.label()));
        FieldsDialog form = new FieldsDialog(control.getShell(), "Judgement").choice("level", "Judgement", levels, levels.get(0), false)
                .text("rationale", "Rationale (needed when it departs from the proposal)", rationaleOf(line));
        if (form.open() == Window.OK) {
            int index = form.index("level");
            judge(line, index <= 0 ? null : tool.levels().get(index - 1).id(), form.get("rationale"));
        }
    }

    private void judge(Object line, String level, String givenRationale) {
        String rationale = givenRationale;
        Optional<String> proposed = line instanceof DomainLine d ? proposal.domain(d.domain().id()).level() : proposal.overall();
        if (level != null && proposed.isPresent() && !proposed.get().equals(level) && (rationale == null || rationale.isBlank())) {
            FieldsDialog form = new FieldsDialog(control.getShell(), "Rationale")
                    .text("rationale", "Why " + AssessmentTexts.label(line, level) + " rather than the proposed " + AssessmentTexts.label(line, proposed.get()) + "?",
                            rationaleOf(line))
                    .validate(d -> d.get("rationale").isBlank() ? "A judgement that departs from the proposal needs a rationale." : "");
            if (form.open() != Window.OK) {
                return;
            }
            rationale = form.get("rationale");
        }
        try {
            run(line instanceof DomainLine d ? edits().judge(current, d.domain().id(), level, rationale)
                    : edits().judgeOverall(current, level, rationale));
        } catch (IllegalArgumentException e) {
            message(e.getMessage());
        }
        refresh();
    }

    private String rationaleOf(Object line) {
        if (line instanceof DomainLine d) {
            return texts().judgement(d.domain().id()).map(DomainJudgement::getRationale).orElse("");
        }
        return current.getOverallRationale() == null ? "" : current.getOverallRationale();
    }

    private AssessmentTexts texts() {
        return new AssessmentTexts(current, proposal);
    }

    private void saveSupport() {
        Object line = tree.getStructuredSelection().getFirstElement();
        if (current == null || panel.support().isDisposed()) {
            return;
        }
        String text = panel.support().getText();
        if (line instanceof QuestionLine q) {
            String now = texts().answerTo(q.question().id()).map(SignallingAnswer::getSupport).orElse("");
            if (!text.equals(now == null ? "" : now)) {
                run(edits().support(current, q.question().id(), text));
            }
        } else if (line instanceof DomainLine d) {
            String now = texts().judgement(d.domain().id()).map(DomainJudgement::getSupport).orElse("");
            if (!text.equals(now == null ? "" : now)) {
                run(edits().domainSupport(current, d.domain().id(), text));
            }
        }
    }

    private AssessmentEdits edits() {
        ReviewSession open = review.get();
        return new AssessmentEdits(open.domain(), open.folder().review(), tools);
    }

    private void run(Command command) {
        review.get().domain().getCommandStack().execute(command);
    }

    private void refresh() {
        select(shown.indexOf(current));
    }

    private void message(String text) {
        org.eclipse.jface.dialogs.MessageDialog.openInformation(control.getShell(), "Appraise", text);
    }

    private void showDetail() {
        panel.show(tree.getStructuredSelection().getFirstElement(), extraction, current, proposal, tools, texts(), this::answer);
    }

    private void button(Composite bar, String text, Runnable action) {
        BarControls.button(bar, text, () -> {
            if (review.get() != null) {
                action.run();
            }
        });
    }

    private void column(TreeColumnLayout layout, String name, int weight, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(name);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply(element);
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                boolean quiet = element instanceof QuestionLine q && proposal != null
                        && (!proposal.asked(q.question().id()) || !texts().applies(q));
                return quiet ? tree.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }

            @Override
            public org.eclipse.swt.graphics.Font getFont(Object element) {
                return element instanceof DomainLine || element instanceof Overall
                        ? org.eclipse.jface.resource.JFaceResources.getBannerFont() : null;
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }
}
