package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.appraise.cli.Cli;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change the command line makes to a review is an EMF command on the session's stack, as in the workbench:
 * for each editing command the stack is recorded, and undoing everything on it gives back the review exactly as it
 * was read before the command (so no change bypassed the stack).
 */
final class EveryEditIsACommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<ReviewSession> sessions = new ArrayList<>();

    private int run(String... args) {
        sessions.clear();
        err.reset();
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                sessions::add).run(List.of(args));
    }

    /** Runs an editing command and checks its session: commands on the stack, saved, and undone back to the review read before. */
    private List<String> edit(Path review, String... args) throws IOException {
        Review before = ReviewFolder.open(review).review();
        assertEquals(Cli.OK, run(args), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, sessions.size(), "one session per command");
        ReviewSession session = sessions.get(0);
        BasicCommandStack stack = (BasicCommandStack) session.domain().getCommandStack();
        assertFalse(stack.isSaveNeeded(), "saved");
        List<String> labels = new ArrayList<>();
        while (stack.canUndo()) {
            Command command = stack.getUndoCommand();
            labels.add(command.getLabel());
            stack.undo();
        }
        assertFalse(labels.isEmpty(), String.join(" ", args) + " changed the review without a command");
        assertTrue(EcoreUtil.equals(before, session.folder().review()), String.join(" ", args) + ": undoing " + labels
                + " gives back the review as it was read");
        return labels;
    }

    @Test
    void importDedupRemovalAndConsensusAreCommands() throws IOException {
        Path review = temp.resolve("review");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "Commands", "--reviewer", "ab:A"));
        Path ris = temp.resolve("search.ris");
        String record = "TY  - JOUR\r\nAU  - Llovet JM\r\nTI  - Sorafenib in advanced hepatocellular carcinoma\r\nT2  - N Engl J Med\r\n"
                + "PY  - 2008\r\nVL  - 359\r\nSP  - 378\r\nDO  - 10.1056/NEJMoa0708857\r\nER  - \r\n";
        String other = "TY  - JOUR\r\nAU  - Finn RS\r\nTI  - Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma\r\n"
                + "PY  - 2020\r\nER  - \r\n";
        Files.writeString(ris, record + record.replace("Sorafenib in advanced", "Sorafenib in Advanced") + other);

        assertEquals(List.of("Import search.ris"), edit(review, "import", review.toString(), ris.toString(), "--source", "PubMed"));
        assertEquals(3, ReviewFolder.open(review).review().getReferences().size(), "the import was saved before the undo in memory");

        assertEquals(List.of("Mark duplicates"), edit(review, "dedup", review.toString(), "--apply"));
        assertEquals(List.of("Add a reviewer"), edit(review, "team", review.toString(), "--add", "cd:C:arbiter"));
        assertEquals(List.of("Single screening"), edit(review, "screening", review.toString(), "--method", "single"));
        String lastId = ReviewFolder.open(review).review().getReferences().get(2).getId();
        assertEquals(List.of("Remove 1 record(s) before screening"),
                edit(review, "screening", review.toString(), "--remove", lastId, "--reason", "not about liver cancer"));

        Path sample = temp.resolve("sample");
        FolderCopy.copy(CliTest.SAMPLE, sample);
        assertEquals(1, edit(sample, "consensus", sample.toString(), "--study", "li-2022", "--start-from", "ab", "--by", "ef").size());
        assertEquals(1, edit(sample, "consensus", sample.toString(), "--study", "li-2022", "--field", "1", "--take", "cd").size());
        assertEquals(1, edit(sample, "consensus", sample.toString(), "--study", "li-2022", "--field", "2", "--value", "12", "--note", "checked")
                .size());
        assertEquals(1, edit(sample, "meta", sample.toString(), "--outcome", "orr", "--measure", "RR", "--criteria", "mRECIST", "--population", "after",
                "--save-as", "orr-rr").size());
        assertEquals(1, edit(sample, "meta", sample.toString(), "--analysis", "orr-rr", "--exclude", "liu-2021", "--reason", "no response in the control arm")
                .size());
        assertEquals(List.of("Certainty of dcr-rr"), edit(sample, "certainty", sample.toString(), "--analysis", "dcr-rr", "--by", "ab", "--evidence",
                "robins-i", "--rate", "risk_of_bias=very_serious:Serious risk in both cohorts", "--rate", "imprecision=not_serious", "--order", "5"));
        assertEquals(List.of("Certainty of os-hr"), edit(sample, "certainty", sample.toString(), "--analysis", "os-hr", "--consensus", "--rate",
                "imprecision=serious:Few events", "--comment", "changed"), "an existing assessment changed");
        String pubmed = "batch-pubmed-2021-06-00004";
        assertEquals(List.of("Records of Liu 2021 (camrelizumab + sorafenib vs sorafenib)"), edit(sample, "study-records", sample.toString(), "--study",
                "liu-2021", "--unlink", "batch-embase-2021-06-00001", "--link", pubmed));
        assertEquals(List.of("Source of embase-2021-06.ris: Embase (Ovid)"), edit(sample, "sources", sample.toString(), "--batch", "batch-embase-2021-06",
                "--source", "Embase (Ovid)"));
    }

    @Test
    void aStudyAddedFromItsPaperAndTheAssistantsProposalsAcceptedAreCommands() throws IOException {
        Path review = temp.resolve("from-papers");
        assertEquals(Cli.OK, run("new", review.toString(), "--title", "From papers", "--reviewer", "ab:A"));
        Path paper = CliTest.SAMPLE.resolve("reports/001_32a8eb1ab80cdc81.txt");
        assertEquals(1, edit(review, "add-study", review.toString(), paper.toString(), "--label", "Liu 2021").size());
        assertEquals(List.of("Accept proposed results"), edit(review, "propose", review.toString(), "--study", "liu-2021", "--accept-all", "--by", "ab"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Recorded "), err.toString(StandardCharsets.UTF_8));
    }
}
