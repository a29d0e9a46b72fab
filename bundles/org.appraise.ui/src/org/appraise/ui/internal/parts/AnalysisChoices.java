package org.appraise.ui.internal.parts;

import java.util.List;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.review.ReviewStudies;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The bar of the Analyses view: outcome, measure, method, Hartung-Knapp, the row preferences, subgroups, I², the side an effect below the line favours, and Export figure. */
final class AnalysisChoices {

    private static final EffectMeasure[] MEASURES = { EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.RD, EffectMeasure.MD, EffectMeasure.SMD,
            EffectMeasure.GIV_RATIO };
    private static final PoolingMethod[] METHODS = { PoolingMethod.REML, PoolingMethod.DL, PoolingMethod.PM, PoolingMethod.FE, PoolingMethod.MH,
            PoolingMethod.PETO };

    private static final List<String> SIDES = java.util.Arrays.asList(null, org.appraise.core.synthesis.AnalysisEdits.EXPERIMENTAL,
            org.appraise.core.synthesis.AnalysisEdits.CONTROL);

    private final Combo saved;
    private final Combo outcome;
    private final Combo measure;
    private final Combo method;
    private final Button knha;
    private final Text criteria;
    private final Text population;
    private final Combo subgroups;
    private final Combo i2;
    private final Combo lowerFavours;
    private final List<String> subgroupKeys = new java.util.ArrayList<>();

    /** Set while a saved analysis fills the fields, so that filling them does not turn the choice back into a new one. */
    private boolean loading;

    AnalysisChoices(Composite parent, Runnable onChange, Runnable export, Runnable saveAs, java.util.function.Consumer<String> open) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout();
        layout.center = true;
        bar.setLayout(layout);
        // as wide as the view, so that the row wraps instead of hiding the preferences and Export beyond the edge
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Analysis");
        saved = new Combo(bar, SWT.READ_ONLY);
        saved.setData("org.appraise.test.id", "analysis-saved");
        saved.addListener(SWT.Selection, e -> open.accept(savedId()));
        Runnable edited = () -> {
            if (!loading) {
                saved.select(0); // the fields no longer show the saved analysis as saved
            }
            onChange.run();
        };
        Runnable changed = edited;
        new Label(bar, SWT.NONE).setText("Outcome");
        outcome = combo(bar, "analysis-outcome", changed);
        new Label(bar, SWT.NONE).setText("Measure");
        measure = combo(bar, "analysis-measure", changed);
        for (EffectMeasure m : MEASURES) {
            measure.add(m == EffectMeasure.GIV_RATIO ? "HR (inverse variance)" : m.name());
        }
        measure.select(0);
        new Label(bar, SWT.NONE).setText("Method");
        method = combo(bar, "analysis-method", changed);
        for (PoolingMethod m : METHODS) {
            method.add(m.label());
        }
        method.select(0);
        knha = new Button(bar, SWT.CHECK);
        knha.setText("Hartung-Knapp");
        knha.setData("org.appraise.test.id", "analysis-knha");
        knha.addListener(SWT.Selection, e -> changed.run());
        new Label(bar, SWT.NONE).setText("Prefer criteria");
        criteria = text(bar, "analysis-criteria", changed);
        new Label(bar, SWT.NONE).setText("population");
        population = text(bar, "analysis-population", changed);
        new Label(bar, SWT.NONE).setText("Subgroups");
        subgroups = combo(bar, "analysis-subgroups", changed);
        subgroupKeys.addAll(List.of("", "RISK_OF_BIAS", "DESIGN"));
        subgroups.setItems("none", "risk of bias", "design");
        for (org.appraise.model.CharacteristicKind kind : org.appraise.model.CharacteristicKind.VALUES) {
            subgroupKeys.add(kind.getName());
            subgroups.add(kind.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        subgroups.select(0);
        new Label(bar, SWT.NONE).setText("I\u00B2");
        i2 = combo(bar, "analysis-i2", changed);
        i2.setItems("metafor", "RevMan 5");
        i2.select(0);
        new Label(bar, SWT.NONE).setText("Lower favours");
        lowerFavours = combo(bar, "analysis-lower-favours", changed);
        lowerFavours.setItems("not stated", "experimental", "control");
        lowerFavours.select(0);
        Button saveButton = new Button(bar, SWT.PUSH);
        saveButton.setText("Save as analysis\u2026");
        saveButton.setData("org.appraise.test.id", "Save as analysis\u2026");
        saveButton.addListener(SWT.Selection, e -> saveAs.run());
        Button exportButton = new Button(bar, SWT.PUSH);
        exportButton.setText("Export figure\u2026");
        exportButton.setData("org.appraise.test.id", "Export figure\u2026");
        exportButton.addListener(SWT.Selection, e -> export.run());
    }

    private static Combo combo(Composite bar, String id, Runnable changed) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.setData("org.appraise.test.id", id);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }

