package org.appraise.cli.internal.synthesis;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.appraise.cli.internal.Terminal;
import org.appraise.synthesis.Excluded;
import org.appraise.synthesis.Interval;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.StudyEffect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code appraise meta --json}. Stable keys: {@code estimate}, {@code lower}, {@code upper} and the
 * prediction interval on the reading scale (exponentiated for ratios); {@code yi}, {@code vi}, {@code se} on the
 * pooling scale named by {@code scale}; a value that cannot be computed is null.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static ObjectNode of(MetaAnalysis analysis) {
        boolean ratio = analysis.settings().measure().ratio();
        DoubleUnaryOperator read = ratio ? Math::exp : x -> x;
        ObjectNode root = Terminal.json().createObjectNode();
        root.put("measure", analysis.settings().measure().name());
        root.put("method", analysis.settings().method().name());
        root.put("knha", analysis.settings().knha());
        root.put("zeroCells", analysis.settings().zeroCells().name().toLowerCase(java.util.Locale.ROOT));
        root.put("level", analysis.settings().level());
        root.put("i2Rule", analysis.settings().i2().name().toLowerCase(java.util.Locale.ROOT));
        root.put("scale", ratio ? "log" : "identity");
        ArrayNode studies = root.putArray("studies");
        for (StudyEffect s : analysis.studies()) {
            ObjectNode node = studies.addObject();
            node.put("study", s.label());
            number(node, "yi", s.yi());
            number(node, "vi", s.vi());
            number(node, "effect", read.applyAsDouble(s.yi()));
            number(node, "lower", read.applyAsDouble(s.lower()));
            number(node, "upper", read.applyAsDouble(s.upper()));
            number(node, "weight", s.weight());
            node.put("corrected", s.corrected());
        }
        ArrayNode excluded = root.putArray("excluded");
        for (Excluded e : analysis.excluded()) {
            excluded.addObject().put("study", e.label()).put("reason", e.reason());
        }
        Optional<Pooled> pooled = analysis.pooled();
        if (pooled.isEmpty()) {
            root.putNull("pooled");
            root.put("notPooled", analysis.notPooled());
            return root;
        }
        Pooled p = pooled.get();
        ObjectNode node = root.putObject("pooled");
        node.put("k", p.k());
        number(node, "estimate", read.applyAsDouble(p.estimate()));
        number(node, "lower", read.applyAsDouble(p.lower()));
        number(node, "upper", read.applyAsDouble(p.upper()));
        number(node, "yi", p.estimate());
        number(node, "se", p.se());
        number(node, "statistic", p.statistic());
        if (p.df().isPresent()) {
            node.put("testDf", p.df().getAsDouble());
        } else {
            node.putNull("testDf");
        }
        number(node, "p", p.p());
        number(node, "tau2", p.tau2());
        interval(node, "tau2", p.tau2Interval(), x -> x);
        number(node, "I2", p.i2());
        interval(node, "I2", p.i2Interval(), x -> x);
        number(node, "H2", p.h2());
        interval(node, "H2", p.h2Interval(), x -> x);
        number(node, "Q", p.q());
        node.put("Qdf", p.qDf());
        number(node, "Qp", p.qP());
        interval(node, "pi", p.prediction(), read);
        return root;
    }

    private static void interval(ObjectNode node, String name, Optional<Interval> interval, DoubleUnaryOperator read) {
        if (interval.isPresent()) {
            number(node, name + "Lower", read.applyAsDouble(interval.get().lower()));
            number(node, name + "Upper", read.applyAsDouble(interval.get().upper()));
        } else {
            node.putNull(name + "Lower");
            node.putNull(name + "Upper");
        }
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
