package org.appraise.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless session the workbench and the command line share, on a copy of the sample review. */
final class ReviewSessionTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");

    @TempDir
    Path temp;

    @Test
    void everyEditIsACommandThatUndoesMarksTheSessionDirtyAndSaves() throws IOException {
        Path copy = copy();
        ReviewSession session = ReviewSession.open(copy);
        Study li = session.folder().review().getStudies().get(0);
        assertFalse(session.dirty());
        relabel(session, li, "Li 2022");
        assertTrue(session.dirty());
        assertTrue(session.holds(li));
        session.domain().getCommandStack().undo();
        assertEquals(false, "Li 2022".equals(li.getLabel()), "undone");
        session.domain().getCommandStack().redo();
        session.save();
        assertFalse(session.dirty());
        assertEquals("Li 2022", ReviewFolder.open(copy).review().getStudies().get(0).getLabel());
        assertFalse(ReviewSession.open(SAMPLE).holds(li), "an object of another review is not this one's");
        assertEquals(session.checks(), session.checks(), "the checks are computed once per state");
    }

    /** A session that ends without saving (a crash) leaves its edits to the next session of the folder; a save leaves none. */
    @Test
    void unsavedEditsOutliveTheSessionUntilSavedRestoredOrDiscarded() throws IOException {
        Path copy = copy();
        ReviewSession crashed = ReviewSession.open(copy);
        Study li = crashed.folder().review().getStudies().get(0);
        relabel(crashed, li, "Li 2022, unsaved");
        assertEquals(1, crashed.keepUnsaved());
        // before the workbench is opened again, the command line saves another study of the folder: the copy stays
        ReviewSession cli = ReviewSession.open(copy);
        Study other = cli.folder().review().getStudies().get(1);
        relabel(cli, other, "Saved meanwhile");
        cli.save();
        assertTrue(cli.unsavedFromBefore().isPresent(), "a save drops only the copy its own session kept");

        ReviewSession next = ReviewSession.open(copy);
        org.appraise.io.json.UnsavedEdits kept = next.unsavedFromBefore().orElseThrow();
        assertEquals(java.util.List.of("studies/" + li.getId() + "/study.json"), kept.files());
        assertEquals(kept.files(), next.restoreUnsaved(kept));
        assertEquals(Optional.empty(), next.unsavedFromBefore(), "restored: not offered again");
        assertEquals("Li 2022, unsaved", ReviewSession.open(copy).folder().review().getStudies().get(0).getLabel());
        assertEquals("Saved meanwhile", ReviewSession.open(copy).folder().review().getStudies().get(1).getLabel());

        ReviewSession saving = ReviewSession.open(copy);
        Study again = saving.folder().review().getStudies().get(0);
        relabel(saving, again, "Li 2022");
        saving.keepUnsaved();
        assertEquals(Optional.empty(), saving.unsavedFromBefore(), "a session is not offered its own edits");
        assertTrue(ReviewSession.open(copy).unsavedFromBefore().isPresent());
        saving.save();
        assertEquals(Optional.empty(), ReviewSession.open(copy).unsavedFromBefore(), "saved: nothing to offer");
        saving.domain().getCommandStack().undo();
        saving.keepUnsaved();
        saving.dropOwnCopy();
        assertEquals(Optional.empty(), ReviewSession.open(copy).unsavedFromBefore(), "let go: nothing to offer");
    }

    /**
     * A workbench still running on the folder with unsaved edits to a file: a save from elsewhere (the command line, a
     * second workbench) that would write that file is refused whole, naming it and the process, so that workbench's
     * edits are not stranded; a save of other files goes ahead.
     */
    @Test
    void aSaveNeverWritesAFileARunningWorkbenchHoldsUnsavedEditsTo() throws Exception {
        Path copy = copy();
        ReviewSession workbench = relabelledAndKept(copy, "Li 2022, open");
        Study li = workbench.folder().review().getStudies().get(0);
        Path place = org.appraise.io.json.UnsavedEdits.placeFor(copy);
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            // the copy as another process keeps it: a workbench in its own JVM, started before the copy was taken
            Path kept;
            try (java.util.stream.Stream<Path> copies = java.nio.file.Files.list(place)) {
                kept = copies.findFirst().orElseThrow();
            }
            java.nio.file.Files.move(kept, place.resolve(String.format("%015d-%d-beef", System.currentTimeMillis() + 1000, running.pid())));

            String onDisk = ReviewSession.open(copy).folder().review().getStudies().get(0).getLabel();
            ReviewSession cli = ReviewSession.open(copy);
            Study same = cli.folder().review().getStudies().get(0);
            relabel(cli, same, "Li 2022, from the CLI");
            org.appraise.io.json.SaveRefusedException refused = assertThrows(org.appraise.io.json.SaveRefusedException.class, cli::save);
            assertEquals(java.util.List.of("studies/" + li.getId() + "/study.json: the workbench open on this review (process " + running.pid()
                    + ") has unsaved edits to it; save or close them there first"), refused.files());
            assertEquals(onDisk, ReviewSession.open(copy).folder().review().getStudies().get(0).getLabel(), "nothing written");

            ReviewSession other = ReviewSession.open(copy);
            Study liu = other.folder().review().getStudies().get(1);
            relabel(other, liu, "Liu 2021, saved");
            other.save();
            assertEquals("Liu 2021, saved", ReviewSession.open(copy).folder().review().getStudies().get(1).getLabel(), "another file is saved");
            running.destroy();
            running.waitFor();
            cli.save(); // the workbench is gone: its edits wait to be offered back, and the file may be written
        } finally {
            running.destroyForcibly();
        }
    }

    /**
     * Edits a refused save could not write (a teammate's sync changed the file on disk) are set aside when the reviewer
     * then lets them go (quits without saving, opens another review), never dropped; after a save that went through,
     * letting go drops the copy as before.
     */
    @Test
    void editsASaveCouldNotWriteAreSetAsideWhenLetGo() throws Exception {
        Path copy = copy();
        ReviewSession mine = ReviewSession.open(copy);
        Study li = mine.folder().review().getStudies().get(0);
        relabel(mine, li, "Mine, unsaved");
        Path study = copy.resolve("studies/" + li.getId() + "/study.json");
        String theirs = Files.readString(study) + "\n"; // a teammate's sync rewrote the file
        Files.writeString(study, theirs);
        assertThrows(org.appraise.io.json.SaveRefusedException.class, mine::save);
        Path aside = mine.letGo().orElseThrow(() -> new AssertionError("set aside, not dropped"));
        Path kept;
        try (Stream<Path> copies = Files.list(aside)) {
            kept = copies.findFirst().orElseThrow();
        }
        assertTrue(Files.readString(kept.resolve("files/studies/" + li.getId() + "/study.json")).contains("Mine, unsaved"));
        assertEquals(theirs, Files.readString(study), "the teammate's file is untouched");
        assertEquals(Optional.empty(), ReviewSession.open(copy).unsavedFromBefore(), "set aside: not offered as a crash's");

        ReviewSession saved = ReviewSession.open(copy);
        Study liu = saved.folder().review().getStudies().get(1);
        relabel(saved, liu, "Liu, saved");
        saved.keepUnsaved();
        saved.save();
        relabel(saved, liu, "Liu, let go");
        saved.keepUnsaved();
        assertEquals(Optional.empty(), saved.letGo(), "a save went through: letting go drops the copy");
        assertEquals(Optional.empty(), ReviewSession.open(copy).unsavedFromBefore());
    }

    /**
     * On a shared drive a teammate saves a file this workbench has unsaved edits to: the save merges the two when they
     * touch different things (the file as read is kept with the copy of unsaved edits), and the session, which no longer
     * shows what the folder holds, never writes that file again until the folder is opened again.
     */
    @Test
    void aTeammatesSaveOnDiskIsMergedWithYourEditsWhenTheyTouchDifferentThings() throws Exception {
        Path copy = copy();
        ReviewSession mine = relabelledAndKept(copy, "Li 2022, relabelled by me");
        Study li = mine.folder().review().getStudies().get(0);
        mine.keepUnsaved(); // a later copy carries the file as read from the one before (linked), the folder's is not read again
        ReviewSession teammate = ReviewSession.open(copy);
        recite(teammate, "Li 2022, citation corrected by a teammate");
        teammate.save();

        ReviewFolder.SaveReport report = mine.save();

        String file = "studies/" + li.getId() + "/study.json";
        assertEquals(java.util.List.of(file), report.merged());
        Study both = ReviewFolder.open(copy).review().getStudies().get(0);
        assertEquals("Li 2022, relabelled by me", both.getLabel());
        assertEquals("Li 2022, citation corrected by a teammate", both.getReports().get(0).getCitation());
        assertFalse(mine.dirty(), "every edit is on disk");
        assertEquals(Optional.empty(), ReviewSession.open(copy).unsavedFromBefore(), "nothing left to offer back");
        relabel(mine, li, "Later, in the stale session");
        org.appraise.io.json.SaveRefusedException stale = assertThrows(org.appraise.io.json.SaveRefusedException.class, mine::save);
        assertEquals(java.util.List.of(file + ": was saved merged with a change made on disk; reopen the review to see both and go on"), stale.files());
    }

    /** Both changed the same thing: the save is refused naming it with both values; the teammate's file is untouched, your edits kept. */
    @Test
    void aChangeBothMadeDifferentlyRefusesTheSaveNamingBothValues() throws Exception {
        Path copy = copy();
        ReviewSession mine = relabelledAndKept(copy, "Li 2022, mine");
        Study li = mine.folder().review().getStudies().get(0);
        ReviewSession teammate = ReviewSession.open(copy);
        relabel(teammate, teammate.folder().review().getStudies().get(0), "Li 2022, theirs");
        teammate.save();
        Path study = copy.resolve("studies/" + li.getId() + "/study.json");
        String theirs = Files.readString(study);

        org.appraise.io.json.SaveRefusedException refused = assertThrows(org.appraise.io.json.SaveRefusedException.class, mine::save);

        assertEquals(java.util.List.of("studies/" + li.getId() + "/study.json: changed on disk since it was read (another program, a teammate or a sync), "
                + "and both changed /study/label (yours: \"Li 2022, mine\"; on disk: \"Li 2022, theirs\"); nothing was merged"),
                refused.files());
        assertEquals(theirs, Files.readString(study));
        assertTrue(mine.dirty());
        Path aside = mine.letGo().orElseThrow(() -> new AssertionError("set aside, not dropped"));
        assertTrue(Files.exists(aside));
    }

    @Test
    void theReviewerWorkingIsTheGitUserOfTheFolder() throws Exception {
        Path copy = copy();
        assertEquals(Optional.empty(), ReviewSession.open(copy).me(), "not a repository: nobody in particular");
        try (Git git = Git.init().setDirectory(copy.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Someone Else");
            config.setString("user", null, "email", "cd@example.org");
            config.save();
        }
        Reviewer me = ReviewSession.open(copy).me().orElseThrow();
        assertEquals("cd", me.getId(), "the e-mail's local part names the reviewer");
    }

    @Test
    void aPdfReportIsReadThroughTheSessionWhileTheFolderAloneReadsText() throws Exception {
        Path copy = copy();
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                content.showText("Objective response 6(17.1%) vs 2(3.1%)");
                content.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        Files.write(copy.resolve("reports/paper.pdf"), pdf);
        ReviewSession session = ReviewSession.open(copy);
        org.appraise.model.Report report = session.folder().review().getStudies().get(0).getReports().get(0);
        report.setFile("reports/paper.pdf");
        assertTrue(session.folder().readReport(report).text().contains("6(17.1%)"), "the session reads PDF reports");
        assertTrue(ReviewSession.textOf(pdf, "paper.pdf").text().contains("Objective response"));
        assertEquals(Optional.empty(), ReviewFolder.open(copy).reportText(report), "the folder alone reads text, and a PDF is not UTF-8 text");
    }

    /** Relabels a study as the workbench does: one command on the session's stack. */
    private static void relabel(ReviewSession session, Study study, String label) {
        session.domain().getCommandStack().execute(SetCommand.create(session.domain(), study, AppraisePackage.eINSTANCE.getStudy_Label(), label));
    }

    /** A session on the folder whose first study is relabelled, not saved, with the copy the workbench keeps shortly after each edit. */
    private static ReviewSession relabelledAndKept(Path copy, String label) throws IOException {
        ReviewSession session = ReviewSession.open(copy);
        relabel(session, session.folder().review().getStudies().get(0), label);
        session.keepUnsaved();
        return session;
    }

    /** Corrects the first study's report's citation, as the workbench does. */
    private static void recite(ReviewSession session, String citation) {
        org.appraise.model.Report report = session.folder().review().getStudies().get(0).getReports().get(0);
        session.domain().getCommandStack().execute(SetCommand.create(session.domain(), report, AppraisePackage.eINSTANCE.getReport_Citation(), citation));
    }

    private Path copy() throws IOException {
        Path copy = temp.resolve("review");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
