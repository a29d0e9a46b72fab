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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.appraise.cli.Cli;
import org.appraise.io.json.ReviewFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each writing command (import, dedup --apply, screening --remove, consensus) runs in a process of its own and
 * is killed with SIGKILL: once the moment its first temporary file appears (in the middle of a save), and once
 * late in its run. The folder always loads as it was or as the command left it, and no temporary file is left
 * after the next open (issue #19). The review holds a batch of 8,000 records with abstracts so that its files take a
 * while to write.
 */
final class WritesKilledMidwayTest {

    private static final int RECORDS = 8_000;
    /**
     * Records are saved 2,000 to a file: each carries an abstract of search-export size (~1.5 KB, as read and as raw
     * field) so that one file still takes a while to write and the kill can land inside a save.
     */
    private static final String ABSTRACT = "Background and aims: outcomes of systemic treatment in advanced hepatocellular carcinoma. ".repeat(17);

    @TempDir
    Path temp;

    @Test
    void aKilledWriteLeavesAFolderThatLoadsAndNoTemporaryFileAfterTheNextOpen() throws Exception {
        Path big = bigRis();
        String classPath = CommandInAnotherProcess.classPath();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("import", List.of("import", "{dir}", big.toString(), "--source", "Scopus"));
        commands.put("dedup", List.of("dedup", "{dir}", "--apply"));
        commands.put("screening", List.of("screening", "{dir}", "--remove", "batch-big-00001,batch-big-00002", "--reason", "animal study"));
        commands.put("consensus", List.of("consensus", "{dir}", "--study", "li-2022", "--start-from", "ab", "--by", "ef"));
        List<String> failures = new ArrayList<>();
        List<String> midWrite = new ArrayList<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            Path whole = prepared(command.getKey() + "-whole", big);
            long full = new KilledCommand(classPath, whole, command.getValue()).runToEnd();
            for (String when : List.of("first-temporary-file", "late")) {
                Path review = prepared(command.getKey() + "-" + when, big);
                KilledCommand run = new KilledCommand(classPath, review, command.getValue());
                boolean killed = when.equals("late") ? run.killAfter((long) (full * 0.9)) : run.killAtFirstTemporaryFile(full * 2);
                if (killed && !temporaryFiles(review).isEmpty()) {
                    midWrite.add(command.getKey() + " (" + when + ")");
                }
                ReviewFolder folder = ReviewFolder.open(review);
                if (!folder.problems().isEmpty()) {
                    failures.add(command.getKey() + " killed " + when + ": " + folder.problems());
                }
                List<String> leftovers = temporaryFiles(review);
                if (!leftovers.isEmpty()) {
                    failures.add(command.getKey() + " killed " + when + ": temporary files after the next open " + leftovers);
                }
            }
        }
        System.out.println("killed while a temporary file was being written: " + midWrite);
        assertEquals(List.of(), failures);
        for (String writesABigFile : List.of("import", "dedup", "screening")) {
            assertTrue(midWrite.contains(writesABigFile + " (first-temporary-file)"), writesABigFile + " was killed in the middle of its save: " + midWrite);
        }
    }

    /** A copy of the sample holding a batch of 8,000 records and the PubMed search imported twice (duplicates to mark). */
    private Path prepared(String name, Path big) throws IOException {
        Path review = temp.resolve(name);
        FolderCopy.copy(CliTest.SAMPLE, review);
        if (!name.startsWith("import")) {
            importInProcess(review, big, "Scopus");
        }
        importInProcess(review, review.resolve("search/pubmed-2021-06.ris"), "PubMed");
        return review;
    }

    private static void importInProcess(Path review, Path file, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(Cli.OK, new Cli(print, print).run(List.of("import", review.toString(), file.toString(), "--source", source)),
                out.toString(StandardCharsets.UTF_8));
    }

    private Path bigRis() throws IOException {
        Path ris = temp.resolve("big.ris");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            text.append("TY  - JOUR\nAU  - Author").append(i % 97).append(", A\nTI  - Outcomes of treatment number ").append(i)
                    .append(" in hepatocellular carcinoma\nJO  - Journal ").append(i % 13).append("\nPY  - ").append(2000 + i % 20)
                    .append("\nDO  - 10.1000/k").append(i).append("\nAB  - ").append(ABSTRACT).append("\nER  - \n\n");
        }
        Files.writeString(ris, text);
        assertFalse(text.isEmpty());
        return ris;
    }

    static List<String> temporaryFiles(Path review) throws IOException {
        try (Stream<Path> paths = Files.walk(review)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".tmp")).map(p -> review.relativize(p).toString()).toList();
        }
    }
}
