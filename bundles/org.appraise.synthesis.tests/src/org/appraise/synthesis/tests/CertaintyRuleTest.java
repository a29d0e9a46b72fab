package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.certainty.Certainty;
import org.appraise.core.certainty.CertaintyRule;
import org.junit.jupiter.api.Test;

/** GRADE's rule over every combination of evidence and ratings, against GRADE's arithmetic written out here. */
class CertaintyRuleTest {

    private static final List<String> DOWN = List.of("RISK_OF_BIAS", "INCONSISTENCY", "INDIRECTNESS", "IMPRECISION", "PUBLICATION_BIAS");
    private static final List<String> UP = List.of("LARGE_EFFECT", "DOSE_RESPONSE", "CONFOUNDING");
    private static final List<String> DOWN_RATINGS = List.of("NOT_SERIOUS", "SERIOUS", "VERY_SERIOUS");
    private static final List<String> UP_RATINGS = List.of("NONE", "ONE", "TWO");
    private static final List<String> LEVELS = List.of("VERY_LOW", "LOW", "MODERATE", "HIGH");

    private final CertaintyRule rule = CertaintyRule.grade();

    @Test
    void everyCombinationGivesGradesLevelOrSaysWhyNot() {
        int checked = 0;
        for (String evidence : List.of("RANDOMISED", "NON_RANDOMISED", "NON_RANDOMISED_ROBINS_I")) {
            int start = evidence.equals("NON_RANDOMISED") ? 1 : 3;
            for (int downs = 0; downs < 243; downs++) {
                for (int ups = 0; ups < 27; ups++) {
                    Map<String, String> ratings = new HashMap<>();
                    int level = start;
                    int d = downs;
                    for (String domain : DOWN) {
                        ratings.put(domain, DOWN_RATINGS.get(d % 3));
                        level -= d % 3;
                        d /= 3;
                    }
                    int u = ups;
                    boolean refused = false;
                    for (String domain : UP) {
                        int steps = u % 3;
                        u /= 3;
                        ratings.put(domain, UP_RATINGS.get(steps));
                        refused |= steps > 0 && (evidence.equals("RANDOMISED") || (steps > 1 && !domain.equals("LARGE_EFFECT")));
                        level += steps;
                    }
                    Certainty certainty = rule.apply(evidence, ratings);
                    if (refused) {
                        assertNull(certainty.level(), evidence + " " + ratings);
                        assertTrue(!certainty.problems().isEmpty());
                    } else {
                        assertEquals(LEVELS.get(Math.max(0, Math.min(3, level))), certainty.level(), evidence + " " + ratings);
                        assertEquals(List.of(), certainty.problems());
                    }
                    checked++;
                }
            }
        }
        assertEquals(3 * 243 * 27, checked);
    }

    @Test
    void aLevelNeedsEveryDownwardDomainRatedAndTheEvidenceStated() {
        Map<String, String> ratings = new HashMap<>(Map.of("RISK_OF_BIAS", "SERIOUS", "INCONSISTENCY", "NOT_SERIOUS", "INDIRECTNESS", "NOT_SERIOUS",
                "IMPRECISION", "SERIOUS"));
        Certainty certainty = rule.apply("NON_RANDOMISED_ROBINS_I", ratings);
        assertNull(certainty.level());
        assertEquals(List.of("Publication bias is not rated"), certainty.problems());
        ratings.put("PUBLICATION_BIAS", "NOT_SERIOUS");
        assertEquals("LOW", rule.apply("NON_RANDOMISED_ROBINS_I", ratings).level(), "ROBINS-I starts high: two levels down");
        assertEquals("\u2295\u2295\u25EF\u25EF Low", rule.apply("NON_RANDOMISED_ROBINS_I", ratings).symbols());
        assertEquals(List.of("the kind of evidence is not stated"), rule.apply(null, ratings).problems());
        ratings.put("IMPRECISION", "TERRIBLE");
        assertTrue(rule.apply("RANDOMISED", ratings).problems().get(0).startsWith("Imprecision is rated 'TERRIBLE'"));
    }
}
