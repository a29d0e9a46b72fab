package org.appraise.cli.internal.synthesis;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.Settings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sensitivity analyses of {@code appraise meta}, as text and as JSON: leave-one-out ({@code leaveOneOut}: per
 * study left out, the pooled {@code estimate}, {@code lower}, {@code upper}, {@code p}, {@code tau2}, {@code I2}),
 * subgroups ({@code subgroups}: per subgroup {@code k}, {@code estimate}, {@code lower}, {@code upper}, {@code tau2},
 * {@code I2}, and {@code test} with {@code Q}, {@code df}, {@code p}), and Egger's test ({@code egger}: {@code t},
 * {@code df}, {@code p}, {@code limitEstimate}; null with {@code eggerNote} below 10 studies).
 */
final class SensitivityReport {

    private final PrintStream out;
    private final DoubleUnaryOperator read;

    SensitivityReport(PrintStream out, Settings settings) {
        this.out = out;
        this.read = settings.measure().ratio() ? Math::exp : x -> x;
    }

    void leaveOneOut(List<Sensitivity.Omitted> omitted, ObjectNode json) {
        ArrayNode array = json == null ? null : json.putArray("leaveOneOut");
        if (json == null) {
            out.println("Leave one out:");
        }
        for (Sensitivity.Omitted o : omitted) {
            Pooled p = o.without().pooled().orElse(null);
            if (json != null) {
                ObjectNode node = array.addObject().put("omitted", o.label());
                if (p == null) {
                    node.putNull("estimate");
                    node.put("notPooled", o.without().notPooled());
                } else {
                    pooled(node, p);
                }
            } else {
                out.println(p == null ? "  without " + o.label() + ": not pooled (" + o.without().notPooled() + ")"
                        : String.format(Locale.ROOT, "  without %s: %.3f [%.3f, %.3f], p = %.4f, tau^2 = %.4f, I^2 = %.1f%%", o.label(),
                                read.applyAsDouble(p.estimate()), read.applyAsDouble(p.lower()), read.applyAsDouble(p.upper()), p.p(), p.tau2(), p.i2()));
            }
        }
    }

    void subgroups(Sensitivity.Subgroups subgroups, ObjectNode json) {
        ObjectNode node = json == null ? null : json.putObject("subgroups");
        for (Map.Entry<String, MetaAnalysis> group : subgroups.groups().entrySet()) {
            Pooled p = group.getValue().pooled().orElse(null);
            String name = group.getKey().isEmpty() ? "(no subgroup)" : group.getKey();
            if (node != null) {
                ObjectNode g = node.putObject(name);
                if (p == null) {
                    g.putNull("estimate");
                    g.put("notPooled", group.getValue().notPooled());
                } else {
                    g.put("k", p.k());
                    pooled(g, p);
                }
            } else {
                out.println(p == null ? "Subgroup " + name + ": not pooled (" + group.getValue().notPooled() + ")"
                        : String.format(Locale.ROOT, "Subgroup %s (%d): %.3f [%.3f, %.3f], tau^2 = %.4f, I^2 = %.1f%%", name, p.k(),
                                read.applyAsDouble(p.estimate()), read.applyAsDouble(p.lower()), read.applyAsDouble(p.upper()), p.tau2(), p.i2()));
            }
        }
        if (node != null) {
            ObjectNode test = node.putObject("test");
            number(test, "Q", subgroups.q());
            test.put("df", subgroups.df());
            number(test, "p", subgroups.p());
        } else if (subgroups.df() > 0) {
            out.printf(Locale.ROOT, "Test for subgroup differences: Q = %.2f, df = %d, p = %.4f%n", subgroups.q(), subgroups.df(), subgroups.p());
        } else {
            out.println("Test for subgroup differences: fewer than two subgroups with a pooled estimate");
        }
    }

    /** The analysis without the studies at high risk of bias: {@code withoutHighRisk} with {@code tool}, {@code omitted} and the pooled figures. */
    void withoutHighRisk(org.appraise.synthesis.review.SavedAnalysis.WithoutHighRisk without, ObjectNode json) {
        Pooled p = without.analysis().pooled().orElse(null);
        if (json != null) {
            ObjectNode node = json.putObject("withoutHighRisk").put("tool", without.tool());
            without.omitted().forEach(node.putArray("omitted")::add);
            if (p == null) {
                node.putNull("estimate");
                node.put("notPooled", without.analysis().notPooled());
            } else {
                node.put("k", p.k());
                pooled(node, p);
            }
            return;
        }
        out.println(p == null ? "Without high risk of bias (" + String.join(", ", without.omitted()) + "; " + without.tool() + "): not pooled ("
                + without.analysis().notPooled() + ")"
                : String.format(Locale.ROOT, "Without high risk of bias (%s; %s): %.3f [%.3f, %.3f], k = %d, p = %.4f, tau^2 = %.4f, I^2 = %.1f%%",
                        String.join(", ", without.omitted()), without.tool(), read.applyAsDouble(p.estimate()), read.applyAsDouble(p.lower()),
                        read.applyAsDouble(p.upper()), p.k(), p.p(), p.tau2(), p.i2()));
    }

    void egger(MetaAnalysis analysis, ObjectNode json) {
        long k = analysis.studies().stream().filter(s -> !Double.isNaN(s.yi())).count();
        var egger = k >= 10 ? Sensitivity.egger(analysis) : java.util.Optional.<Sensitivity.EggerTest>empty();
        String note = k < 10 ? "not shown: it needs at least 10 studies (" + k + " here)" : "no residual variance: no test";
        if (json != null) {
            if (egger.isPresent()) {
                ObjectNode e = json.putObject("egger");
                number(e, "t", egger.get().t());
                e.put("df", egger.get().df());
                number(e, "p", egger.get().p());
                number(e, "limitEstimate", read.applyAsDouble(egger.get().limitEstimate()));
            } else {
                json.putNull("egger");
                json.put("eggerNote", note);
            }
        } else {
            out.println(egger.map(e -> String.format(Locale.ROOT, "Egger's test: t = %.3f, df = %d, p = %.4f", e.t(), e.df(), e.p()))
                    .orElse("Egger's test: " + note));
        }
    }

    private void pooled(ObjectNode node, Pooled p) {
        number(node, "estimate", read.applyAsDouble(p.estimate()));
        number(node, "lower", read.applyAsDouble(p.lower()));
        number(node, "upper", read.applyAsDouble(p.upper()));
        number(node, "p", p.p());
        number(node, "tau2", p.tau2());
        number(node, "I2", p.i2());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
