package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.appraise.io.json.ReviewFolder;
import org.appraise.io.json.SaveRefusedException;
import org.appraise.io.json.UnsavedEdits;
import org.appraise.model.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits not yet saved are copied outside the review folder and survive the process: after a "crash" (the model in
 * memory dropped), the folder opened anew takes them back, and a file a teammate changed in between is never
 * overwritten. On copies of the sample.
 */
final class UnsavedEditsTest {

    private static final String STUDY = "studies/liu-2021/study.json";
    private static final String ANALYSIS = "analyses/dcr-rr.json";

    /** The session keeping copies in these tests, and the one opening the folder after it. */
    private static final String KEEPER = UnsavedEdits.newKeeper();
    private static final String NEXT = UnsavedEdits.newKeeper();

    @TempDir
    Path temp;

    @Test
    void editsKeptOutsideTheFolderAreRestoredAfterACrash() throws IOException {
        Path copy = copy();
        Path place = place();
        Map<String, byte[]> before = FolderSafetyTest.files(copy);
        ReviewFolder folder = ReviewFolder.open(copy);
        liu(folder).setLabel("Liu 2021, relabelled before a crash");
        folder.review().getAnalyses().removeIf(a -> a.getId().equals("dcr-rr"));

        assertEquals(2, folder.keepUnsaved(place, KEEPER));
        FolderSafetyTest.assertSame(before, FolderSafetyTest.files(copy)); // nothing in the folder is written by keeping a copy
        UnsavedEdits kept = UnsavedEdits.at(place, NEXT).orElseThrow();
        assertEquals(List.of(STUDY, ANALYSIS + " (deleted)"), kept.files());

        // the process is gone: the folder is opened anew, as it is on disk
        ReviewFolder reopened = ReviewFolder.open(copy);
        assertEquals(List.of(STUDY, ANALYSIS + " (deleted)"), kept.outstanding(copy));
        assertEquals(List.of(STUDY, ANALYSIS), reopened.restore(kept));
        ReviewFolder restored = ReviewFolder.open(copy);
        assertEquals(List.of(), restored.problems());
        assertEquals("Liu 2021, relabelled before a crash", liu(restored).getLabel());
        assertTrue(restored.review().getAnalyses().stream().noneMatch(a -> a.getId().equals("dcr-rr")));
        Map<String, byte[]> after = FolderSafetyTest.files(copy);
        Map<String, byte[]> untouched = new TreeMap<>(before);
        untouched.remove(STUDY);
        untouched.remove(ANALYSIS);
        after.remove(STUDY);
        FolderSafetyTest.assertSame(untouched, after);
        // the same edits once more change nothing
        assertEquals(List.of(), kept.outstanding(copy));
        assertEquals(List.of(), ReviewFolder.open(copy).restore(kept));
    }

    @Test
    void aFileATeammateChangedSinceIsNeverOverwrittenAndTheCopyCanBeSetAside() throws IOException {
        Path copy = copy();
        Path place = place();
        kept(copy, place, "Mine");
        FolderSafetyTest.replace(copy.resolve(STUDY), "\"label\": \"Liu 2021 (camrelizumab + sorafenib vs sorafenib)\"", "\"label\": \"Theirs\"");
        byte[] theirs = Files.readAllBytes(copy.resolve(STUDY));

        UnsavedEdits kept = UnsavedEdits.at(place, NEXT).orElseThrow();
        SaveRefusedException refused = assertThrows(SaveRefusedException.class, () -> ReviewFolder.open(copy).restore(kept));
        assertEquals(List.of(STUDY + ": changed on disk since it was read (another program, a teammate or a sync), and both changed /study/label "
                + "(yours: \"Mine\"; on disk: \"Theirs\"); nothing was merged"), refused.files());
        assertEquals(new String(theirs, StandardCharsets.UTF_8), Files.readString(copy.resolve(STUDY)), "the teammate's file is untouched");
        assertTrue(UnsavedEdits.at(place, NEXT).isPresent(), "a refused restore keeps the copy");

        Path aside = kept.setAside();
        assertTrue(UnsavedEdits.at(place, NEXT).isEmpty(), "set aside: no later session replaces or offers it");
        assertTrue(Files.readString(Files.list(aside).findFirst().orElseThrow().resolve("files").resolve(STUDY)).contains("\"label\": \"Mine\""),
                "the reviewer's version is kept to look at");
    }

