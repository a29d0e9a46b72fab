package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.RisReader;
import org.appraise.io.refs.RisReferences;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.TextSource;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RisReaderTest {

    static final Path DATA = Path.of(System.getProperty("appraise.repo", "../.."), "../shared/data");

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<TaggedRecord> read(InputStream in, String name) throws IOException {
        List<TaggedRecord> records = new ArrayList<>();
        TextSource.Opened opened = TextSource.open(in);
        RisReader.read(opened.reader(), name, records::add, problems);
        return records;
    }

    /** The lines read without the tag pattern are read as the pattern reads them; the others are left to it. */
    @Test
    void tagLinesAreReadAsThePatternReadsThem() throws IOException {
        String ris = "TY  - JOUR\r\nAU  - Liu, Q\r\nAU  -Loose, A\r\nAU - Looser, B\r\nN1  -\r\nTI  -   Padded title  \r\n"
                + "KW  - x  \r\na continued line\r\nER  - \r\n";
        List<TaggedRecord> records = read(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)), "edge.ris");
        assertEquals(1, records.size());
        assertEquals(List.of("TY=JOUR", "AU=Liu, Q", "AU=Loose, A", "AU=Looser, B", "N1=", "TI=Padded title", "KW=x\na continued line"),
                records.get(0).fields().stream().map(f -> f.tag() + "=" + f.value()).toList());
    }

    /**
     * The database a record was found in, as a PRISMA diagram names it: EBSCOhost's code psyh is APA PsycInfo, EndNote's
     * data provider NLM is PubMed, a record whose own page is lens.org's was found in Lens.org; a publisher's link names
     * no database, and a name this table does not know stays as written.
     */
    @Test
    void theDatabaseOfEachRecordIsNamedAsPrismaNamesIt() throws IOException {
        String ris = String.join("\r\n", "TY  - JOUR", "TI  - One", "DB  - psyh", "DP  - EBSCOhost", "ER  - ", "", "TY  - JOUR", "TI  - Two",
                "DP  - NLM", "ER  - ", "", "TY  - JOUR", "TI  - Three", "UR  - https://lens.org/001-257-578-706-377", "ER  - ", "", "TY  - JOUR",
                "TI  - Four", "UR  - https://onlinelibrary.wiley.com/doi/abs/10.1002/ebm2.15", "ER  - ", "", "TY  - JOUR", "TI  - Five",
                "DB  - A Local Index", "ER  - ", "", "TY  - JOUR", "TI  - Six", "UR  - <Go to ISI>://WOS:000298449100001", "ER  - ", "");
        List<TaggedRecord> records = read(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)), "sources.ris");
        assertEquals(java.util.Arrays.asList("APA PsycInfo", "PubMed", "Lens.org", null, "A Local Index", "Web of Science"),
                records.stream().map(r -> RisReferences.toReference(r, "r", null).getSourceDatabase()).toList());
        assertEquals("Mine", RisReferences.toReference(records.get(0), "r", "Mine").getSourceDatabase(), "the import's --source wins");

        Path psycinfo = DATA.resolve("ris/citesource_psycinfo_64.ris");
        Path lens = DATA.resolve("ris/citesource_lens_49.ris");
        Path endnote = DATA.resolve("ris/asysd_endnote_ris_export.txt");
        Assumptions.assumeTrue(Files.exists(psycinfo) && Files.exists(lens) && Files.exists(endnote), "../shared/data is not beside this clone");
        assertEquals(java.util.Map.of("APA PsycInfo", 64L), sources(psycinfo));
        assertEquals(java.util.Map.of("Lens.org", 49L), sources(lens));
        java.util.Map<String, Long> library = sources(endnote);
        assertEquals(31L, library.get("Scopus"));
        assertEquals(13L, library.get("PubMed"), "EndNote's DP - NLM");
    }

    private java.util.Map<String, Long> sources(Path file) throws IOException {
        return read(Files.newInputStream(file), file.getFileName().toString()).stream()
                .map(r -> String.valueOf(RisReferences.toReference(r, "r", null).getSourceDatabase()))
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** Every real export: all its records, and every tagged line of the file kept in a field. */
    @ParameterizedTest
    @CsvSource({ "asreview_embase.ris,6", "asreview_proquest.ris,6", "asreview_pubmed_zotero.ris,6", "asreview_rayyan_issue992.txt,19",
            "asreview_wos.txt,10", "asysd_endnote_ris_export.txt,69", "citesource_lens_49.ris,49", "citesource_psycinfo_64.ris,64",
            "citesource_scopus_gambling_255.ris,255", "synthesisr_scopus_small.ris,3" })
    void realExportsImportWithoutLoss(String file, int expected) throws IOException {
        Path path = DATA.resolve("ris").resolve(file);
        Assumptions.assumeTrue(Files.exists(path), "../shared/data is not beside this clone (outside the Appraise workplace)");
        List<TaggedRecord> records = read(Files.newInputStream(path), file);
        assertEquals(expected, records.size(), file);
        assertEquals(List.of(), problems, file);
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        long taggedLines = Pattern.compile("^[A-Z][A-Z0-9]  -", Pattern.MULTILINE).matcher(text.replace("\uFEFF", "")).results()
                .filter(m -> !text.replace("\uFEFF", "").startsWith("ER", m.start())).count();
        long fields = records.stream().mapToLong(r -> r.fields().size()).sum();
        assertEquals(taggedLines, fields, file + ": every tagged line of the file is a field of a record");
        int withTitle = 0;
        for (int i = 0; i < records.size(); i++) {
            Reference reference = RisReferences.toReference(records.get(i), "r" + i, null);
            assertEquals(records.get(i).fields().size(), reference.getFields().size(), "every field is kept on the reference");
            withTitle += reference.getTitle() == null ? 0 : 1;
        }
        assertEquals(records.size(), withTitle, file + ": every record has a title");
    }

    @Test
    void rayyanKeywordsOnUntaggedLinesAreSeparateKeywords() throws IOException {
        Path path = DATA.resolve("ris/asreview_rayyan_issue992.txt");
        Assumptions.assumeTrue(Files.exists(path), "../shared/data is not beside this clone");
        Reference first = RisReferences.toReference(read(Files.newInputStream(path), "rayyan").get(0), "r", "Rayyan");
        assertEquals("Health Facility Administration", first.getKeywords().get(0));
        assertTrue(first.getKeywords().contains("Medication Reconciliation"));
        assertEquals(13, first.getKeywords().size(), "one KW line and twelve untagged lines after it");
        assertEquals(Integer.valueOf(2011), first.getYear());
        assertEquals("1-5", first.getPages());
        assertEquals("Rayyan", first.getSourceDatabase());
    }

    @Test
    void bomMixedLineEndsAndFullWidthCharactersComeThrough() throws IOException {
        Path lens = DATA.resolve("ris/citesource_lens_49.ris");
        Path psycinfo = DATA.resolve("ris/citesource_psycinfo_64.ris");
        Assumptions.assumeTrue(Files.exists(lens) && Files.exists(psycinfo), "../shared/data is not beside this clone");
        assertEquals("TY", read(Files.newInputStream(lens), "lens").get(0).fields().get(0).tag(), "the BOM is not part of the first tag");
        assertTrue(read(Files.newInputStream(psycinfo), "psycinfo").stream()
                .anyMatch(r -> r.first("TI", "T1") != null && r.first("TI", "T1").contains("\uFF1A")), "U+FF1A in a title is kept");
    }

    @Test
    void truncatedFilesAndStrayFieldsAreReportedWithTheirLinesAndValidRecordsStillCome() throws IOException {
        String ris = "1.\nAU  - Orphan, A.\nTY  - JOUR\nTI  - First\nER  - \n\nTY  - JOUR\nTI  - Second\nAU  - Cut, B.\n";
        List<TaggedRecord> records = read(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)), "cut.ris");
        assertEquals(2, records.size());
        assertEquals(List.of("cut.ris:2: field AU outside a record (no TY before it): skipped",
                "cut.ris:7: the file ends inside this record (no ER): truncated? It was imported as it stands"),
                problems.stream().map(ImportProblem::toString).toList());
    }

    @ParameterizedTest
    @CsvSource({ "windows-1252,false", "UTF-16LE,true", "UTF-8,true", "UTF-8,false" })
    void encodingsAreRecognised(String charset, boolean bom) throws IOException {
        String ris = "TY  - JOUR\r\nAU  - Mu\u00f1oz, Jos\u00e9\r\nTI  - Caf\u00e9 \u2013 \u00e9tude\r\nER  - \r\n";
        byte[] body = ris.getBytes(Charset.forName(charset));
        byte[] prefix = !bom ? new byte[0] : charset.equals("UTF-8") ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
                : new byte[] { (byte) 0xFF, (byte) 0xFE };
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        TaggedRecord record = read(new ByteArrayInputStream(bytes), "enc.ris").get(0);
        assertEquals("Mu\u00f1oz, Jos\u00e9", record.first("AU"));
        assertEquals("Caf\u00e9 \u2013 \u00e9tude", record.first("TI"));
        assertEquals(List.of(), problems);
    }

    @Test
    void doisAreFoundWhereDatabasesPutThemAndPagesJoined() throws IOException {
        String ris = "TY  - JOUR\nTI  - T\nUR  - https://doi.org/10.1186/S13014-022-02079-8.\nSP  - 106\nEP  - 114\nPY  - 2022///\nER  - \n";
        Reference reference = RisReferences.toReference(read(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)), "d").get(0), "x", "Embase");
        assertEquals("10.1186/s13014-022-02079-8", reference.getDoi());
        assertEquals("106-114", reference.getPages());
        assertEquals(Integer.valueOf(2022), reference.getYear());
    }
}
