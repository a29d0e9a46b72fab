package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;

import org.appraise.io.json.ReviewFolder;
import org.appraise.io.json.internal.FileContent;
import org.appraise.io.json.internal.WrittenFiles;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a review renders each file only when this build of the writer has not made (or checked) those very bytes
 * before: the record of what it wrote lives in the user's cache. Saves still write exactly the files the reviewer
 * changed, a file Appraise would write differently (schema 1) is still left alone until a record in it changes, and a
 * record that wrongly names a file can only make a save rewrite it, never lose a change.
 */
final class WrittenFilesTest {

    private static final Path SCHEMA_ONE = RawFieldsTest.SCHEMA_ONE;
    private static final String EMBASE = "references/batch-embase-2021-06.json";

    @TempDir
    Path temp;

    @Test
    void whatThisBuildWroteIsNotRenderedAgainAndSavesStillWriteOnlyWhatChanged() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        Path cache = temp.resolve("cache");

        // first opening: every file rendered; those the writer would write to the byte are recorded
        ReviewFolder first = ReviewFolder.open(root, WrittenFiles.in(cache));
        assertEquals(List.of(), first.save().written());
        Path record = onlyRecord(cache);
        assertTrue(recorded(record).contains(digest(root.resolve(EMBASE))), "the sample's files are this build's own");

        // second opening trusts the record; an edit is still written, and only its file
        ReviewFolder second = ReviewFolder.open(root, WrittenFiles.in(cache));
        Reference record1 = reference(second, "batch-embase-2021-06-00001");
        record1.setTitle(record1.getTitle() + " (corrected)");
        assertEquals(List.of(EMBASE), second.save().written());
        assertTrue(recorded(record).contains(digest(root.resolve(EMBASE))), "what a save writes is recorded");
        assertEquals(List.of(), ReviewFolder.open(root, WrittenFiles.in(cache)).save().written(), "and reopens unchanged");
    }

    @Test
    void aFileTheWriterWouldWriteOtherwiseIsNeverRecordedAndStaysAsItIs() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        Files.copy(SCHEMA_ONE.resolve("batch-embase-2021-06.json"), root.resolve(EMBASE), StandardCopyOption.REPLACE_EXISTING);
        String schemaOne = Files.readString(root.resolve(EMBASE));
        Path cache = temp.resolve("cache");
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of(), ReviewFolder.open(root, WrittenFiles.in(cache)).save().written());
        }
        assertEquals(schemaOne, Files.readString(root.resolve(EMBASE)), "schema 1 migrates only when a record in it changes");
        assertFalse(recorded(onlyRecord(cache)).contains(digest(root.resolve(EMBASE))));
    }

    @Test
    void aRecordThatWronglyNamesAFileMakesASaveRewriteItAndLosesNothing() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        Files.copy(SCHEMA_ONE.resolve("batch-embase-2021-06.json"), root.resolve(EMBASE), StandardCopyOption.REPLACE_EXISTING);
        Path cache = temp.resolve("cache");
        ReviewFolder.open(root, WrittenFiles.in(cache));
        Path record = onlyRecord(cache);
        // edited by hand: the schema 1 file named as this build's, then a line cut short by a crash
        Files.writeString(record, digest(root.resolve(EMBASE)) + "\n" + "0123abcd\n", StandardOpenOption.APPEND);

        ReviewFolder trusting = ReviewFolder.open(root, WrittenFiles.in(cache));
        List<String> titles = trusting.review().getReferences().stream().map(Reference::getTitle).toList();
        assertEquals(List.of(EMBASE), trusting.save().written(), "trusted, so the writer's own form is written");
        assertTrue(Files.readString(root.resolve(EMBASE)).contains("\"schemaVersion\": 2"));
        ReviewFolder reopened = ReviewFolder.open(root, WrittenFiles.none());
        assertEquals(List.of(), reopened.problems());
        assertEquals(titles, reopened.review().getReferences().stream().map(Reference::getTitle).toList(), "every record as it was");
        assertEquals(List.of(), reopened.save().written());
    }

    @Test
    void noCacheFolderMeansEveryFileIsRenderedAsBefore() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "");
        ReviewFolder folder = ReviewFolder.open(root, WrittenFiles.in(notAFolder));
        Reference first = reference(folder, "batch-embase-2021-06-00001");
        first.setTitle(first.getTitle() + " (corrected)");
        assertEquals(List.of(EMBASE), folder.save().written());
    }

    private static Path onlyRecord(Path cache) throws IOException {
        try (var files = Files.list(cache)) {
            List<Path> records = files.filter(p -> p.getFileName().toString().startsWith("written-")).toList();
            assertEquals(1, records.size(), "one record per build: " + records);
            return records.get(0);
        }
    }

    private static List<String> recorded(Path record) throws IOException {
        return Files.readAllLines(record);
    }

    private static String digest(Path file) throws IOException {
        return HexFormat.of().formatHex(FileContent.of(Files.readAllBytes(file)).digest());
    }

    private static Reference reference(ReviewFolder folder, String id) {
        return folder.review().getReferences().stream().filter(r -> id.equals(r.getId())).findFirst().orElseThrow();
    }
}
