package org.appraise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.handlers.ImportReferencesHandler;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import References... on the sample: the sample's own PubMed export, a RIS file with one broken
 * record among good ones, and a file in no known format; each file is one command, the broken record and the
 * unknown file are reported by name and line, and undo takes the imports back.
 */
final class ImportReferencesUiTest {

    @TempDir
    Path temp;

    @Test
    void importSearchExportsAsBatchesWithProblemsNamedAndUndo() throws Exception {
        Path folder = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(folder);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        int before = review.folder().review().getReferences().size();
        Path broken = temp.resolve("handsearch.ris");
        Files.writeString(broken, "TY  - JOUR\r\nTI  - Radiotherapy plus anti-PD-1 in advanced HCC\r\nPY  - 2022\r\nER  - \r\n"
                + "TY  - JOUR\r\nTI  - A record cut off by the export\r\n"
                + "TY  - JOUR\r\nTI  - Sorafenib versus lenvatinib\r\nPY  - 2018\r\nER  - \r\n");
        Path notes = temp.resolve("notes.docx");
        Files.write(notes, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(folder.resolve("search/pubmed-2021-06.ris"), "PubMed");
        files.put(broken, "citation searching");
        files.put(notes, "Embase");

        ImportReferencesHandler.Outcome outcome = ImportReferencesHandler.importFiles(shell, review, files);
        WorkbenchSmokeTest.settle();
        assertEquals(2, outcome.batches().size(), outcome.toString());
        assertTrue(outcome.refused().size() == 1 && outcome.refused().get(0).contains("notes.docx: not a format Appraise reads"), outcome.toString());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.toString().contains("handsearch.ris")), "the broken record is named: " + outcome);
        assertEquals(before + outcome.records(), review.folder().review().getReferences().size());
        assertTrue(outcome.records() >= 27 + 2, "the PubMed export and the two good records of the hand search: " + outcome.records());
        assertTrue(review.dirty());
        review.domain().getCommandStack().undo();
        review.domain().getCommandStack().undo();
        assertEquals(before, review.folder().review().getReferences().size(), "each file was one command");
    }
}
