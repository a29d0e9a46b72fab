package org.appraise.synthesis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * metafor itself as the oracle: when R and metafor are installed (Debian: {@code apt-get install r-cran-metafor}),
 * runs {@code metafor/reference.R} afresh and compares the engine with every value it writes. Skips, saying so, when
 * Rscript or metafor is missing; the committed fixtures are then checked by {@link MetaforAgreementTest}.
 */
final class MetaforOracleTest {

    @TempDir
    Path temp;

    @Test
    void everyValueEqualsWhatMetaforWritesNow() throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("appraise.repo", "../.."));
        assumeTrue(metaforInstalled(), "Rscript with metafor is not installed (apt-get install r-cran-metafor): metafor not run, "
                + "the committed fixtures are compared instead");
        Process r = new ProcessBuilder("Rscript", repository.resolve("bundles/org.appraise.synthesis.tests/metafor/reference.R").toString(),
                temp.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("R.log").toFile()).start();
        assertEquals(true, r.waitFor(15, TimeUnit.MINUTES), "reference.R ran within 15 minutes");
        assertEquals(0, r.exitValue(), Files.readString(temp.resolve("R.log")));
        MetaforReference reference = new MetaforReference(temp);
        List<String> differences = Agreement.differences(reference);
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
                differences.size() + " value(s) differ from metafor " + reference.version + " run now");
    }

    private static boolean metaforInstalled() {
        try {
            Process check = new ProcessBuilder("Rscript", "-e", "suppressPackageStartupMessages(library(metafor))").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
