package org.appraise.synthesis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.appraise.synthesis.ZeroCellRule;

/**
 * The studies of an analysis as the method reads them: each one's own estimate (after the zero-cell rule), and for
 * Mantel-Haenszel and Peto the tables that are pooled. A study that cannot take part is refused with its reason.
 */
public final class StudyTables {

    /** A study in the analysis: its own estimate when it has one, and its table when it is dichotomous. */
    public record Row(String label, Optional<EffectSizes.Effect> own, Table table, StudyData data) {
    }

    private final Settings settings;
    private final List<Row> rows = new ArrayList<>();

    public StudyTables(Settings settings) {
        this.settings = settings;
    }

    /** Adds a study; the reason it is left out otherwise. */
    public Optional<String> add(StudyData study) {
        EffectMeasure measure = settings.measure();
        try {
            if (study instanceof StudyData.Dichotomous d && measure.dichotomous()) {
                return addTable(d);
            }
            if (study instanceof StudyData.Continuous c && measure.continuous()) {
                rows.add(new Row(c.label(), Optional.of(MeanDifferences.of(c, measure)), null, c));
                return Optional.empty();
            }
            if (study instanceof StudyData.Generic g && (measure == EffectMeasure.GIV || measure == EffectMeasure.GIV_RATIO)) {
                rows.add(new Row(g.label(), Optional.of(EffectSizes.of(g)), null, g));
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.of("its data are not of the kind the measure needs (" + measure.label().toLowerCase(Locale.ROOT) + ")");
    }

    private Optional<String> addTable(StudyData.Dichotomous d) {
        Table raw = EffectSizes.table(d);
        boolean ratio = settings.measure() != EffectMeasure.RD;
        boolean pooledFromTables = settings.method() == PoolingMethod.MH || settings.method() == PoolingMethod.PETO;
        if (settings.zeroCells() == ZeroCellRule.REVMAN && raw.doubleZero() && (ratio || settings.method() == PoolingMethod.PETO)) {
            return Optional.of("no events in either arm, or only events: no " + settings.measure().label().toLowerCase(Locale.ROOT)
                    + " (RevMan 5 leaves it out)");
        }
        Table corrected = raw.correctedIfZero();
        Optional<EffectSizes.Effect> own;
        if (!pooledFromTables) {
            own = EffectSizes.of(corrected, settings.measure());
            if (own.isEmpty()) {
                return Optional.of("no estimate from its table");
            }
        } else if (raw.doubleZero() && settings.zeroCells() == ZeroCellRule.METAFOR) {
            own = Optional.empty(); // metafor's drop00: no estimate of its own, but its table counts in the pooled estimate
        } else {
            own = settings.method() == PoolingMethod.PETO ? Peto.effect(corrected) : EffectSizes.of(corrected, settings.measure());
        }
        Table pooled = settings.zeroCells() == ZeroCellRule.REVMAN ? corrected : raw;
        rows.add(new Row(d.label(), own, pooled, d));
        return Optional.empty();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Table> pooledTables() {
        return rows.stream().map(Row::table).toList();
    }

    public double[] ownEstimates() {
        return rows.stream().flatMap(r -> r.own().stream()).mapToDouble(EffectSizes.Effect::yi).toArray();
    }

    public double[] ownVariances() {
        return rows.stream().flatMap(r -> r.own().stream()).mapToDouble(EffectSizes.Effect::vi).toArray();
    }

    /** Weights of the studies that have an estimate, spread back over every row (0 for the others). */
    public double[] spread(double[] weights) {
        double[] all = new double[rows.size()];
        int j = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).own().isPresent()) {
                all[i] = weights[j++];
            }
        }
        return all;
    }
}
