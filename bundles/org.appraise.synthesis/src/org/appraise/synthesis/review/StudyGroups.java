package org.appraise.synthesis.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.synthesis.Comparisons.Comparison;
import org.appraise.model.CharacteristicKind;
import org.appraise.model.StudyDesign;
import org.appraise.synthesis.StudyData;

/**
 * The subgroups of an analysis' studies by what the reviewers recorded of each: the overall risk-of-bias judgement
 * ({@code RISK_OF_BIAS}, in the tool's order, "NOS (cohort): Good", the studies not assessed last), the design ({@code DESIGN}), or a characteristic
 * ({@code COUNTRY}, {@code SETTING}... its text as recorded, "Not reported" when it is not), read from the extraction
 * the study's numbers come from.
 */
final class StudyGroups {

    static final String RISK_OF_BIAS = "RISK_OF_BIAS";
    static final String DESIGN = "DESIGN";

    private StudyGroups() {
    }

    /** @throws IllegalArgumentException naming the groupings there are, when the key is none of them */
    static Map<String, List<StudyData>> of(String key, List<StudyData> studies, Map<String, Comparison<?>> rows, Optional<AnalysisRiskOfBias> rob,
            String robNote) {
        String by = key.strip().toUpperCase(Locale.ROOT);
        Map<String, List<StudyData>> groups = new LinkedHashMap<>();
        if (by.equals(RISK_OF_BIAS)) {
            AnalysisRiskOfBias judged = rob.orElseThrow(() -> new IllegalArgumentException("subgroups by risk of bias: " + robNote));
            List<StudyData> ordered = new ArrayList<>(studies);
            ordered.sort(Comparator.comparingInt(s -> judged.overall(s.label()).map(l -> judged.tool().severity(l.id())).orElse(Integer.MAX_VALUE)));
            for (StudyData study : ordered) {
                String name = judged.overall(study.label()).map(l -> judged.tool().shortName() + ": " + l.label())
                        .orElse("Not assessed with " + judged.tool().shortName());
                groups.computeIfAbsent(name, n -> new ArrayList<>()).add(study);
            }
            return groups;
        }
        Optional<CharacteristicKind> kind = Optional.ofNullable(CharacteristicKind.get(by));
        if (!by.equals(DESIGN) && kind.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' is not a way to group studies (RISK_OF_BIAS, DESIGN, or a characteristic: "
                    + String.join(", ", CharacteristicKind.VALUES.stream().map(CharacteristicKind::getName).toList()) + ")");
        }
        for (StudyData study : studies) {
            Comparison<?> row = rows.get(study.label());
            String name = by.equals(DESIGN) ? design(row.source().getDesign()) : characteristic(row, kind.get());
            groups.computeIfAbsent(name, n -> new ArrayList<>()).add(study);
        }
        return groups;
    }

    private static String design(StudyDesign design) {
        if (design == null || design == StudyDesign.UNSPECIFIED) {
            return "Design not recorded";
        }
        String words = design.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String characteristic(Comparison<?> row, CharacteristicKind kind) {
        List<String> texts = row.source().getCharacteristics().stream().filter(c -> c.getKind() == kind && c.getText() != null && !c.getText().isBlank())
                .map(c -> c.getText().strip()).distinct().toList();
        String name = kind.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        return texts.isEmpty() ? Character.toUpperCase(name.charAt(0)) + name.substring(1) + " not reported" : String.join("; ", texts);
    }
}
