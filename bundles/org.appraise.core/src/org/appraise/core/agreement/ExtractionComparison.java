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
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Two reviewers' extractions of one study compared field by field, in the reviewer's terms: design, study
 * details and PICO (text, compared without case and spacing differences), arms and their sizes, every result
 * value (matched by outcome, criteria, time point, population and arm, numbers compared exactly), and the
 * risk-of-bias judgements of the same tool for the same result. A field one reviewer recorded and the other
 * did not is a disagreement too.
 */
public final class ExtractionComparison {

    /**
     * One field of both extractions: its group, what it is, each reviewer's value, whether they agree, and the
     * model elements behind each value (a Value, PICO elements or study details of one kind, the extraction for
     * its design, an assessment), empty where the reviewer recorded nothing.
     */
    public record Field(String group, String key, String first, String second, boolean agree, List<EObject> firstElements,
            List<EObject> secondElements) {

        /** The quotes each side's value was taken from (the elements' sources). */
        public List<org.appraise.model.Annotation> quotes(boolean first) {
            List<org.appraise.model.Annotation> quotes = new ArrayList<>();
            for (EObject element : first ? firstElements : secondElements) {
                EStructuralFeature sources = element.eClass().getEStructuralFeature("sources");
                if (sources != null) {
                    for (Object quote : (List<?>) element.eGet(sources)) {
                        quotes.add((org.appraise.model.Annotation) quote);
                    }
                }
            }
            return quotes;
        }
    }

    /** A value as compared, with the elements it was read from. */
    record Entry(String value, List<EObject> elements) {
        Entry merge(Entry other) {
            List<EObject> all = new ArrayList<>(elements);
            all.addAll(other.elements);
            return new Entry(value + "; " + other.value, all);
        }
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
        Map<String, Map<String, Entry>> a = entries(first);
        Map<String, Map<String, Entry>> b = entries(second);
        for (String group : a.keySet()) {
            pairs(fields, group, a.get(group), b.get(group), group.equals(DETAILS) || group.equals(PICO));
        }
        return fields;
    }

