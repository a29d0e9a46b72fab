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
    void aFileOfNoRecordInTheFormatNamedSaysSo() throws IOException {
        for (String text : List.of("", "<1. >\nTI  Not RIS at all\n")) {
            ReferenceImport.Result result = read("empty.ris", text.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of());
            assertTrue(result.nothingRead().orElseThrow().startsWith("empty.ris: no record read as RIS"), result.nothingRead().toString());
        }
        assertEquals(Optional.empty(), read("one.ris", RIS.getBytes(StandardCharsets.UTF_8), ExportFormat.RIS, Map.of()).nothingRead());
    }
}
