package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large search in files git hosts accept: a batch of 4,500 records is saved as its file and two parts of at most
 * 2,000 records each, read back whole with every record in its batch; a change to one record rewrites only its part;
 * a batch file written before parts existed (4,500 records in one file) is split at the next save, once.
 */
final class ReferencePartsTest {

    @TempDir
    Path temp;

    @Test
    void aLargeBatchIsSavedInPartsAndReadBackWhole() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolder folder = ReviewFolder.create(root, review(4500));
        folder.save();
        assertEquals(List.of("batch-embase.json", "batch-embase-part-002.json", "batch-embase-part-003.json"), files(root));
        assertEquals(2000, count(root.resolve("references/batch-embase.json")));
        assertEquals(500, count(root.resolve("references/batch-embase-part-003.json")));

        ReviewFolder again = ReviewFolder.open(root);
        assertEquals(List.of(), again.problems());
        Review read = again.review();
        assertEquals(4500, read.getReferences().size());
        assertTrue(read.getReferences().stream().allMatch(r -> r.getBatch() == read.getImportBatches().get(0)), "every record in its batch");
        assertEquals("Title 4321", read.getReferences().get(4320).getTitle(), "in the order imported");

        read.getReferences().get(2500).setTitle("Title 2501, corrected");
        ReviewFolder.SaveReport report = again.save();
        assertEquals(List.of("references/batch-embase-part-002.json"), report.written(), "only the part that holds the record");
    }

    /** Cut short, a save never leaves a part whose records name a batch not on disk: the batch's file is written first. */
    @Test
    void aBatchsFileIsWrittenBeforeItsParts() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolder.create(root, review(10)).save();
        List<String> order = new java.util.ArrayList<>();
        org.appraise.io.json.internal.FileSink recording = new org.appraise.io.json.internal.FileSink() {
            private final org.appraise.io.json.internal.AtomicFileSink real = new org.appraise.io.json.internal.AtomicFileSink();

            @Override
            public void write(Path target, org.appraise.io.json.internal.FileContent content) throws IOException {
                order.add(root.relativize(target).toString());
                real.write(target, content);
            }

            @Override
            public void delete(Path target) throws IOException {
                order.add("delete " + root.relativize(target));
                real.delete(target);
            }
        };
        ReviewFolder folder = ReviewFolder.open(root, recording);
        Review review = folder.review();
        for (Reference added : review(4500).getReferences().subList(10, 4500).toArray(new Reference[0])) {
            added.setBatch(review.getImportBatches().get(0));
            review.getReferences().add(added);
        }
        folder.save();
        assertEquals(List.of("references/batch-embase.json", "references/batch-embase-part-002.json", "references/batch-embase-part-003.json"),
                order.stream().filter(f -> f.startsWith("references/")).toList());
        order.clear();
        review.getReferences().subList(2000, 4500).clear();
        folder.save();
        assertEquals(List.of("delete references/batch-embase-part-003.json", "delete references/batch-embase-part-002.json"), order,
                "parts go before their batch's file would");
    }

    @Test
    void aBatchFileFromBeforePartsIsSplitOnce() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolder.create(root, review(4500)).save();
        // one file of 4,500 records, as Appraise wrote before parts: the three files' lists joined
        StringBuilder joined = new StringBuilder();
        for (String part : List.of("batch-embase.json", "batch-embase-part-002.json", "batch-embase-part-003.json")) {
            String text = Files.readString(root.resolve("references").resolve(part));
            String list = text.substring(text.indexOf("\"references\": [") + "\"references\": [".length(), text.lastIndexOf(']'));
            joined.append(joined.length() == 0 ? "" : ",").append(list);
        }
        String first = Files.readString(root.resolve("references/batch-embase.json"));
        Files.writeString(root.resolve("references/batch-embase.json"),
                first.substring(0, first.indexOf("\"references\": [") + "\"references\": [".length()) + joined + "]\n}\n");
        Files.delete(root.resolve("references/batch-embase-part-002.json"));
        Files.delete(root.resolve("references/batch-embase-part-003.json"));
        assertEquals(4500, count(root.resolve("references/batch-embase.json")));

        ReviewFolder old = ReviewFolder.open(root);
        assertEquals(4500, old.review().getReferences().size());
        ReviewFolder.SaveReport split = old.save();
        assertEquals(List.of("references/batch-embase-part-002.json", "references/batch-embase-part-003.json", "references/batch-embase.json"),
                split.written(), "the old file and its two new parts");
        assertEquals(List.of("batch-embase.json", "batch-embase-part-002.json", "batch-embase-part-003.json"), files(root));
        assertEquals(2000, count(root.resolve("references/batch-embase.json")));
        assertEquals(4500, ReviewFolder.open(root).review().getReferences().size());
        assertEquals(List.of(), ReviewFolder.open(root).save().written(), "split once: the next save writes nothing");
    }

    /** Opening a large search says how far it is, a file at a time, and stops when cancelled; a small one says nothing. */
    @Test
    void openingALargeSearchReportsEachFileAndCanBeCancelled() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolder.create(root, review(10_001)).save();
        List<String> steps = new java.util.ArrayList<>();
        ReviewFolder opened = ReviewFolder.open(root, List.of(), progress(steps, 0));
        assertEquals(10_001, opened.review().getReferences().size());
        assertEquals(List.of("1/6 Reading references/batch-embase.json", "2/6 Reading references/batch-embase-part-002.json",
                "3/6 Reading references/batch-embase-part-003.json", "4/6 Reading references/batch-embase-part-004.json",
                "5/6 Reading references/batch-embase-part-005.json", "6/6 Reading references/batch-embase-part-006.json"), steps);

        steps.clear();
        assertThrows(java.util.concurrent.CancellationException.class, () -> ReviewFolder.open(root, List.of(), progress(steps, 2)));
        assertEquals(2, steps.size(), "stopped after the second file: " + steps);

        Path small = temp.resolve("small");
        ReviewFolder.create(small, review(4500)).save();
        steps.clear();
        ReviewFolder.open(small, List.of(), progress(steps, 0));
        assertEquals(List.of(), steps, "three files open in a blink: nothing to report");
    }

    private static org.appraise.core.Progress progress(List<String> steps, int cancelAfter) {
        return new org.appraise.core.Progress() {
            @Override
            public void worked(String task, int done, int total) {
                steps.add(done + "/" + total + " " + task);
            }

            @Override
            public boolean cancelled() {
                return cancelAfter > 0 && steps.size() >= cancelAfter;
            }
        };
    }

    private static Review review(int records) {
        AppraiseFactory create = AppraiseFactory.eINSTANCE;
        Review review = create.createReview();
        review.setId("big");
        review.setTitle("A large search");
        ImportBatch batch = create.createImportBatch();
        batch.setId("batch-embase");
        batch.setFile("embase.ris");
        batch.setFormat("RIS");
        batch.setRecordCount(records);
        review.getImportBatches().add(batch);
        for (int i = 1; i <= records; i++) {
            Reference reference = create.createReference();
            reference.setId("batch-embase-" + String.format("%05d", i));
            reference.setTitle("Title " + i);
            reference.setYear(2000 + i % 25);
            reference.setBatch(batch);
            RecordField field = create.createRecordField();
            field.setTag("TI");
            field.setValue("Title " + i);
            reference.getFields().add(field);
            review.getReferences().add(reference);
        }
        return review;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("references"))) {
            return files.map(p -> p.getFileName().toString()).sorted((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b))
                    .toList();
        }
    }

    private static int count(Path file) throws IOException {
        return (int) Files.readAllLines(file).stream().filter(l -> l.contains("\"id\": \"batch-embase-")).count();
    }
}
