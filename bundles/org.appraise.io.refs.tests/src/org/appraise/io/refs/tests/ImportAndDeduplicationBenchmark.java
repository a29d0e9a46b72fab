package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.appraise.core.dedup.Deduplication;
import org.appraise.core.Progress;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 100,000-record benchmark of #3 ({@code ./mvnw -B verify -Pbench}, heap capped at 2 GB): writes a RIS file
 * of 100,000 records (90,000 works, 10,000 of them exported a second time by another database with the
 * differences databases make: case, a trailing period, abbreviated journal, short page ranges, a missing DOI,
 * "Surname AB" for "Surname, A. B."; a fifth of the titles open with the same common phrases, so that title
 * blocks are large), imports it with {@link ReferenceImport}, de-duplicates it, and prints the times, the peak
 * heap and the duplicates found. When Debian's bibutils is installed it also times {@code ris2xml} on the same
 * file and prints the ratio. Targets: under 30 s and under 2 GB on 2 cores. Numbers go to the README, never
 * into an assertion on time.
 */
final class ImportAndDeduplicationBenchmark {

    private static final int WORKS = 90_000;
    private static final int SECOND_EXPORTS = 10_000;
    private static final String[] OPENINGS = { "A randomized controlled trial of", "Effect of", "Efficacy and safety of", "The effect of",
            "Comparison of", "A phase III study of", "Long-term outcomes of", "Cost-effectiveness of", "Systematic review of",
            "Risk factors for" };
    private static final String[] WORDS = ("hepatocellular carcinoma sorafenib lenvatinib camrelizumab atezolizumab bevacizumab pembrolizumab "
            + "nivolumab radiotherapy chemoembolization transarterial resection transplantation cirrhosis hepatitis survival progression "
            + "response toxicity adverse events quality life patients advanced unresectable intermediate stage cohort retrospective "
            + "prospective multicentre propensity score matched analysis biomarker expression tumour microenvironment immune checkpoint "
            + "inhibitor combination versus monotherapy first-line second-line real-world evidence elderly children women screening "
            + "surveillance ultrasound alpha-fetoprotein imaging magnetic resonance computed tomography portal vein thrombosis "
            + "extrahepatic spread recurrence adjuvant neoadjuvant ablation radiofrequency microwave stereotactic body proton therapy "
            + "dose escalation pharmacokinetics safety tolerability outcomes mortality morbidity hospital admissions costs")
            .split(" ");
    private static final String[] SURNAMES = ("Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Kudo Finn "
            + "Llovet Bruix Cheng Qin Ren Galle Vogel Rimassa Pinato Sangro Yau Kelley Abou-Alfa Merle Ikeda Kim Park Lee Choi Nakamura "
            + "Tanaka Suzuki Sato Rossi Russo Ferrari Esposito Müller Schmidt Schneider Fischer Weber García Martínez López Sánchez Pérez "
            + "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson Thompson White").split(" ");
    private static final String[] JOURNALS = { "Journal of Hepatology|J Hepatol", "Hepatology|Hepatology", "The Lancet Oncology|Lancet Oncol",
            "Journal of Clinical Oncology|J Clin Oncol", "Liver Cancer|Liver Cancer", "Frontiers in Oncology|Front Oncol",
            "Hepatology International|Hepatol Int", "Cancers|Cancers (Basel)", "JAMA Oncology|JAMA Oncol",
            "European Journal of Cancer|Eur J Cancer", "BMC Cancer|BMC Cancer", "Annals of Oncology|Ann Oncol" };

    @TempDir
    Path temp;