    /** Every compared value of an extraction, by group and key. */
    Map<String, Map<String, Entry>> entries(Extraction e) {
        Map<String, Map<String, Entry>> groups = new LinkedHashMap<>();
        Map<String, Entry> design = new TreeMap<>();
        if (e.getDesign() != null) {
            design.put("design", new Entry(e.getDesign().getLiteral(), List.of(e)));
        }
        groups.put(DESIGN, design);
        groups.put(DETAILS, details(e));
        groups.put(PICO, pico(e));
        groups.put(ARMS, arms(e));
        groups.put(RESULTS, results(e));
        groups.put(RISK_OF_BIAS, judgements(e));
        return groups;
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

    private static void pairs(List<Field> fields, String group, Map<String, Entry> first, Map<String, Entry> second, boolean text) {
        Map<String, String> keys = new TreeMap<>();
        first.keySet().forEach(k -> keys.put(k, k));
        second.keySet().forEach(k -> keys.put(k, k));
        for (String key : keys.keySet()) {
            Entry a = first.get(key);
            Entry b = second.get(key);
            fields.add(field(group, key, a == null ? null : a.value(), b == null ? null : b.value(), text, a == null ? List.of() : a.elements(),
                    b == null ? List.of() : b.elements()));
        }
    }

    /** Whether two values of a group are the same, as the comparison judges them. */
    static boolean same(String group, String first, String second) {
        return field(group, "", first, second, group.equals(DETAILS) || group.equals(PICO), List.of(), List.of()).agree();
    }

    private static Field field(String group, String key, String first, String second, boolean text, List<EObject> firstElements,
            List<EObject> secondElements) {
        boolean agree;
        if (first == null || second == null) {
            agree = first == null && second == null;
        } else if (text) {
            agree = normal(first).equals(normal(second));
        } else {
            agree = sameNumberOrText(first, second);
        }
        return new Field(group, key, first == null ? MISSING : first, second == null ? MISSING : second, agree, firstElements, secondElements);
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

    private static Map<String, Entry> details(Extraction e) {
        Map<String, Entry> values = new TreeMap<>();
        for (Characteristic c : e.getCharacteristics()) {
            values.merge(c.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), new Entry(c.getText() == null ? "" : c.getText(), List.of(c)),
                    Entry::merge);
        }
        return values;
    }

    private static Map<String, Entry> pico(Extraction e) {
        Map<String, Entry> values = new TreeMap<>();
        for (PicoElement p : e.getPico()) {
            values.merge(p.getKind().getLiteral().toLowerCase(Locale.ROOT), new Entry(p.getText() == null ? "" : p.getText(), List.of(p)), Entry::merge);
        }
        return values;
    }

    private static Map<String, Entry> arms(Extraction e) {
        Map<String, Entry> values = new TreeMap<>();
        for (Arm arm : e.getArms()) {
            for (GroupSize size : arm.getGroupSizes()) {
                values.put(armKey(arm) + " \u00b7 n (" + normal(size.getPopulation() == null ? "" : size.getPopulation()) + ")",
                        new Entry(size.getN() == null || size.getN().getNumber() == null ? null : size.getN().getNumber().toPlainString(),
                                size.getN() == null ? List.of(size) : List.of(size.getN())));
            }
        }
        return values;
    }

    private static String armKey(Arm arm) {
        return arm == null ? "?" : normal(arm.getLabel() == null ? arm.getId() : arm.getLabel());
    }

    /** The key of a result row: outcome, criteria, time point and population. */
    static String rowKey(OutcomeMeasurement m) {
        return (m.getOutcome() == null ? "?" : m.getOutcome().getId()) + " \u00b7 " + normal(Objects.toString(m.getCriteria(), ""))
                + " \u00b7 " + normal(Objects.toString(m.getTimepoint(), "")) + " \u00b7 " + normal(Objects.toString(m.getPopulation(), ""));
    }

    /** The key of a result within its row: its arm, or the arms it compares. */
    static String sideKey(Result r) {
        return r instanceof ArmResult a ? armKey(a.getArm())
                : r instanceof HazardRatio hr ? "HR " + armKey(hr.getExperimental()) + " vs " + armKey(hr.getComparator()) : r.eClass().getName();
    }

    /** Every value of every result, keyed by what it is. */
    private static Map<String, Entry> results(Extraction e) {
        Map<String, Entry> values = new TreeMap<>();
        for (OutcomeMeasurement m : e.getMeasurements()) {
            String row = rowKey(m);
            for (Result r : m.getResults()) {
                String side = sideKey(r);
                for (EReference feature : r.eClass().getEAllContainments()) {
                    EObject content = (EObject) r.eGet(feature);
                    if (content instanceof Value value) {
                        values.put(row + " \u00b7 " + side + " \u00b7 " + feature.getName(),
                                new Entry(value.getNumber() == null ? null : value.getNumber().toPlainString(), List.of(value)));
                    }
                }
            }
        }
        return values;
    }

    /** Each domain's and the overall judgement of each assessment, keyed by tool, result and domain. */
    private Map<String, Entry> judgements(Extraction e) {
        Map<String, Entry> values = new TreeMap<>();
        for (RiskOfBiasAssessment assessment : e.getAssessments()) {
            OutcomeMeasurement m = assessment.getMeasurement();
            String thing = assessment.getTool() + (m == null ? "" : " \u00b7 " + (m.getOutcome() == null ? "?" : m.getOutcome().getId()) + " \u00b7 "
                    + normal(Objects.toString(m.getPopulation(), "")));
            RiskOfBiasTool tool = tools.find(assessment.getTool()).orElse(null);
            AssessmentEdits.finals(assessment).forEach((domain, level) -> values.put(thing + " \u00b7 "
                    + (tool == null ? domain : tool.domain(domain).map(d -> d.caption()).orElse(domain)), new Entry(level, List.of(assessment))));
            if (assessment.getOverall() != null && !assessment.getOverall().isEmpty()) {
                values.put(thing + " \u00b7 overall", new Entry(assessment.getOverall(), List.of(assessment)));
            }
        }
        return values;
    }
}
