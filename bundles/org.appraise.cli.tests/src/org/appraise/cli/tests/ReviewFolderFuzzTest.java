package org.appraise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.appraise.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates copies of the sample review (seeded, bounded) and runs validate, info, export and one write (an import)
 * on each: no command fails unexpectedly or reports success for a failure, every load problem names the file
 * it is in, the import writes its new batch file and nothing else, and every study still counts (issue #19).
 */
final class ReviewFolderFuzzTest {

    private static final long SEED = 19;
    private static final int MUTATIONS = 160;
    private static final Pattern SCALAR = Pattern.compile(": (\"[^\"\\n]*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
    private static final List<String> HOSTILE = List.of("null", "1e999999999", "1e-400", "-1", "\"\"", "\"x\"", "[]", "{}", "true",
            "99999999999999999999", "\"=cmd|'/c calc'!A1\"", "\"../../etc/passwd\"", "0.0000000000000000000001");

    @TempDir
    Path temp;

    @Test
    void mutatedFoldersNeverCrashNeverLoseAFileAndNameEveryProblem() throws IOException {
        Random random = new Random(SEED);
        Path pristine = temp.resolve("pristine");
        copyTree(CliTest.SAMPLE, pristine);
        List<Path> jsonFiles = jsonFiles(pristine);
        int studies = studyCount(pristine);
        Path ris = pristine.resolve("search/pubmed-2021-06.ris");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTATIONS; i++) {
            Path copy = temp.resolve("m" + i);
            copyTree(pristine, copy);
            Path target = copy.resolve(pristine.relativize(jsonFiles.get(random.nextInt(jsonFiles.size()))).toString());
            String mutation = mutate(target, random);
            String name = copy.relativize(target).toString();
            String label = "mutation " + i + " (" + mutation + " in " + name + ")";

            Run validate = run("validate", copy.toString());
            Run info = run("info", copy.toString(), "--json");
            Run export = run("export", copy.toString(), "--out", temp.resolve("m" + i + ".xlsx").toString());
            for (Run r : List.of(validate, info, export)) {
                if (r.unexpected() || r.code() < 0 || r.code() > 2) {
                    failures.add(label + ": " + r);
                }
            }
            boolean problems = !info.out().contains("\"problems\" : 0");
            String said = validate.out() + validate.err();
            if (problems && !said.contains(name) && !said.contains(parentOf(name))) {
                failures.add(label + ": problems found but the mutated file is not named: " + validate);
            }
            Map<String, String> before = hashes(copy);
            Run importing = run("import", copy.toString(), ris.toString(), "--source", "PubMed");
            if (importing.unexpected()) {
                failures.add(label + ": " + importing);
            }
            Map<String, String> after = hashes(copy);
            after.keySet().removeIf(f -> f.startsWith("references/batch-") && !before.containsKey(f));
            if (!before.equals(after)) {
                failures.add(label + ": the import changed files it did not mean to: " + changed(before, after) + " " + importing);
            }
            if (importing.code() == Cli.ERROR && !importing.err().contains("nothing was saved") && !importing.err().startsWith("appraise")) {
                failures.add(label + ": the import failed without saying why: " + importing);
            }
            if (!name.startsWith("studies/") && studyCount(copy) != studies) {
                failures.add(label + ": a study no longer counts");
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + MUTATIONS + " mutations failed:\n" + String.join("\n", failures));
    }

    private static String parentOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    private static String mutate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (random.nextInt(8)) {
            case 0 -> {
                int at = random.nextInt(bytes.length);
                Files.write(file, java.util.Arrays.copyOf(bytes, at));
                return "truncated at " + at;
            }
            case 1, 2 -> {
                List<int[]> spans = new ArrayList<>();
                Matcher m = SCALAR.matcher(text);
                while (m.find()) {
                    spans.add(new int[] { m.start(1), m.end(1) });
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
                Files.writeString(file, text.substring(0, span[0]) + value + text.substring(span[1]));
                return text.substring(span[0], span[1]) + " -> " + value;
            }
            case 3 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                String removed = lines.remove(at);
                Files.writeString(file, String.join("\n", lines) + "\n");
                return "line " + (at + 1) + " removed (" + removed.strip() + ")";
            }
            case 4 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
                Files.writeString(file, String.join("\n", lines) + "\n");
                return "line " + (at + 1) + " doubled";
            }
            case 5 -> {
                Files.writeString(file, text + "{\"appraise\": \"more\"}\n");
                return "trailing content";
            }
            case 6 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) 0xED;
                Files.write(file, bytes);
                return "byte " + at + " set to ED";
            }
            default -> {
                Path twin = file.resolveSibling("copy-of-" + file.getFileName());
                Files.copy(file, twin);
                return "copied to " + twin.getFileName();
            }
        }
    }

    private record Run(int code, String out, String err) {
        boolean unexpected() {
            return err.contains("failed unexpectedly") || err.contains("out of memory");
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .runGuarded(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int studyCount(Path review) {
        Matcher m = Pattern.compile("\"studies\" : (\\d+)").matcher(run("info", review.toString(), "--json").out());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<Path> jsonFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                hashes.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return hashes;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((f, h) -> {
            if (!h.equals(after.get(f))) {
                changed.add(f + (after.containsKey(f) ? " changed" : " deleted"));
            }
        });
        after.keySet().stream().filter(f -> !before.containsKey(f)).forEach(f -> changed.add(f + " added"));
        return changed;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.toString().endsWith(".png") && !p.toString().endsWith(".pdf")) {
                    Files.copy(p, to);
                }
            }
        }
    }
}
