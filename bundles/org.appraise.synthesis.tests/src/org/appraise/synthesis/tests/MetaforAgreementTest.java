package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Appraise's pooling equals metafor's on the fixtures metafor itself wrote ({@code metafor/reference.R}): the corner
 * cases (one and two studies, zero cells, double zeros, all events, tau^2 = 0, large heterogeneity) and 200 random data
 * sets per kind, for every measure, method, test and zero-cell rule; every estimate, CI, p, tau^2 and its interval,
 * I^2, H^2, Q, prediction interval, study effect and weight within 1e-6.
 */
final class MetaforAgreementTest {

    static final Path FIXTURES = Path.of(System.getProperty("appraise.repo", "../.."), "bundles/org.appraise.synthesis.tests/fixtures/metafor");

    @Test
    void everyValueEqualsMetaforsOnTheCommittedFixtures() throws IOException {
        MetaforReference reference = new MetaforReference(FIXTURES);
        assertTrue(reference.cases.size() > 200 * 3 * 7, "the fixtures hold " + reference.cases.size() + " analyses");
        List<String> differences = Agreement.differences(reference);
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.write(Path.of("target/metafor-differences.txt"), differences);
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
                differences.size() + " value(s) differ from metafor " + reference.version);
    }
}
