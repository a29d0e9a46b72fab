package org.appraise.core.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.appraise.core.rob.AssessmentEdits;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.Characteristic;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.Result;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Two reviewers' extractions of one study compared field by field, in the reviewer's terms: design, study
 * details and PICO (text, compared without case and spacing differences), arms and their sizes, every result
 * value (matched by outcome, criteria, time point, population and arm, numbers compared exactly), and the
 * risk-of-bias judgements of the same tool for the same result. A field one reviewer recorded and the other
 * did not is a disagreement too.
 */
public final class ExtractionComparison {

    /** One field of both extractions: its group, what it is, each reviewer's value, whether they agree. */
    public record Field(String group, String key, String first, String second, boolean agree) {
    }

    public static final String DESIGN = "design";
    public static final String DETAILS = "study details";
    public static final String PICO = "PICO";
    public static final String ARMS = "arms";
    public static final String RESULTS = "results";
    public static final String RISK_OF_BIAS = "risk of bias";
    public static final String MISSING = "(not recorded)";

    private final RiskOfBiasTools tools;

    public ExtractionComparison(RiskOfBiasTools tools) {
        this.tools = tools;
    }

    public List<Field> compare(Extraction first, Extraction second) {
        List<Field> fields = new ArrayList<>();
        fields.add(field(DESIGN, "design", first.getDesign() == null ? null : first.getDesign().getLiteral(),
                second.getDesign() == null ? null : second.getDesign().getLiteral(), false));
        pairs(fields, DETAILS, details(first), details(second), true);
        pairs(fields, PICO, pico(first), pico(second), true);
        pairs(fields, ARMS, arms(first), arms(second), false);
        pairs(fields, RESULTS, results(first), results(second), false);
        pairs(fields, RISK_OF_BIAS, judgements(first), judgements(second), false);
        return fields;
    }

    /** The share of fields agreed on per group, in the order of the groups. */
    public static Map<String, double[]> byGroup(List<Field> fields) {
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (Field field : fields) {
            double[] counts = groups.computeIfAbsent(field.group(), g -> new double[2]);
            counts[0]++;
            if (field.agree()) {
                counts[1]++;
            }
        }
        return groups;
    }

    private static void pairs(List<Field> fields, String group, Map<String, String> first, Map<String, String> second, boolean text) {
        Map<String, String> keys = new TreeMap<>();
        first.keySet().forEach(k -> keys.put(k, k));
        second.keySet().forEach(k -> keys.put(k, k));
        for (String key : keys.keySet()) {
            fields.add(field(group, key, first.get(key), second.get(key), text));
        }
    }

    private static Field field(String group, String key, String first, String second, boolean text) {
        boolean agree;
        if (first == null || second == null) {
            agree = first == null && second == null;
        } else if (text) {
            agree = normal(first).equals(normal(second));
        } else {
            agree = sameNumberOrText(first, second);
        }
        return new Field(group, key, first == null ? MISSING : first, second == null ? MISSING : second, agree);
    }

    private static boolean sameNumberOrText(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").replace('\u2011', '-').strip();
    }

    private static Map<String, String> details(Extraction e) {
        Map<String, String> values = new TreeMap<>();
        for (Characteristic c : e.getCharacteristics()) {
            values.merge(c.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), c.getText() == null ? "" : c.getText(),
                    (a, b) -> a + "; " + b);
        }
        return values;
    }

    private static Map<String, String> pico(Extraction e) {
        Map<String, String> values = new TreeMap<>();
        for (PicoElement p : e.getPico()) {
            values.merge(p.getKind().getLiteral().toLowerCase(Locale.ROOT), p.getText() == null ? "" : p.getText(), (a, b) -> a + "; " + b);
        }
        return values;
    }

    private static Map<String, String> arms(Extraction e) {
        Map<String, String> values = new TreeMap<>();
        for (Arm arm : e.getArms()) {
            for (GroupSize size : arm.getGroupSizes()) {
                values.put(armKey(arm) + " \u00b7 n (" + normal(size.getPopulation() == null ? "" : size.getPopulation()) + ")",
                        size.getN() == null || size.getN().getNumber() == null ? null : size.getN().getNumber().toPlainString());
            }
        }
        return values;
    }

    private static String armKey(Arm arm) {
        return arm == null ? "?" : normal(arm.getLabel() == null ? arm.getId() : arm.getLabel());
    }

    /** Every value of every result, keyed by what it is. */
    private static Map<String, String> results(Extraction e) {
        Map<String, String> values = new TreeMap<>();
        for (OutcomeMeasurement m : e.getMeasurements()) {
            String row = (m.getOutcome() == null ? "?" : m.getOutcome().getId()) + " \u00b7 " + normal(Objects.toString(m.getCriteria(), ""))
                    + " \u00b7 " + normal(Objects.toString(m.getTimepoint(), "")) + " \u00b7 " + normal(Objects.toString(m.getPopulation(), ""));
            for (Result r : m.getResults()) {
                String side = r instanceof ArmResult a ? armKey(a.getArm())
                        : r instanceof HazardRatio hr ? "HR " + armKey(hr.getExperimental()) + " vs " + armKey(hr.getComparator()) : r.eClass().getName();
                for (EReference feature : r.eClass().getEAllContainments()) {
                    EObject content = (EObject) r.eGet(feature);
                    if (content instanceof Value value) {
                        values.put(row + " \u00b7 " + side + " \u00b7 " + feature.getName(),
                                value.getNumber() == null ? null : value.getNumber().toPlainString());
                    }
                }
            }
        }
        return values;
    }

    /** Each domain's and the overall judgement of each assessment, keyed by tool, result and domain. */
    private Map<String, String> judgements(Extraction e) {
        Map<String, String> values = new TreeMap<>();
        for (RiskOfBiasAssessment assessment : e.getAssessments()) {
            OutcomeMeasurement m = assessment.getMeasurement();
            String thing = assessment.getTool() + (m == null ? "" : " \u00b7 " + (m.getOutcome() == null ? "?" : m.getOutcome().getId()) + " \u00b7 "
                    + normal(Objects.toString(m.getPopulation(), "")));
            RiskOfBiasTool tool = tools.find(assessment.getTool()).orElse(null);
            AssessmentEdits.finals(assessment).forEach((domain, level) -> values.put(thing + " \u00b7 "
                    + (tool == null ? domain : tool.domain(domain).map(d -> d.caption()).orElse(domain)), level));
            if (assessment.getOverall() != null && !assessment.getOverall().isEmpty()) {
                values.put(thing + " \u00b7 overall", assessment.getOverall());
            }
        }
        return values;
    }
}
