package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.certainty.CertaintyRule;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.CertaintyRating;
import org.appraise.synthesis.certainty.CertaintyProposals;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The certainty editor of the Certainty view: the kind of evidence, a row per GRADE domain (its rating, its footnote, and
 * what the analysis' figures propose), the assumed comparator risk with its source, the row's place in the table and the
 * comment. Keyboard first: Tab walks the fields in order, a rating is chosen with the arrow keys, Enter in a text applies
 * it. Each change is handed to the view as one edit; nothing is applied here.
 */
final class CertaintyForm {

    /** One change asked for: a domain rated (with its footnote), or a detail set. */
    interface Edits {
        void rate(String domain, String rating, String footnote);

        void set(String detail, Object value);
    }

    private static final String[] EVIDENCE = { "", "RANDOMISED", "NON_RANDOMISED", "NON_RANDOMISED_ROBINS_I" };

    private final CertaintyRule rule;
    private final Edits edits;
    private final Combo evidence;
    private final Map<String, Combo> ratings = new LinkedHashMap<>();
    private final Map<String, Text> footnotes = new LinkedHashMap<>();
    private final Map<String, Label> proposals = new LinkedHashMap<>();
    /** Ratings chosen that wait for their footnote, by domain. */
    private final Map<String, String> waiting = new java.util.HashMap<>();
    private final Combo order;
    private final Text assumedRisk;
    private final Text riskSource;
    private final Text comment;
    private final Label result;
    private final org.eclipse.swt.custom.ScrolledComposite scroll;
    private boolean loading;

    CertaintyForm(Composite parent, CertaintyRule rule, Edits edits) {
        this.rule = rule;
        this.edits = edits;
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        scroll.setContent(form);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(form.computeSize(Math.max(600, scroll.getClientArea().width), SWT.DEFAULT)));
        this.scroll = scroll;
        new Label(form, SWT.NONE).setText("Evidence");
        evidence = new Combo(form, SWT.READ_ONLY);
        evidence.setItems("not stated", "randomised (starts high)", "non-randomised (starts low)", "non-randomised, ROBINS-I (starts high)");
        evidence.setData("org.appraise.test.id", "certainty-evidence");
        evidence.addListener(SWT.Selection, e -> {
            if (!loading) {
                edits.set("evidence", evidence.getSelectionIndex() <= 0 ? null : EVIDENCE[evidence.getSelectionIndex()]);
            }
        });
        span(new Label(form, SWT.NONE), 2);
        for (String domain : rule.domains()) {
            new Label(form, SWT.NONE).setText(CertaintyRule.label(domain));
            Combo rating = new Combo(form, SWT.READ_ONLY);
            rating.add("not rated");
            rule.ratings(domain).forEach(r -> rating.add(CertaintyRule.label(r).toLowerCase(Locale.ROOT)));
            rating.setData("org.appraise.test.id", "certainty-" + domain);
            Text footnote = new Text(form, SWT.BORDER);
            footnote.setMessage("footnote (the reason, shown under the table)");
            footnote.setData("org.appraise.test.id", "certainty-" + domain + "-footnote");
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(280, SWT.DEFAULT).applyTo(footnote);
            Label proposal = new Label(form, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(proposal);
            ratings.put(domain, rating);
            footnotes.put(domain, footnote);
            proposals.put(domain, proposal);
            rating.addListener(SWT.Selection, e -> rated(domain));
            footnote.addListener(SWT.DefaultSelection, e -> rated(domain));
            footnote.addListener(SWT.FocusOut, e -> {
                if (!loading && !footnote.getText().strip().equals(String.valueOf(footnote.getData("org.appraise.saved")))) {
                    rated(domain);
                }
            });
        }
        new Label(form, SWT.NONE).setText("Comparator risk");
        assumedRisk = text(form, "certainty-assumed-risk", "a proportion, e.g. 0.394 (empty: median control risk)", 0);
        riskSource = text(form, "certainty-risk-source", "where the comparator risk comes from", 2);
        new Label(form, SWT.NONE).setText("Place in table");
        order = new Combo(form, SWT.READ_ONLY);
        order.setItems("not in the table", "1", "2", "3", "4", "5", "6", "7");
        order.setData("org.appraise.test.id", "certainty-order");
        order.addListener(SWT.Selection, e -> {
            if (!loading) {
                edits.set("order", order.getSelectionIndex() <= 0 ? null : order.getSelectionIndex());
            }
        });
        comment = text(form, "certainty-comment", "the comment of the outcome's row", 2);
        assumedRisk.addListener(SWT.DefaultSelection, e -> risk());
        riskSource.addListener(SWT.DefaultSelection, e -> edits.set("assumedRiskSource", blankToNull(riskSource.getText())));
        comment.addListener(SWT.DefaultSelection, e -> edits.set("comment", blankToNull(comment.getText())));
        result = new Label(form, SWT.WRAP);
        result.setData("org.appraise.test.id", "certainty-result");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(result);
    }

    private Text text(Composite form, String id, String message, int span) {
        Text text = new Text(form, SWT.BORDER);
        text.setMessage(message);
        text.setData("org.appraise.test.id", id);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(Math.max(1, span), 1).applyTo(text);
        return text;
    }

    private static void span(Control control, int columns) {
        GridDataFactory.fillDefaults().span(columns, 1).applyTo(control);
    }


    /** A rating chosen, or its footnote entered: a rating that moves the level waits for its footnote. */
    private void rated(String domain) {
        if (loading) {
            return;
        }
        int at = ratings.get(domain).getSelectionIndex();
        if (at <= 0) {
            waiting.remove(domain);
            return;
        }
        String rating = rule.ratings(domain).get(at - 1);
        String footnote = blankToNull(footnotes.get(domain).getText());
        boolean moves = !rating.equals("NOT_SERIOUS") && !rating.equals("NONE");
        if (moves && footnote == null) {
            waiting.put(domain, rating); // kept through the refreshes until its footnote comes
            result.setText(waitingText());
            footnotes.get(domain).setFocus();
            return;
        }
        waiting.remove(domain);
        edits.rate(domain, rating, footnote);
    }

    private void risk() {
        String text = assumedRisk.getText().strip();
        try {
            edits.set("assumedRisk", text.isEmpty() ? null : new BigDecimal(text));
        } catch (NumberFormatException e) {
            result.setText("'" + text + "' is not a proportion (write 0.394 for 39.4%).");
        }
    }

    /** Shows the assessment (none yet: empty fields), the proposals, and the certainty the rule gives or why there is none. */
    void show(Optional<CertaintyAssessment> assessment, List<CertaintyProposals.Proposal> proposed, String certainty) {
        loading = true;
        try {
            evidence.select(Math.max(0, java.util.Arrays.asList(EVIDENCE).indexOf(assessment.map(CertaintyAssessment::getEvidence).orElse(""))));
            for (String domain : rule.domains()) {
                Optional<CertaintyRating> rating = assessment.flatMap(a -> a.getRatings().stream().filter(r -> domain.equals(r.getDomain())).findFirst());
                String shown = waiting.containsKey(domain) ? waiting.get(domain) : rating.map(CertaintyRating::getRating).orElse(null);
                ratings.get(domain).select(shown == null ? 0 : rule.ratings(domain).indexOf(shown) + 1);
                String footnote = rating.map(CertaintyRating::getFootnote).orElse("");
                footnotes.get(domain).setData("org.appraise.saved", footnote == null ? "" : footnote);
                if (!footnotes.get(domain).isFocusControl()) {
                    footnotes.get(domain).setText(footnote == null ? "" : footnote);
                }
                Optional<CertaintyProposals.Proposal> p = proposed.stream().filter(x -> x.domain().equals(domain)).findFirst();
                String said = p.map(x -> "proposed: " + (x.rating() == null ? "\u2014" : CertaintyRule.label(x.rating()).toLowerCase(Locale.ROOT))
                        + "; " + x.figures()).orElse("");
                // one or two lines beside the rating; the whole of it in the tooltip
                proposals.get(domain).setText(said.length() > 150 ? said.substring(0, 149) + "\u2026" : said);
                proposals.get(domain).setToolTipText(said);
            }
            order.select(assessment.map(CertaintyAssessment::getOrder).orElse(0));
            setUnfocused(assumedRisk, assessment.map(CertaintyAssessment::getAssumedRisk).map(BigDecimal::toPlainString).orElse(""));
            setUnfocused(riskSource, assessment.map(CertaintyAssessment::getAssumedRiskSource).orElse(""));
            setUnfocused(comment, assessment.map(CertaintyAssessment::getComment).orElse(""));
            result.setText(waiting.isEmpty() ? certainty : waitingText());
            scroll.setMinSize(scroll.getContent().computeSize(Math.max(600, scroll.getClientArea().width), SWT.DEFAULT));
        } finally {
            loading = false;
        }
    }

    private String waitingText() {
        return String.join("; ", waiting.entrySet().stream().map(w -> CertaintyRule.label(w.getKey()) + " " + CertaintyRule.label(w.getValue())
                .toLowerCase(Locale.ROOT)).toList()) + ": type its footnote (the reason the table shows), then Enter.";
    }

    /** Another analysis or assessor: the ratings that waited for a footnote are dropped. */
    void forget() {
        waiting.clear();
    }

    void say(String message) {
        result.setText(message);
    }

    void focus() {
        evidence.setFocus();
    }

    private static void setUnfocused(Text text, String value) {
        if (!text.isFocusControl()) {
            text.setText(value == null ? "" : value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
