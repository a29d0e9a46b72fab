package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.Progress;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import says about a file it cannot take whole: UTF-16 detected, CSV headers in any case, unmapped columns refused, nothing read said. */
final class ImportOutcomesTest {

    private static final String RIS = "TY  - JOUR\r\nAU  - Llovet, J. M.\r\nTI  - Sorafenib in advanced hepatocellular carcinoma\r\nPY  - 2008\r\nER  - \r\n";

    @TempDir
    Path temp;

    private ReferenceImport.Result read(String name, byte[] bytes, ExportFormat format, Map<String, String> columns) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return new ReferenceImport(AppraiseFactory.eINSTANCE.createReview(), columns).read(file, format, "Test", null, Instant.EPOCH, Progress.NONE);
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    @Test
    void utf16ExportsAreDetectedWithOrWithoutTheirByteOrderMark() throws IOException {
        byte[] le = withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, RIS.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = withBom(new byte[] { (byte) 0xFE, (byte) 0xFF }, RIS.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : List.of(le, be, RIS.getBytes(StandardCharsets.UTF_16LE))) {
            assertEquals(Optional.of(ExportFormat.RIS), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        }
        ReferenceImport.Result result = read("utf16.ris", le, ExportFormat.RIS, Map.of());
        assertEquals("Sorafenib in advanced hepatocellular carcinoma", result.references().get(0).getTitle());
    }

    @Test
    void csvHeadersInLowerCaseAreTheKnownColumns() throws IOException {
        ReferenceImport.Result result = read("lower.csv", ("id,title,year,author,journal\n1,Sorafenib in advanced HCC,2008,\"Llovet, J. M.\",N Engl J Med\n")
                .getBytes(StandardCharsets.UTF_8), ExportFormat.CSV, Map.of());
        Reference reference = result.references().get(0);
        assertEquals("Sorafenib in advanced HCC", reference.getTitle());
        assertEquals(Integer.valueOf(2008), reference.getYear());
        assertEquals(List.of("Llovet, J. M."), List.copyOf(reference.getAuthors()));
        assertEquals("N Engl J Med", reference.getJournal());
    }

    @Test
    void aCsvOfUnknownColumnsIsRefusedWithItsColumnsNamed() {
        var refused = assertThrows(ReferenceImport.UnmappedColumns.class, () -> read("odd.csv", "Nom,Annee\nSorafenib,2008\n".getBytes(StandardCharsets.UTF_8),
                ExportFormat.CSV, Map.of()));
        assertTrue(refused.getMessage().contains("(columns: Nom, Annee)") && refused.getMessage().contains("--columns"), refused.getMessage());
    }

    @Test
    void identifiersComeOnlyFromTheFieldsThatCarryTheRecordsOwn() throws IOException {
        String ris = "TY  - JOUR\r\nTI  - A\r\nN1  - Tests & Measures: Beck Depression Inventory DOI: 10.1037/t00741-000\r\nER  - \r\n"
                + "TY  - JOUR\r\nTI  - B\r\nUR  - https://doi.org/10.1186/S13014-022-02079-8\r\nN1  - see 10.1000/other\r\nER  - \r\n"
                + "TY  - JOUR\r\nTI  - C\r\nDO  - 10.1056/NEJMoa0708857\r\nUR  - https://example.org/10.1000/x\r\nER  - \r\n";
        List<Reference> refs = read("ids.ris", ris.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of()).references();
        assertEquals(null, refs.get(0).getDoi(), "a note's DOI is another paper's");
        assertEquals("10.1186/s13014-022-02079-8", refs.get(1).getDoi(), "a doi.org link that is the whole field");
        assertEquals("10.1056/nejmoa0708857", refs.get(2).getDoi());
        assertTrue(refs.get(0).getFields().stream().anyMatch(f -> f.getTag().equals("N1")), "the note is kept as it was");
        List<Reference> csv = read("scopus.csv", "Title,PubMed ID\nA,NCAOA\nB,18650514\n".getBytes(StandardCharsets.UTF_8), ExportFormat.CSV, Map.of())
                .references();
        assertEquals(null, csv.get(0).getPmid(), "a CODEN is no PMID");
        assertEquals("18650514", csv.get(1).getPmid());
    }

    @Test
    void fieldsThatWereLostOrWrongAreRead() throws IOException {
        String wos = "FN Thomson Reuters Web of Science\nVR 1.0\nPT J\nAU Smith, J; Wu, X\nAF Smith, John (john.smith@uni.edu)\n   Wu, Xia\n"
                + "TI A zoological record\nSO J ZOOL\nPY 2019\nPS 123-145\nER\n\nPT J\nAU Lee, K\nTI Another\nBP UNSP 1722034\nER\n\nEF\n";
        List<Reference> refs = read("zr.txt", wos.getBytes(StandardCharsets.UTF_8), ExportFormat.WOS, Map.of()).references();
        assertEquals("123-145", refs.get(0).getPages(), "Zoological Record's PS");
        assertEquals(List.of("Smith, John", "Wu, Xia"), List.copyOf(refs.get(0).getAuthors()), "the e-mail out of the name");
        assertEquals("1722034", refs.get(1).getPages(), "UNSP is no page");
        String medline = "PMID- 123\nTI  - T\nAU  - Smith J; Wu X\n\n";
        assertEquals(List.of("Smith J", "Wu X"), List.copyOf(read("m.txt", medline.getBytes(StandardCharsets.UTF_8), ExportFormat.MEDLINE, Map.of())
                .references().get(0).getAuthors()), "a list on one line is split");
        String bib = "@article{a, title={Survival \\textgreater{} 5 years in 10\\% \\textless 3 cm}, author={Smith, J.}, year={2020}}\n";
        assertEquals("Survival > 5 years in 10% <3 cm", read("a.bib", bib.getBytes(StandardCharsets.UTF_8), ExportFormat.BIBTEX, Map.of())
                .references().get(0).getTitle());
    }

    @Test
    void aMedlineFileCutMidRecordAndAnIdentifierThatIsNoneAreSaid() throws IOException {
        String medline = "PMID- 18650514\nTI  - Sorafenib in advanced hepatocellular carcinoma.\nSO  - N Engl J Med. 2008;359(4):378-90.\n\n"
                + "PMID- 32402160\nTI  - Atezolizumab plus bevacizumab\nAU  - Finn RS\n";
        ReferenceImport.Result cut = read("cut.txt", medline.getBytes(StandardCharsets.UTF_8), ExportFormat.MEDLINE, Map.of());
        assertEquals(2, cut.references().size());
        assertEquals(1, cut.problems().size(), cut.problems().toString());
        assertTrue(cut.problems().get(0).toString().startsWith("cut.txt:5: the file ends inside this record"), cut.problems().toString());
        String ris = "TY  - JOUR\r\nTI  - A\r\nDO  - NCAOA\r\nER  - \r\n";
        ReferenceImport.Result bad = read("bad.ris", ris.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of());
        assertEquals(null, bad.references().get(0).getDoi());
        assertTrue(bad.problems().get(0).message().startsWith("'NCAOA' in DO is no DOI"), bad.problems().toString());
    }

    @Test
    void aFileOfNoRecordInTheFormatNamedSaysSo() throws IOException {
        for (String text : List.of("", "<1. >\nTI  Not RIS at all\n")) {
            ReferenceImport.Result result = read("empty.ris", text.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of());
            assertTrue(result.nothingRead().orElseThrow().startsWith("empty.ris: no record read as RIS"), result.nothingRead().toString());
        }
        assertEquals(Optional.empty(), read("one.ris", RIS.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of()).nothingRead());
    }
}