    /** A teammate changed another field of the file since: the restore merges both (the copy holds the file as read). */
    @Test
    void aFileATeammateChangedElsewhereSinceIsMergedWithTheRestoredEdits() throws IOException {
        Path copy = copy();
        Path place = place();
        String original = Files.readString(copy.resolve(STUDY));
        kept(copy, place, "Mine, from before the crash");
        FolderSafetyTest.replace(copy.resolve(STUDY), "\"licence\": \"CC BY 4.0\"", "\"licence\": \"CC BY 4.0 (checked by a teammate)\"");

        UnsavedEdits kept = UnsavedEdits.at(place, NEXT).orElseThrow();
        assertEquals(List.of(STUDY), ReviewFolder.open(copy).restore(kept));

        ReviewFolder restored = ReviewFolder.open(copy);
        assertEquals(List.of(), restored.problems());
        assertEquals("Mine, from before the crash", liu(restored).getLabel());
        assertEquals("CC BY 4.0 (checked by a teammate)", liu(restored).getReports().get(0).getLicence());
        assertEquals(original.replace("Liu 2021 (camrelizumab + sorafenib vs sorafenib)", "Mine, from before the crash").replace("\"CC BY 4.0\"",
                "\"CC BY 4.0 (checked by a teammate)\""), Files.readString(copy.resolve(STUDY)), "written as the folder writes it: a diff shows the two lines");
    }

    @Test
    void editsUndoneBackToTheSavedStateLeaveNoCopy() throws IOException {
        Path copy = copy();
        Path place = place();
        ReviewFolder folder = ReviewFolder.open(copy);
        String label = liu(folder).getLabel();
        liu(folder).setLabel("For a moment");
        assertEquals(1, folder.keepUnsaved(place, KEEPER));
        liu(folder).setLabel(label);
        assertEquals(0, folder.keepUnsaved(place, KEEPER));
        assertTrue(UnsavedEdits.at(place, NEXT).isEmpty());
    }

    @Test
    void aCopyCutShortLeavesTheOneBeforeIt() throws IOException {
        Path copy = copy();
        Path place = place();
        kept(copy, place, "First");
        // a later copy whose list of files was never written (the process died while copying)
        Path cut = place.resolve("999999999999999-" + KEEPER + "/files/studies/liu-2021");
        Files.createDirectories(cut);
        Files.writeString(cut.resolve("study.json"), "{ \"half\": ");

        UnsavedEdits kept = UnsavedEdits.at(place, NEXT).orElseThrow();
        assertEquals(List.of(STUDY), kept.files());
        ReviewFolder.open(copy).restore(kept);
        assertEquals("First", liu(ReviewFolder.open(copy)).getLabel());
        assertFalse(Files.readString(copy.resolve(STUDY)).contains("half"));
    }

    /** Two workbenches open on one folder: neither replaces nor drops the other's copy, nor offers it while it runs. */
    @Test
    void twoSessionsOnOneFolderKeepTheirOwnCopies() throws Exception {
        Path copy = copy();
        Path place = place();
        String other = UnsavedEdits.newKeeper();
        kept(copy, place, "Mine");
        ReviewFolder second = ReviewFolder.open(copy);
        second.review().getAnalyses().removeIf(a -> a.getId().equals("dcr-rr"));
        assertEquals(1, second.keepUnsaved(place, other));
        assertEquals(List.of(STUDY), UnsavedEdits.at(place, other).orElseThrow().files(), "the second session's copy did not replace the first's");
        UnsavedEdits.discard(place, other); // the second one saves
        assertEquals(List.of(STUDY), UnsavedEdits.at(place, NEXT).orElseThrow().files(), "a save drops only its own session's copy");
        assertTrue(UnsavedEdits.at(place, KEEPER).isEmpty(), "a session is never offered its own copy");

        // the copy of a session in another process that still runs is not offered; once that process is gone, it is
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path mine = Files.list(place).findFirst().orElseThrow();
            Path theirs = place.resolve(String.format("%015d-%d-beef", System.currentTimeMillis() + 1000, running.pid()));
            Files.move(mine, theirs);
            assertTrue(UnsavedEdits.at(place, NEXT).isEmpty(), "a running workbench's unsaved edits are its own");
            Path reused = place.resolve(String.format("%015d-%d-beef", running.info().startInstant().orElseThrow().toEpochMilli() - 60_000, running.pid()));
            Files.move(theirs, reused);
            assertEquals(List.of(STUDY), UnsavedEdits.at(place, NEXT).orElseThrow().files(), "a process started after the copy only reuses the id");
            Files.move(reused, theirs);
            running.destroy();
            running.waitFor();
            assertEquals(List.of(STUDY), UnsavedEdits.at(place, NEXT).orElseThrow().files(), "that workbench ended without saving");
        } finally {
            running.destroyForcibly();
        }
    }

    private static Study liu(ReviewFolder folder) {
        return folder.review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
    }

    /** The sample opened from the copy, its study relabelled, the edit kept at the place and not saved. */
    private static void kept(Path copy, Path place, String label) throws IOException {
        ReviewFolder folder = ReviewFolder.open(copy);
        liu(folder).setLabel(label);
        folder.keepUnsaved(place, KEEPER);
    }

    private Path place() {
        return temp.resolve("state/unsaved");
    }

    private Path copy() throws IOException {
        Path copy = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, copy);
        return copy;
    }
}