    private static Text text(Composite bar, String id, Runnable changed) {
        Text text = new Text(bar, SWT.BORDER);
        text.setLayoutData(new RowData(110, SWT.DEFAULT));
        text.setData("org.appraise.test.id", id);
        text.addListener(SWT.DefaultSelection, e -> changed.run());
        text.addListener(SWT.FocusOut, e -> changed.run());
        return text;
    }

    /** The review's saved analyses, "(new)" first; the one shown stays chosen while it exists. */
    void analyses(List<org.appraise.model.Analysis> analyses) {
        String before = savedId();
        List<String> items = new java.util.ArrayList<>(List.of("(new)"));
        analyses.forEach(a -> items.add(a.getId() + (a.getName() == null ? "" : " \u2014 " + a.getName())));
        saved.setItems(items.toArray(String[]::new));
        int at = 0;
        for (int i = 0; i < analyses.size(); i++) {
            if (analyses.get(i).getId().equals(before)) {
                at = i + 1;
            }
        }
        saved.select(at);
    }

    /** The saved analysis shown, or null for a new one. */
    String savedId() {
        int i = saved.getSelectionIndex();
        return i <= 0 ? null : saved.getItem(i).split(" \u2014 ", 2)[0];
    }

    /** Fills the fields from a saved analysis (it stays the one chosen). */
    void load(org.appraise.model.Analysis analysis) {
        loading = true;
        try {
            if (analysis.getOutcome() != null) {
                outcome.select(java.util.Arrays.asList(outcome.getItems()).indexOf(analysis.getOutcome().getId()));
            }
            for (int i = 0; i < MEASURES.length; i++) {
                if (MEASURES[i].name().equals(analysis.getMeasure())) {
                    measure.select(i);
                }
            }
            for (int i = 0; i < METHODS.length; i++) {
                if (METHODS[i].name().equals(analysis.getMethod())) {
                    method.select(i);
                }
            }
            knha.setSelection(analysis.isKnha());
            subgroups.select(Math.max(0, subgroupKeys.indexOf(analysis.getSubgroups() == null ? "" : analysis.getSubgroups().toUpperCase(java.util.Locale.ROOT))));
            i2.select("REVMAN".equals(analysis.getI2Rule()) ? 1 : 0);
            lowerFavours.select(Math.max(0, SIDES.indexOf(analysis.getLowerFavours())));
            criteria.setText(analysis.getCriteria() == null ? "" : analysis.getCriteria());
            population.setText(analysis.getPopulation() == null ? "" : analysis.getPopulation());
        } finally {
            loading = false;
        }
    }

    void outcomes(List<String> ids) {
        String before = outcome();
        outcome.setItems(ids.toArray(String[]::new));
        int at = before == null ? -1 : ids.indexOf(before);
        outcome.select(at >= 0 ? at : ids.isEmpty() ? -1 : 0);
    }

    String outcome() {
        return outcome.getSelectionIndex() < 0 ? null : outcome.getItem(outcome.getSelectionIndex());
    }

    EffectMeasure measure() {
        return MEASURES[Math.max(0, measure.getSelectionIndex())];
    }

    PoolingMethod method() {
        return METHODS[Math.max(0, method.getSelectionIndex())];
    }

    boolean knha() {
        return knha.getSelection();
    }

    /** The subgroups' key (RISK_OF_BIAS, DESIGN, a characteristic kind), or null for none. */
    String subgroups() {
        String key = subgroupKeys.get(Math.max(0, subgroups.getSelectionIndex()));
        return key.isEmpty() ? null : key;
    }

    /** REVMAN, or null for metafor's I². */
    String i2() {
        return i2.getSelectionIndex() == 1 ? "REVMAN" : null;
    }

    /** Which group an effect below the line of no effect favours: EXPERIMENTAL, CONTROL, or null when not stated. */
    String lowerFavours() {
        return SIDES.get(Math.max(0, lowerFavours.getSelectionIndex()));
    }

    ReviewStudies.Choice choice() {
        return new ReviewStudies.Choice(outcome(), blankToNull(criteria.getText()), blankToNull(population.getText()), null);
    }

    void focus() {
        outcome.setFocus();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
