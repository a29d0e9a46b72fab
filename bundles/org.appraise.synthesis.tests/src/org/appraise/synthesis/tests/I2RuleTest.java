package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.appraise.synthesis.I2Rule;
import org.appraise.synthesis.MetaAnalysis;
import org.appraise.synthesis.Pooled;
import org.appraise.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

/**
 * RevMan 5's I² (from Q: max(0, (Q - df) / Q), H² = Q / df, no intervals) on every random-effects analysis of the
 * metafor fixtures, computed from metafor's own Q; everything else stays metafor's. With DerSimonian-Laird both rules
 * give the same I².
 */
final class I2RuleTest {

    @Test
    void revmansI2IsTheQBasedOneOfMetaforsQAndNothingElseChanges() throws IOException {
        MetaforReference reference = new MetaforReference(MetaforAgreementTest.FIXTURES);
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (MetaforReference.Case c : reference.cases) {
            if (c.failed() || !c.settings().method().random()) {
                continue;
            }
            MetaAnalysis metafor = Synthesis.pool(reference.sets.get(c.set()), c.settings());
            MetaAnalysis revman = Synthesis.pool(reference.sets.get(c.set()), c.settings().withI2(I2Rule.REVMAN));
            if (metafor.pooled().isEmpty()) {
                continue;
            }
            Pooled m = metafor.pooled().get();
            Pooled r = revman.pooled().orElseThrow();
            double q = c.values().get("q");
            int df = r.qDf();
            double expected = df > 0 && q > 0 ? Math.max(0, 100 * (q - df) / q) : 0;
            if (Math.abs(expected - r.i2()) > 1e-6 * Math.max(1, expected)) {
                differences.add(c + ": I2 " + r.i2() + " instead of " + expected);
            }
            if (df > 0 && Math.abs(q / df - r.h2()) > 1e-6 * Math.max(1, q / df)) {
                differences.add(c + ": H2 " + r.h2() + " instead of " + q / df);
            }
            if (r.i2Interval().isPresent() || m.estimate() != r.estimate() || m.tau2() != r.tau2() || m.se() != r.se()) {
                differences.add(c + ": more than I2 changed");
            }
            if (c.settings().method() == org.appraise.synthesis.PoolingMethod.DL && Math.abs(m.i2() - r.i2()) > 1e-9) {
                differences.add(c + ": DerSimonian-Laird's I2 differs between the rules");
            }
            checked++;
        }
        assertTrue(checked > 1000, checked + " analyses checked");
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), differences.size() + " differences");
    }
}
