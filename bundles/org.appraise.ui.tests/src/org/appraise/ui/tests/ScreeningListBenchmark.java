package org.appraise.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: the screening part on a search of 100,000 records in the real workbench: showing the list,
 * changing the filter, deciding a record (a command, the state recomputed, the list refreshed) and
 * scrolling a screen at a time. Run with {@code xvfb-run -a ./mvnw -B verify -Pbench}; the figures go to
 * {@code target/benchmarks/screening-list.txt} and the README. Nothing is asserted.
 */
final class ScreeningListBenchmark {

    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void screenAHundredThousandRecords() throws Exception {
        Review review = CREATE.createReview();
        review.setId("bench");
        review.setTitle("100,000 records");
        for (String id : new String[] { "ab", "cd" }) {
            Reviewer reviewer = CREATE.createReviewer();
            reviewer.setId(id);
            review.getReviewers().add(reviewer);
        }
        ImportBatch batch = CREATE.createImportBatch();
        batch.setId("big");
        batch.setSourceDatabase("Embase");
        review.getImportBatches().add(batch);
        for (int i = 0; i < 100_000; i++) {
            Reference reference = CREATE.createReference();
            reference.setId(String.format(Locale.ROOT, "r%06d", i));
            reference.setTitle("Record " + i + ": anti-PD-1 combination therapy in advanced hepatocellular carcinoma, cohort " + (i % 97));
            reference.setYear(2000 + i % 25);
            reference.setBatch(batch);
            review.getReferences().add(reference);
        }
        ReviewFolder.create(temp.resolve("review"), review);
        ReviewSession open = ReviewSession.open(temp.resolve("review"));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(open);
        long start = System.nanoTime();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.SCREENING);
        WorkbenchSmokeTest.settle();
        double show = (System.nanoTime() - start) / 1e6;
        Table table = WorkbenchSmokeTest.find(shell, Table.class, "screening-records");
        Combo filter = WorkbenchSmokeTest.find(shell, Combo.class, "screening-filter");
        double[] filters = new double[5];
        for (int i = 0; i < filters.length; i++) {
            long t = System.nanoTime();
            filter.select(i % 2);
            filter.notifyListeners(SWT.Selection, new Event());
            while (shell.getDisplay().readAndDispatch()) {
                // paint
            }
            filters[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] decisions = new double[20];
        for (int i = 0; i < decisions.length; i++) {
            table.setSelection(i);
            Event key = new Event();
            key.character = i % 3 == 0 ? 'i' : 'e';
            key.doit = true;
            long t = System.nanoTime();
            table.notifyListeners(SWT.KeyDown, key);
            while (shell.getDisplay().readAndDispatch()) {
                // paint
            }
            decisions[i] = (System.nanoTime() - t) / 1e6;
        }
        // what the workbench does once the reviewer pauses: a copy of the unsaved decisions, kept outside the folder
        double[] keeps = new double[3];
        for (int i = 0; i < keeps.length; i++) {
            long k = System.nanoTime();
            open.keepUnsaved();
            keeps[i] = (System.nanoTime() - k) / 1e6;
        }
        open.dropOwnCopy();
        int screen = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        long t = System.nanoTime();
        int steps = 200;
        for (int i = 0; i < steps; i++) {
            table.setTopIndex(i * 497 % (table.getItemCount() - screen));
            while (shell.getDisplay().readAndDispatch()) {
                // paint the rows that came into view
            }
        }
        double scroll = (System.nanoTime() - t) / 1e6 / steps;
        String result = String.format(Locale.ROOT,
                "screening list, %,d records: showing the part %.0f ms; changing the filter median %.0f ms; a decision (command, state, refresh) median %.0f ms"
                        + " (worst %.0f); jumping a screen %.1f ms; keeping a copy of the unsaved edits median %.0f ms; %d cores%n",
                table.getItemCount(), show, median(filters), median(decisions), Arrays.stream(decisions).max().orElse(0), scroll, median(keeps),
                Runtime.getRuntime().availableProcessors());
        Path out = WorkbenchSmokeTest.REPO.resolve("bundles/org.appraise.ui.tests/target/benchmarks/screening-list.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.print(result);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findViewReference(ReviewPerspective.SCREENING));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
