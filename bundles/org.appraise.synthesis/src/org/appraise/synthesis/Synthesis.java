package org.appraise.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.synthesis.internal.EffectSizes;
import org.appraise.synthesis.internal.InverseVariance;
import org.appraise.synthesis.internal.MantelHaenszel;
import org.appraise.synthesis.internal.StudyTables;

/**
 * Pools the studies of an analysis exactly as metafor 3.8 does ({@code escalc}, {@code rma.uni}, {@code rma.mh},
 * {@code rma.peto}, {@code predict}, {@code confint}). Data that cannot give an effect (a zero total, more events
 * than participants, an SD of 0, data of another kind than the measure's) leave their study out with the reason;
 * nothing throws on bad data.
 */
public final class Synthesis {

    private Synthesis() {
    }

    public static MetaAnalysis pool(List<? extends StudyData> studies, Settings settings) {
        StudyTables tables = new StudyTables(settings);
        List<Excluded> excluded = new ArrayList<>();
        for (StudyData study : studies) {
            tables.add(study).ifPresent(reason -> excluded.add(new Excluded(study.label(), reason)));
        }
        List<StudyTables.Row> rows = tables.rows();
        if (rows.isEmpty()) {
            return new MetaAnalysis(settings, List.of(), excluded, Optional.empty(), "no study has data to pool");
        }
        double[] y = tables.ownEstimates();
        double[] v = tables.ownVariances();
        Optional<Pooled> pooled;
        double[] weights;
        switch (settings.method()) {
        case MH, PETO -> {
            Optional<MantelHaenszel.Result> result = settings.method() == PoolingMethod.MH
                    ? MantelHaenszel.pool(tables.pooledTables(), settings.measure(), y, v, settings.level())
                    : org.appraise.synthesis.internal.Peto.pool(tables.pooledTables(), settings.level());
            pooled = result.map(MantelHaenszel.Result::pooled);
            weights = result.map(MantelHaenszel.Result::weights).orElse(new double[rows.size()]);
        }
        default -> {
            try {
                InverseVariance.Result result = InverseVariance.pool(y, v, settings);
                pooled = Optional.of(result.pooled());
                weights = tables.spread(result.weights());
            } catch (ArithmeticException e) {
                return new MetaAnalysis(settings, List.of(), excluded, Optional.empty(), e.getMessage());
            }
        }
        }
        List<StudyEffect> effects = new ArrayList<>();
        double crit = org.appraise.synthesis.internal.Distributions.critical(settings.level(), 0);
        for (int i = 0; i < rows.size(); i++) {
            StudyTables.Row row = rows.get(i);
            Optional<EffectSizes.Effect> own = row.own();
            double yi = own.map(EffectSizes.Effect::yi).orElse(Double.NaN);
            double vi = own.map(EffectSizes.Effect::vi).orElse(Double.NaN);
            effects.add(new StudyEffect(row.label(), yi, vi, yi - crit * Math.sqrt(vi), yi + crit * Math.sqrt(vi), weights[i],
                    own.map(EffectSizes.Effect::corrected).orElse(false), row.data()));
        }
        String why = pooled.isPresent() ? "" : "the tables give no " + settings.measure().label().toLowerCase(java.util.Locale.ROOT)
                + " (no events, or no non-events, in every experimental or every control arm)";
        return new MetaAnalysis(settings, effects, excluded, pooled, why);
    }
}