    @Test
    void import100000RecordsAndFindTheirDuplicates() throws IOException, InterruptedException {
        Path ris = temp.resolve("search-100k.ris");
        writeSearch(ris);
        System.out.printf(Locale.ROOT, "benchmark file: %s, %d records, %.1f MB%n", ris.getFileName(), WORKS + SECOND_EXPORTS,
                Files.size(ris) / 1e6);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        ReferenceImport.Result imported = new ReferenceImport(AppraiseFactory.eINSTANCE.createReview())
                .read(ris, ExportFormat.RIS, "Synthetic", null, Instant.now(), Progress.NONE);
        long read = System.nanoTime();
        Deduplication.Finding finding = new Deduplication().search(imported.references(), Progress.NONE);
        long end = System.nanoTime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        assertEquals(WORKS + SECOND_EXPORTS, imported.references().size());
        assertEquals(List.of(), imported.problems());
        Set<String> planted = new HashSet<>();
        int found = 0;
        int wrong = 0;
        for (Deduplication.Group group : finding.groups()) {
            String work = work(group.kept());
            for (Reference duplicate : group.duplicates()) {
                if (work(duplicate).equals(work)) {
                    found++;
                    planted.add(work);
                } else {
                    wrong++;
                    System.out.println("merged, but of different works: " + group.reasons().get(duplicate) + "\n  " + describe(group.kept()) + "\n  "
                            + describe(duplicate));
                }
            }
        }
        double importSeconds = (read - start) / 1e9;
        double dedupSeconds = (end - read) / 1e9;
        System.out.printf(Locale.ROOT, "import %.2f s, de-duplication %.2f s, total %.2f s; peak heap %d MB (max %d MB); "
                + "%d of %d planted duplicates found, %d wrong, %d pair(s) to check%n", importSeconds, dedupSeconds, importSeconds + dedupSeconds,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, found, SECOND_EXPORTS, wrong, finding.toCheck().size());
        Path ris2xml = Path.of("/usr/bin/ris2xml");
        if (Files.isExecutable(ris2xml)) {
            long bibutils = System.nanoTime();
            Process process = new ProcessBuilder(ris2xml.toString(), ris.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(10, TimeUnit.MINUTES));
            double bibutilsSeconds = (System.nanoTime() - bibutils) / 1e9;
            System.out.printf(Locale.ROOT, "bibutils ris2xml on the same file: %.2f s (exit %d); Appraise import / ris2xml = %.2f, "
                    + "import + de-duplication / ris2xml = %.2f%n", bibutilsSeconds, process.exitValue(), importSeconds / bibutilsSeconds,
                    (importSeconds + dedupSeconds) / bibutilsSeconds);
        } else {
            System.out.println("bibutils ris2xml is not installed (apt-get install bibutils): no ratio");
        }
        assertTrue(found >= SECOND_EXPORTS * 0.97, "planted duplicates found: " + found);
        assertEquals(0, wrong, "records of different works merged");
    }

    private static String describe(Reference r) {
        return r.getAuthors() + " " + r.getYear() + " " + r.getTitle() + " " + r.getJournal() + " " + r.getVolume() + ":" + r.getPages();
    }

    /** The work a record was written from (kept in the N1 note of the synthetic file). */
    private static String work(Reference reference) {
        return reference.getFields().stream().filter(f -> f.getTag().equals("N1")).map(f -> f.getValue()).findFirst().orElseThrow();
    }

    private static void writeSearch(Path file) throws IOException {
        Random random = new Random(20261122);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int work = 0; work < WORKS; work++) {
                Work w = Work.random(work, random);
                w.write(out, false);
                if (work < SECOND_EXPORTS) {
                    w.write(out, true);
                }
            }
        }
    }

    private record Work(int id, String title, List<String> authors, int year, String[] journal, int volume, int firstPage, int lastPage, String doi) {

        static Work random(int id, Random random) {
            StringBuilder title = new StringBuilder();
            if (random.nextInt(5) == 0) {
                title.append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ');
            }
            int words = 6 + random.nextInt(10);
            for (int i = 0; i < words; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                title.append(i == 0 && title.length() == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(i + 1 < words ? " " : "");
            }
            int authorCount = 1 + random.nextInt(8);
            List<String> authors = new java.util.ArrayList<>();
            for (int i = 0; i < authorCount; i++) {
                authors.add(SURNAMES[random.nextInt(SURNAMES.length)] + ", " + (char) ('A' + random.nextInt(26)) + "." + (random.nextBoolean() ? " "
                        + (char) ('A' + random.nextInt(26)) + "." : ""));
            }
            int firstPage = 1 + random.nextInt(3000);
            return new Work(id, title.toString(), authors, 2000 + random.nextInt(25), JOURNALS[random.nextInt(JOURNALS.length)].split("\\|"),
                    1 + random.nextInt(80), firstPage, firstPage + random.nextInt(15), random.nextInt(3) == 0 ? null : "10.1000/w" + id);
        }

        /** As one database exports it, or (again) as another does, with its differences. */
        void write(BufferedWriter out, boolean again) throws IOException {
            out.write("TY  - JOUR\r\n");
            for (String author : authors) {
                out.write("AU  - " + (again ? author.replace(",", "").replace(".", "").replace(" ", " ").replaceFirst("(\\w) (\\w)$", "$1$2") : author) + "\r\n");
            }
            out.write("TI  - " + (again ? title.toUpperCase(Locale.ROOT).charAt(0) + title.substring(1) + "." : title) + "\r\n");
            out.write("T2  - " + (again ? journal[1] : journal[0]) + "\r\n");
            out.write("PY  - " + year + "\r\n");
            out.write("VL  - " + volume + "\r\n");
            out.write("SP  - " + firstPage + "\r\n");
            String last = String.valueOf(lastPage);
            out.write("EP  - " + (again && last.length() == String.valueOf(firstPage).length() ? last.substring(last.length() - 1) : last) + "\r\n");
            if (doi != null && !again) {
                out.write("DO  - " + doi + "\r\n");
            }
            out.write("N1  - work " + id + "\r\n");
            out.write("ER  - \r\n\r\n");
        }
    }
}
