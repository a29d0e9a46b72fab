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

        assertEquals(2, folder.keepUnsaved(place));
        FolderSafetyTest.assertSame(before, FolderSafetyTest.files(copy)); // nothing in the folder is written by keeping a copy
        UnsavedEdits kept = UnsavedEdits.at(place).orElseThrow();
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

        UnsavedEdits kept = UnsavedEdits.at(place).orElseThrow();
        SaveRefusedException refused = assertThrows(SaveRefusedException.class, () -> ReviewFolder.open(copy).restore(kept));
        assertEquals(List.of(STUDY + ": changed on disk since the unsaved edits were made (a sync or another program)"), refused.files());
        assertEquals(new String(theirs, StandardCharsets.UTF_8), Files.readString(copy.resolve(STUDY)), "the teammate's file is untouched");
        assertTrue(UnsavedEdits.at(place).isPresent(), "a refused restore keeps the copy");

        Path aside = UnsavedEdits.setAside(place).orElseThrow();
        assertTrue(UnsavedEdits.at(place).isEmpty(), "set aside: no later session replaces or offers it");
        assertTrue(Files.readString(Files.list(aside).findFirst().orElseThrow().resolve("files").resolve(STUDY)).contains("\"label\": \"Mine\""),
                "the reviewer's version is kept to look at");
    }

    @Test
    void editsUndoneBackToTheSavedStateLeaveNoCopy() throws IOException {
        Path copy = copy();
        Path place = place();
        ReviewFolder folder = ReviewFolder.open(copy);
        String label = liu(folder).getLabel();
        liu(folder).setLabel("For a moment");
        assertEquals(1, folder.keepUnsaved(place));
        liu(folder).setLabel(label);
        assertEquals(0, folder.keepUnsaved(place));
        assertTrue(UnsavedEdits.at(place).isEmpty());
    }

    @Test
    void aCopyCutShortLeavesTheOneBeforeIt() throws IOException {
        Path copy = copy();
        Path place = place();
        kept(copy, place, "First");
        // a later copy whose list of files was never written (the process died while copying)
        Path cut = place.resolve("999999999999999-1/files/studies/liu-2021");
        Files.createDirectories(cut);
        Files.writeString(cut.resolve("study.json"), "{ \"half\": ");

        UnsavedEdits kept = UnsavedEdits.at(place).orElseThrow();
        assertEquals(List.of(STUDY), kept.files());
        ReviewFolder.open(copy).restore(kept);
        assertEquals("First", liu(ReviewFolder.open(copy)).getLabel());
        assertFalse(Files.readString(copy.resolve(STUDY)).contains("half"));
    }

    private static Study liu(ReviewFolder folder) {
        return folder.review().getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
    }

    /** The sample opened from the copy, its study relabelled, the edit kept at the place and not saved. */
    private static void kept(Path copy, Path place, String label) throws IOException {
        ReviewFolder folder = ReviewFolder.open(copy);
        liu(folder).setLabel(label);
        folder.keepUnsaved(place);
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
