package org.appraise.export.xlsx.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.appraise.core.Progress;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Arm;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports a review of 10,000 studies and 100,000 result rows (two arms x five outcomes per study) and
 * writes the time and the peak heap to {@code target/benchmarks/workbook-export.txt}; run with
 * {@code ./mvnw -B verify -Pbench}, which caps the heap at 512 MB. Nothing is asserted: the figures are
 * written down in the README.
 */
final class WorkbookExportBenchmark {

    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void exportTenThousandStudies() throws IOException {
        Review review = review(10_000, 5);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        long start = System.nanoTime();
        Path file = temp.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExtractionWorkbook(Instant.EPOCH).write(review, out, Progress.NONE);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String result = String.format(Locale.ROOT,
                "workbook export: 10,000 studies, 100,000 result rows, %d ms, file %.1f MB, heap in use before %.0f MB, peak heap %.0f MB (max %d MB), %d cores%n",
                millis, Files.size(file) / 1e6, before / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / (1 << 20),
                Runtime.getRuntime().availableProcessors());
        Path out = Path.of(System.getProperty("appraise.repo", "../.."), "bundles/org.appraise.export.xlsx.tests/target/benchmarks/workbook-export.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.print(result);
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** A review with the given number of two-arm studies, each with that many dichotomous outcome rows. */
    static Review review(int studies, int outcomes) {
        Review review = CREATE.createReview();
        review.setId("bench");
        review.setTitle("Benchmark review");
        Reviewer reviewer = CREATE.createReviewer();
        reviewer.setId("ab");
        review.getReviewers().add(reviewer);
        for (int o = 0; o < outcomes; o++) {
            OutcomeDefinition outcome = CREATE.createOutcomeDefinition();
            outcome.setId("o" + o);
            outcome.setName("Outcome " + o);
            review.getOutcomes().add(outcome);
        }
        for (int s = 0; s < studies; s++) {
            Study study = CREATE.createStudy();
            study.setId("s" + s);
            study.setLabel("Study " + s + " et al. " + (1990 + s % 35));
            Extraction extraction = CREATE.createExtraction();
            extraction.setId("s" + s + "--ab");
            extraction.setReviewer(reviewer);
            Arm[] arms = { arm("s" + s + "-e", "Experimental", 40 + s % 60), arm("s" + s + "-c", "Control", 38 + s % 57) };
            extraction.getArms().add(arms[0]);
            extraction.getArms().add(arms[1]);
            for (int o = 0; o < outcomes; o++) {
                OutcomeMeasurement m = CREATE.createOutcomeMeasurement();
                m.setId("s" + s + "-m" + o);
                m.setOutcome(review.getOutcomes().get(o));
                m.setPopulation("all randomised");
                for (Arm arm : arms) {
                    DichotomousResult d = CREATE.createDichotomousResult();
                    d.setId(m.getId() + "-" + arm.getId());
                    d.setArm(arm);
                    d.setEvents(value((s + o) % 30));
                    d.setTotal(value(arm.getGroupSizes().get(0).getN().getNumber().intValue()));
                    m.getResults().add(d);
                }
                extraction.getMeasurements().add(m);
            }
            study.getExtractions().add(extraction);
            review.getStudies().add(study);
        }
        return review;
    }

    private static Arm arm(String id, String label, int n) {
        Arm arm = CREATE.createArm();
        arm.setId(id);
        arm.setLabel(label);
        GroupSize size = CREATE.createGroupSize();
        size.setPopulation("all randomised");
        size.setN(value(n));
        arm.getGroupSizes().add(size);
        return arm;
    }

    private static Value value(int number) {
        Value value = CREATE.createValue();
        value.setNumber(BigDecimal.valueOf(number));
        return value;
    }
}
