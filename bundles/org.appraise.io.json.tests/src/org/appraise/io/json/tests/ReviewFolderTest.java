package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.appraise.io.json.LoadProblem;
import org.appraise.io.json.ReviewFolder;
import org.appraise.io.json.internal.AtomicFileSink;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReviewFolderTest {

    static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination");

    @TempDir
    Path temp;

    @Test
    void sampleLoadsWithoutProblems() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        assertEquals(List.of(), folder.problems());
        assertEquals(3, folder.review().getStudies().size());
        assertEquals(List.of("li-2022", "liu-2021", "tvgh-2016"),
                folder.review().getStudies().stream().map(Study::getId).toList());
    }

    @Test
    void savingAnUnchangedReviewWritesNothingAndEveryFileIsCanonical() throws IOException {
        Path copy = copyOf(SAMPLE);
        Map<String, byte[]> before = files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        ReviewFolder.SaveReport report = folder.save();
        assertEquals(List.of(), report.written(), "the sample is stored exactly as Appraise writes it");
        assertEquals(List.of(), report.deleted());
        assertSameFiles(before, files(copy));
    }

    @Test
    void loadSaveLoadGivesIdenticalFiles() throws IOException {
        Path copy = copyOf(SAMPLE);
        ReviewFolder first = ReviewFolder.open(copy);
        Extraction extraction = first.review().getStudies().get(0).getExtractions().get(0);
        extraction.setNotes("checked twice");
        ReviewFolder.SaveReport report = first.save();
        assertEquals(List.of("studies/li-2022/li-2022--ab.json"), report.written(),
                "only the file of the changed extraction is written");
        Map<String, byte[]> afterFirst = files(copy);

        ReviewFolder second = ReviewFolder.open(copy);
        assertEquals("checked twice", second.review().getStudies().get(0).getExtractions().get(0).getNotes());
        // a new folder written from the reloaded model holds the very same bytes
        ReviewFolder.create(temp.resolve("rewritten"), second.review());
        assertSameFiles(jsonOnly(afterFirst), jsonOnly(files(temp.resolve("rewritten"))));
    }

    /**
     * Each analysis is a file of its own (analyses/ID.json); a review file written before that, with its analyses inline,
     * loads them all and the next save moves them out, rewriting review.json without them; removing an analysis deletes
     * its file.
     */
    @Test
    void analysesHaveFilesOfTheirOwnAndInlineOnesMoveThereAtTheNextSave() throws IOException {
        Path copy = copyOf(SAMPLE);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode review = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(copy.resolve("review.json")
                .toFile());
        com.fasterxml.jackson.databind.node.ArrayNode inline = ((com.fasterxml.jackson.databind.node.ObjectNode) review.get("review")).putArray("analyses");
        try (Stream<Path> files = Files.list(copy.resolve("analyses"))) {
            for (Path file : files.sorted().toList()) {
                inline.add(json.readTree(file.toFile()).get("analysis"));
                Files.delete(file);
            }
        }
        Files.delete(copy.resolve("analyses"));
        json.writerWithDefaultPrettyPrinter().writeValue(copy.resolve("review.json").toFile(), review);

        ReviewFolder old = ReviewFolder.open(copy);
        assertEquals(List.of(), old.problems());
        assertEquals(5, old.review().getAnalyses().size());
        ReviewFolder.SaveReport report = old.save();
        assertEquals(List.of("analyses/dcr-rr.json", "analyses/orr-rr-rob.json", "analyses/orr-rr.json", "analyses/os-hr.json", "analyses/pfs-hr.json",
                "review.json"), report.written().stream().sorted().toList());
        assertSameFiles(jsonOnly(files(SAMPLE)), jsonOnly(files(copy)));

        ReviewFolder again = ReviewFolder.open(copy);
        assertEquals(List.of("dcr-rr", "orr-rr", "orr-rr-rob", "os-hr", "pfs-hr"), again.review().getAnalyses().stream()
                .map(org.appraise.model.Analysis::getId).toList(), "by id");
        again.review().getAnalyses().remove(1);
        assertEquals(List.of("analyses/orr-rr.json"), again.save().deleted());
        assertFalse(Files.exists(copy.resolve("analyses/orr-rr.json")));
    }

    @Test
    void numbersKeepTheirExactPrecision() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        HazardRatio hr = (HazardRatio) folder.review().getStudies().get(2).getExtractions().get(0).getMeasurements().stream()
                .filter(m -> m.getId().equals("tvgh-2016-pfs-psm")).findFirst().orElseThrow().getResults().get(2);
        assertEquals(new BigDecimal("1.00"), hr.getUpper().getNumber(), "1.00 stays 1.00, not 1 or 1.0");
        assertEquals(2, hr.getUpper().getNumber().scale());
    }

    @Test
    void atomicSaveWithAnInjectedFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path copy = copyOf(SAMPLE);
        Path target = copy.resolve("studies/li-2022/li-2022--ab.json");
        byte[] original = Files.readAllBytes(target);
        ReviewFolder folder = ReviewFolder.open(copy, new AtomicFileSink((temporary, into) -> {
            assertTrue(Files.size(temporary) > 0, "the new content was fully written before the move");
            throw new IOException("power cut before the move");
        }));
        folder.review().getStudies().get(0).getExtractions().get(0).setNotes("never saved");
        IOException failure = assertThrows(IOException.class, folder::save);
        assertEquals("power cut before the move", failure.getMessage());
        assertArrayEquals(original, Files.readAllBytes(target), "the file on disk is the old one, whole");
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(List.of("li-2022--ab.json", "li-2022--cd.json", "li-2022--consensus.json", "study.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void corruptFileIsNamedWithItsPositionEverythingElseLoadsAndItIsNeverOverwritten() throws IOException {
        Path copy = copyOf(SAMPLE);
        Path bad = copy.resolve("studies/liu-2021/liu-2021--ab.json");
        String broken = Files.readString(bad).replaceFirst("\"status\": \"COMPLETE\",", "\"status\": \"COMPLETE\"");
        Files.writeString(bad, broken);
        ReviewFolder folder = ReviewFolder.open(copy);
        assertEquals(1, folder.problems().size(), folder.problems().toString());
        LoadProblem problem = folder.problems().get(0);
        assertEquals("studies/liu-2021/liu-2021--ab.json", problem.file());
        assertEquals("line 8, column 5", problem.position(), "where the parser met the token after the missing comma");
        assertTrue(problem.message().contains("not valid JSON"), problem.message());
        assertEquals(3, folder.review().getStudies().size(), "the study itself and the other studies load");
        assertEquals(0, study(folder, "liu-2021").getExtractions().size());
        assertEquals(3, study(folder, "li-2022").getExtractions().size(), "ab's, cd's and the consensus");

        study(folder, "li-2022").setLabel("renamed");
        study(folder, "liu-2021").setLabel("renamed too");
        ReviewFolder.SaveReport report = folder.save();
        assertTrue(report.written().contains("studies/liu-2021/study.json"));
        assertEquals(broken, Files.readString(bad), "the corrupt file is left exactly as it was");
        assertTrue(Files.exists(bad), "and is not deleted although no extraction maps to it");
    }

    @Test
    void fileFromANewerSchemaIsNotLoadedAndLeftAlone() throws IOException {
        Path copy = copyOf(SAMPLE);
        Path newer = copy.resolve("studies/li-2022/li-2022--ab.json");
        String content = Files.readString(newer).replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");
        Files.writeString(newer, content);
        ReviewFolder folder = ReviewFolder.open(copy);
        List<LoadProblem> ofTheFile = folder.problems().stream().filter(p -> p.file().equals("studies/li-2022/li-2022--ab.json")).toList();
        assertEquals(1, ofTheFile.size());
        assertTrue(folder.problems().stream().filter(p -> !ofTheFile.contains(p))
                .allMatch(p -> p.file().equals("studies/li-2022/li-2022--consensus.json") && p.message().contains("link kept as it is")),
                "the consensus's links into ab's file are reported, not dropped: " + folder.problems());
        assertEquals("/schemaVersion", folder.problems().get(0).position());
        assertTrue(folder.problems().get(0).message().contains("newer Appraise (schema 7"), folder.problems().get(0).message());
        folder.save();
        assertEquals(content, Files.readString(newer));
    }

    @Test
    void badValuesAndUnknownFieldsAreReportedByPointerAndTheFileIsProtected() throws IOException {
        Path copy = copyOf(SAMPLE);
        Path file = copy.resolve("studies/tvgh-2016/tvgh-2016--ab.json");
        String content = Files.readString(file)
                .replaceFirst("\"design\": \"RETROSPECTIVE_COHORT\"", "\"design\": \"COHORTISH\", \"colour\": \"blue\"")
                .replaceFirst("\"number\": 13,", "\"number\": \"thirteen\",");
        Files.writeString(file, content);
        ReviewFolder folder = ReviewFolder.open(copy);
        List<String> found = folder.problems().stream().map(LoadProblem::toString).toList();
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("/extraction/design") && p.contains("'COHORTISH' is not one of")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("/extraction/colour") && p.contains("unknown field")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("/events/number") && p.contains("expected a number")), found.toString());
        Extraction loaded = study(folder, "tvgh-2016").getExtractions().get(0);
        assertEquals(58, loaded.getArms().get(0).getGroupSizes().get(0).getN().getNumber().intValue(), "the valid parts load");
        loaded.setNotes("edited");
        org.appraise.io.json.SaveRefusedException refused = assertThrows(org.appraise.io.json.SaveRefusedException.class, folder::save);
        assertEquals(List.of("studies/tvgh-2016/tvgh-2016--ab.json: it has problems (see above) that a save would lose"), refused.files());
        assertEquals(content, Files.readString(file));
    }

    @Test
    void aLinkToAMissingObjectIsReportedAndKeptOnSave() throws IOException {
        Path copy = copyOf(SAMPLE);
        Path file = copy.resolve("studies/li-2022/li-2022--ab.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"reviewer\": \"ab\"", "\"reviewer\": \"zz\""));
        ReviewFolder folder = ReviewFolder.open(copy);
        assertEquals(1, folder.problems().size());
        assertEquals("/extraction/reviewer", folder.problems().get(0).position());
        study(folder, "li-2022").getExtractions().get(0).setNotes("touched");
        folder.save();
        assertTrue(Files.readString(file).contains("\"reviewer\": \"zz\""), "the unresolved id is written back as it was");
    }

    @Test
    void removedStudyFilesAreDeletedOnSave() throws IOException {
        Path copy = copyOf(SAMPLE);
        ReviewFolder folder = ReviewFolder.open(copy);
        folder.review().getStudies().remove(study(folder, "liu-2021"));
        ReviewFolder.SaveReport report = folder.save();
        assertEquals(List.of("studies/liu-2021/liu-2021--ab.json", "studies/liu-2021/study.json"),
                report.deleted().stream().sorted().toList());
        assertFalse(Files.exists(copy.resolve("studies/liu-2021/study.json")));
        assertEquals(2, ReviewFolder.open(copy).review().getStudies().size());
    }

    @Test
    void createRefusesToOverwriteAnExistingReview() {
        IOException e = assertThrows(IOException.class,
                () -> ReviewFolder.create(SAMPLE, org.appraise.model.AppraiseFactory.eINSTANCE.createReview()));
        assertTrue(e.getMessage().contains("will not overwrite"));
    }

    @Test
    void derivedValuesKeepTheirArithmetic() throws IOException {
        ReviewFolder folder = ReviewFolder.open(SAMPLE);
        DichotomousResult derived = (DichotomousResult) study(folder, "li-2022").getExtractions().get(0).getMeasurements().stream()
                .filter(m -> m.getId().equals("li-2022-ae34")).findFirst().orElseThrow().getResults().get(0);
        assertTrue(derived.getEvents().isDerived());
        assertEquals("29.7% x 37 = 10.99, rounded to 11 (11/37 = 29.73%)", derived.getEvents().getDerivation());
        assertFalse(derived.getTotal().isDerived());
    }

    @Test
    void aReportIsReadAgainOnlyWhenItsFileChanged() throws IOException {
        Path copy = copyOf(SAMPLE);
        ReviewFolder folder = ReviewFolder.open(copy);
        org.appraise.model.Report report = study(folder, "li-2022").getReports().get(0);
        org.appraise.core.ReportText first = folder.readReport(report);
        assertTrue(first == folder.readReport(report), "an unchanged file is not read again");
        Files.writeString(folder.pathOf(report), "Reconverted.\n" + first.text());
        org.appraise.core.ReportText changed = folder.readReport(report);
        assertFalse(first == changed);
        assertTrue(changed.text().startsWith("Reconverted."));
    }

    static Study study(ReviewFolder folder, String id) {
        return folder.review().getStudies().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    private Path copyOf(Path source) throws IOException {
        Path target = temp.resolve(source.getFileName());
        copyTree(source, target);
        return target;
    }

    static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> jsonOnly(Map<String, byte[]> files) {
        Map<String, byte[]> json = new TreeMap<>(files);
        json.keySet().removeIf(name -> !name.endsWith(".json"));
        return json;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertEquals(new String(expected.get(name), StandardCharsets.UTF_8), new String(actual.get(name), StandardCharsets.UTF_8), name);
        }
    }
}
