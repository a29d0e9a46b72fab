package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.synthesis.EffectMeasure;
import org.appraise.synthesis.PoolingMethod;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Sensitivity;
import org.appraise.synthesis.Settings;
import org.appraise.synthesis.StudyData;
import org.junit.jupiter.api.Test;

/**
 * Subgroups pooled apart and the test for subgroup differences, on the BCG trials (Colditz 1994, metafor's dat.bcg)
 * by method of allocation; the expected values are metafor 3.8-1's: {@code rma(measure = "RR", method = "REML")} per
 * subgroup, then {@code rma(yi, sei, method = "FE")$QE} over the subgroups' estimates.
 */
final class SubgroupsTest {

    private static StudyData.Dichotomous trial(String label, int tpos, int tneg, int cpos, int cneg) {
        return new StudyData.Dichotomous(label, tpos, tpos + tneg, cpos, cpos + cneg);
    }

    @Test
    void theBcgTrialsByAllocationEqualMetafor() {
        Map<String, List<StudyData>> groups = new LinkedHashMap<>();
        groups.put("random", List.of(trial("Aronson 1948", 4, 119, 11, 128), trial("Ferguson & Simes 1949", 6, 300, 29, 274),
                trial("Rosenthal et al 1960", 3, 228, 11, 209), trial("Hart & Sutherland 1977", 62, 13536, 248, 12619),
                trial("Vandiviere et al 1973", 8, 2537, 10, 619), trial("TPT Madras 1980", 505, 87886, 499, 87892),
                trial("Coetzee & Berjak 1968", 29, 7470, 45, 7232)));
        groups.put("alternate", List.of(trial("Frimodt-Moller et al 1973", 33, 5036, 47, 5761), trial("Stein & Aronson 1953", 180, 1361, 372, 1079)));
        groups.put("systematic", List.of(trial("Rosenthal et al 1961", 17, 1699, 65, 1600), trial("Comstock et al 1974", 186, 50448, 141, 27197),
                trial("Comstock & Webster 1969", 5, 2493, 3, 2338), trial("Comstock et al 1976", 27, 16886, 29, 17825)));
        Sensitivity.Subgroups subgroups = Sensitivity.subgroups(groups, Settings.of(EffectMeasure.RR, PoolingMethod.REML));
        double[][] expected = { { -0.970964704263, 0.275956102973, 0.392528006901 }, { -0.540792961849, 0.281601613104, 0.132577039878 },
                { -0.424207391511, 0.359745232433, 0.400345880175 } };
        int i = 0;
        for (String name : groups.keySet()) {
            Pooled p = subgroups.groups().get(name).pooled().orElseThrow();
            assertEquals(expected[i][0], p.estimate(), 1e-9, name);
            assertEquals(expected[i][1], p.se(), 1e-9, name);
            assertEquals(expected[i][2], p.tau2(), 1e-9, name);
            i++;
        }
        assertEquals(1.86144494615, subgroups.q(), 1e-9);
        assertEquals(2, subgroups.df());
        assertEquals(0.394268758886, subgroups.p(), 1e-9);
    }

    @Test
    void oneSubgroupWithAnEstimateGivesNoTest() {
        Sensitivity.Subgroups subgroups = Sensitivity.subgroups(Map.of("only", List.of(new StudyData.Generic("A", 0.1, 0.2))),
                Settings.of(EffectMeasure.GIV, PoolingMethod.FE));
        assertTrue(Double.isNaN(subgroups.q()) && subgroups.df() == 0);
    }
}
