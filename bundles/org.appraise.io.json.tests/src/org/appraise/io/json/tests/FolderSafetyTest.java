package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.appraise.io.json.LoadProblem;
import org.appraise.io.json.ReviewFolder;
import org.appraise.io.json.SaveRefusedException;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Report;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save never deletes or alters a file it did not mean to change (issue #19), on copies of the sample. */
final class FolderSafetyTest {

    @TempDir
    Path temp;

    @Test
    void twoBatchFilesWithOneIdLoseNothingWhenAnotherBatchIsImported() throws IOException {
        Path copy = sample();
        replace(copy.resolve("references/batch-embase-2021-06.json"), "\"id\": \"batch-embase-2021-06\",", "\"id\": \"batch-pubmed-2021-06\",");
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        assertTrue(problems(folder).stream().anyMatch(p -> p.startsWith("references/batch-pubmed-2021-06.json")
                && p.contains("id 'batch-pubmed-2021-06'") && p.contains("references/batch-embase-2021-06.json")), problems(folder).toString());
        int references = folder.review().getReferences().size();

        ImportBatch batch = AppraiseFactory.eINSTANCE.createImportBatch();
        batch.setId("batch-new");
        Reference added = AppraiseFactory.eINSTANCE.createReference();
        added.setId("batch-new-00001");
        added.setTitle("A new record");
        added.setBatch(batch);
        folder.review().getImportBatches().add(batch);
        folder.review().getReferences().add(added);
        ReviewFolder.SaveReport saved = folder.save();

        assertEquals(List.of("references/batch-new.json"), saved.written());
        assertEquals(List.of(), saved.deleted());
        Map<String, byte[]> after = files(copy);
        after.remove("references/batch-new.json");
        assertSame(before, after);
        assertEquals(references + 1, ReviewFolder.open(copy).review().getReferences().size(), "every record is still there");
    }

    @Test
    void aChangeToAFileWhoseIdIsUsedTwiceIsRefusedWhole() throws IOException {
        Path copy = sample();
        Files.copy(copy.resolve("screening/screening-ab.json"), copy.resolve("screening/screening-gh.json"));
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        assertTrue(problems(folder).stream().anyMatch(p -> p.startsWith("screening/screening-gh.json") && p.contains("'screening-ab'")),
                problems(folder).toString());
        folder.review().getScreening().get(0).getDecisions().remove(0);
        folder.review().getStudies().get(0).setLabel("renamed");
        SaveRefusedException refused = assertThrows(SaveRefusedException.class, folder::save);
        assertTrue(refused.getMessage().contains("screening/screening-ab.json") && refused.getMessage().contains("screening-gh.json"),
                refused.getMessage());
        assertSame(before, files(copy));
    }

    @Test
    void twoStudiesWithOneIdStayInTheirOwnFolders() throws IOException {
        Path copy = sample();
        replace(copy.resolve("studies/liu-2021/study.json"), "\"id\": \"liu-2021\"", "\"id\": \"li-2022\"");
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        assertFalse(folder.problems().isEmpty());
        Study tvgh = folder.review().getStudies().stream().filter(s -> s.getId().equals("tvgh-2016")).findFirst().orElseThrow();
        tvgh.setLabel("TVGH");
        assertEquals(List.of("studies/tvgh-2016/study.json"), folder.save().written());
        Map<String, byte[]> after = files(copy);
        before.remove("studies/tvgh-2016/study.json");
        after.remove("studies/tvgh-2016/study.json");
        assertSame(before, after);
    }

    @Test
    void aRecordWhoseBatchIsMissingStaysInItsFile() throws IOException {
        Path copy = sample();
        Path embase = copy.resolve("references/batch-embase-2021-06.json");
        String text = Files.readString(embase);
        int first = text.indexOf("\"batch\": \"batch-embase-2021-06\"", text.indexOf("\"references\""));
        Files.writeString(embase, text.substring(0, first) + "\"batch\": \"batch-gone\"" + text.substring(first + "\"batch\": \"batch-embase-2021-06\"".length()));
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        assertTrue(problems(folder).stream().anyMatch(p -> p.startsWith("references/batch-embase-2021-06.json") && p.contains("'batch-gone'")));
        folder.review().getStudies().get(0).setLabel("changed");
        assertEquals(List.of("studies/li-2022/study.json"), folder.save().written());
        assertFalse(Files.exists(copy.resolve("references/unbatched.json")));
        assertEquals(new String(before.get("references/batch-embase-2021-06.json"), StandardCharsets.UTF_8), Files.readString(embase));
    }

    @Test
    void valuesThatDoNotRoundTripAreLeftAsTheyAreOrNamed() throws IOException {
        Path copy = sample();
        Path ab = copy.resolve("studies/li-2022/li-2022--ab.json");
        replaceFirst(ab, "\"end\": 5149", "\"end\": null");
        Path cd = copy.resolve("studies/li-2022/li-2022--cd.json");
        replaceFirst(cd, "\"number\": ", "\"number\": 1e-400, \"x\": ");
        Path tvgh = copy.resolve("studies/tvgh-2016/tvgh-2016--ab.json");
        replaceFirst(tvgh, "\"number\": ", "\"number\": 1e999999999, \"x\": ");
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        List<String> problems = problems(folder);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("studies/li-2022/li-2022--cd.json") && p.contains("1E-400") && p.contains("out of range")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("studies/tvgh-2016/tvgh-2016--ab.json") && p.contains("out of range")),
                problems.toString());
        folder.review().getStudies().get(1).setLabel("changed");
        assertEquals(List.of("studies/liu-2021/study.json"), folder.save().written(), "\"end\": null is not rewritten as 0");
        Map<String, byte[]> after = files(copy);
        before.remove("studies/liu-2021/study.json");
        after.remove("studies/liu-2021/study.json");
        assertSame(before, after);
    }

    @Test
    void trailingContentBadUtf8AndBadHeadersAreNamedProblems() throws IOException {
        Path copy = sample();
        Files.writeString(copy.resolve("screening/screening-cd.json"), Files.readString(copy.resolve("screening/screening-cd.json")) + "{\"second\": 1}\n");
        byte[] ab = Files.readAllBytes(copy.resolve("screening/screening-ab.json"));
        int at = new String(ab, StandardCharsets.ISO_8859_1).indexOf("2021-06-14T09:00:00Z");
        ab[at] = (byte) 0xED;
        ab[at + 1] = (byte) 0xA0;
        ab[at + 2] = (byte) 0x80;
        Files.write(copy.resolve("screening/screening-ab.json"), ab);
        replace(copy.resolve("studies/liu-2021/liu-2021--ab.json"), "\"schemaVersion\": 1", "\"schemaVersion\": 0");
        replaceFirst(copy.resolve("screening/screening-consensus.json"), "\"stage\": \"TITLE_ABSTRACT\",", "");
        ReviewFolder folder = ReviewFolder.open(copy);
        List<String> problems = problems(folder);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("screening/screening-cd.json") && p.contains("not valid JSON")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("screening/screening-ab.json line 12, byte " + at) && p.contains("ED A0 80")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("studies/liu-2021/liu-2021--ab.json /schemaVersion")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("screening/screening-consensus.json") && p.contains("needs its stage")),
                problems.toString());
    }

    @Test
    void linksOutOfTheFolderAndLoopsAreNeitherReadNorWritten() throws IOException {
        Path copy = sample();
        Path outside = temp.resolve("outside");
        Files.move(copy.resolve("studies/tvgh-2016"), outside);
        Files.createSymbolicLink(copy.resolve("studies/tvgh-2016"), outside);
        Files.createSymbolicLink(copy.resolve("screening/loop.json"), copy.resolve("screening/loop.json"));
        Files.createDirectories(copy.resolve("references/folder.json"));
        String liReport = ReviewFolder.open(copy).review().getStudies().get(0).getReports().get(0).getFile();
        Path report = copy.resolve(liReport);
        Files.delete(report);
        Files.createSymbolicLink(report, Path.of("/etc/hostname"));
        Map<String, byte[]> outsideBefore = files(outside);

        ReviewFolder folder = ReviewFolder.open(copy);
        List<String> problems = problems(folder);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("studies/tvgh-2016") && p.contains("outside the review folder")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("screening/loop.json") && p.contains("loops")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("references/folder.json") && p.contains("a folder where a file belongs")),
                problems.toString());
        Report first = folder.review().getStudies().stream().flatMap(s -> s.getReports().stream())
                .filter(r -> r.getFile().equals(liReport)).findFirst().orElseThrow();
        IOException refused = assertThrows(IOException.class, () -> folder.readReport(first));
        assertTrue(refused.getMessage().contains("outside the review folder"), refused.getMessage());

        Study study = AppraiseFactory.eINSTANCE.createStudy();
        study.setId("tvgh-2016");
        folder.review().getStudies().add(study);
        SaveRefusedException notWritten = assertThrows(SaveRefusedException.class, folder::save);
        assertTrue(notWritten.getMessage().contains("studies/tvgh-2016/study.json"), notWritten.getMessage());
        assertSame(outsideBefore, files(outside));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotOverwritten() throws IOException {
        Path copy = sample();
        ReviewFolder folder = ReviewFolder.open(copy);
        Path study = copy.resolve("studies/li-2022/study.json");
        String theirs = Files.readString(study).replace("\"label\"", "\"label\"");
        Files.writeString(study, theirs + " ");
        folder.review().getStudies().get(0).setLabel("mine");
        SaveRefusedException refused = assertThrows(SaveRefusedException.class, folder::save);
        assertTrue(refused.getMessage().contains("changed on disk since it was read"), refused.getMessage());
        assertEquals(theirs + " ", Files.readString(study));
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedAtTheNextOpen() throws IOException, InterruptedException {
        Path copy = sample();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = copy.resolve("references/.batch-embase-2021-06.json." + gone.pid() + ".123456789.tmp");
        Files.writeString(leftover, "{ half a file");
        Path running = copy.resolve("studies/li-2022/.study.json." + ProcessHandle.current().pid() + ".42.tmp");
        Files.writeString(running, "{ being written");
        Path old = copy.resolve("screening/.screening-ab.json987654.tmp");
        Files.writeString(old, "{");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        ReviewFolder folder = ReviewFolder.open(copy);
        assertEquals(List.of(), folder.problems());
        assertFalse(Files.exists(leftover), "the file of a process that is gone is removed");
        assertFalse(Files.exists(old), "an old file of the former naming is removed");
        assertTrue(Files.exists(running), "a save still running keeps its file");
    }

    @Test
    void createWritesAGitignoreForTemporaryFiles() throws IOException {
        org.appraise.model.Review review = AppraiseFactory.eINSTANCE.createReview();
        review.setId("r");
        ReviewFolder.create(temp.resolve("new"), review);
        assertEquals(".*.tmp\n", Files.readString(temp.resolve("new/.gitignore")));
    }

    private Path sample() throws IOException {
        Path copy = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, copy);
        return copy;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertTrue(at >= 0, file + " holds " + from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private static List<String> problems(ReviewFolder folder) {
        return folder.problems().stream().map(LoadProblem::toString).toList();
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.ISO_8859_1),
                new String(actual.get(name), StandardCharsets.ISO_8859_1), name));
    }
}
