package org.appraise.ui.internal.parts;

import java.util.function.BiConsumer;

import org.appraise.core.rob.AnswerOption;
import org.appraise.core.rob.Proposal;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.DomainJudgement;
import org.appraise.model.Extraction;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;
import org.appraise.ui.internal.parts.AssessmentLine.DomainLine;
import org.appraise.ui.internal.parts.AssessmentLine.Overall;
import org.appraise.ui.internal.parts.AssessmentLine.QuestionLine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The side panel of an assessment: the whole question or domain, why the proposal was made (or what it waits
 * for), the answers as buttons with their keys, the support the assessor writes and the quotes cited.
 */
final class AssessmentPanel {

    private final Label detail;
    private final Composite answerButtons;
    private final Text support;
    private final Label quotes;

    AssessmentPanel(Composite parent, Runnable supportLeft) {
        Composite side = new Composite(parent, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        detail = new Label(side, SWT.WRAP);
        detail.setData("org.appraise.test.id", "assessment-detail");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(detail);
        answerButtons = new Composite(side, SWT.NONE);
        answerButtons.setLayout(new RowLayout(SWT.VERTICAL));
        new Label(side, SWT.NONE).setText("Support (what the report says; Ctrl+Enter in the paper cites a quote):");
        support = TabLeavesField.on(new Text(side, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        support.setData("org.appraise.test.id", "assessment-support");
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 60).applyTo(support);
        support.addListener(SWT.FocusOut, e -> supportLeft.run());
        quotes = new Label(side, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(quotes);
    }

    Text support() {
        return support;
    }

    /** Shows what the line of the tree chosen is about; an answer button calls back with its code. */
    void show(Object line, Extraction extraction, RiskOfBiasAssessment current, Proposal proposal, RiskOfBiasTools tools,
            AssessmentTexts texts, BiConsumer<QuestionLine, String> answer) {
        if (detail.isDisposed()) {
            return;
        }
        for (Control child : answerButtons.getChildren()) {
            child.dispose();
        }
        support.setEnabled(current != null && (line instanceof QuestionLine || line instanceof DomainLine));
        quotes.setText("");
        if (current == null) {
            detail.setText(extraction == null ? "No extraction: start one to assess this study."
                    : "No assessment yet: New assessment... chooses a tool and, for RoB 2 and ROBINS-I, the result.");
            support.setText("");
        } else if (line instanceof QuestionLine q) {
            detail.setText(q.question().number() + "  " + q.question().text()
                    + (q.question().askedWhenText().isEmpty() ? "" : "\n(asked when " + q.question().askedWhenText() + ")"));
            int n = 1;
            for (AnswerOption option : q.question().answers()) {
                String key = n <= 9 ? String.valueOf(n) : "";
                Button choice = new Button(answerButtons, SWT.PUSH);
                choice.setText(key + "  " + (option.code().length() <= 2 ? option.code() + " \u2013 " : "") + option.label()
                        + (option.stars() > 0 ? "  \u2605" : ""));
                choice.setData("org.appraise.test.id", "answer " + option.code());
                choice.addListener(SWT.Selection, e -> answer.accept(q, option.code()));
                n++;
            }
            SignallingAnswer given = texts.answerTo(q.question().id()).orElse(null);
            support.setText(given == null || given.getSupport() == null ? "" : given.getSupport());
            quotes.setText(given == null ? "" : AssessmentTexts.quotesText(given.getSources()));
        } else if (line instanceof DomainLine d) {
            Proposal.DomainProposal p = proposal.domain(d.domain().id());
            long open = texts.openQuestions(d);
            detail.setText(d.domain().name() + "\n" + p.rule().map(r -> "Proposed because " + r + ".").orElse(
                    !d.domain().hasAlgorithm() ? "The tool publishes no algorithm for this domain."
                            : open > 0 ? "Answer its " + open + " open question(s) for a proposal."
                                    : "The answers given lead to no rule of the tool's algorithm: judge it yourself, with a rationale.")
                    + "\nKeys 1-" + d.tool().levels().size() + " judge (" + AssessmentTexts.levelsLegend(d.tool())
                    + "), 0 follows the proposal; double-click to give a rationale.");
            DomainJudgement judgement = texts.judgement(d.domain().id()).orElse(null);
            support.setText(judgement == null || judgement.getSupport() == null ? "" : judgement.getSupport());
            quotes.setText(judgement == null ? "" : AssessmentTexts.quotesText(judgement.getSources()));
        } else if (line instanceof Overall o) {
            detail.setText("Overall: " + proposal.overallRule().map(r -> "proposed because " + r + ".").orElse("no proposal yet.")
                    + "\nKeys 1-" + o.tool().levels().size() + " judge (" + AssessmentTexts.levelsLegend(o.tool()) + "), 0 follows the proposal.\n"
                    + "Tool: " + o.tool().title() + "\nSource: " + o.tool().source());
            support.setText("");
        } else {
            detail.setText(tools.find(current.getTool()).map(t -> t.title() + "\n" + t.source()).orElse("Unknown tool " + current.getTool()));
            support.setText("");
        }
        answerButtons.getParent().layout(true, true);
    }
}
