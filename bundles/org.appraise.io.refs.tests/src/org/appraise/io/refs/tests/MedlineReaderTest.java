package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.MedlineReader;
import org.appraise.io.refs.MedlineReferences;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.TextSource;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class MedlineReaderTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<TaggedRecord> read(byte[] bytes, String name) throws IOException {
        List<TaggedRecord> records = new ArrayList<>();
        MedlineReader.read(TextSource.open(new ByteArrayInputStream(bytes)).reader(), name, records::add, problems);
        return records;
    }

    @Test
    void pubmedExportsImportWithoutLossAndWithTheirIdentifiers() throws IOException {
        Path pubmed = RisReaderTest.DATA.resolve("medline/synthesisr_pubmed.nbib");
        Path jabref = RisReaderTest.DATA.resolve("medline/jabref_nbib_edited.nbib");
        Assumptions.assumeTrue(Files.exists(pubmed) && Files.exists(jabref), "../shared/data is not beside this clone");
        for (Path file : List.of(pubmed, jabref)) {
            byte[] bytes = Files.readAllBytes(file);
            List<TaggedRecord> records = read(bytes, file.getFileName().toString());
            String text = new String(bytes, StandardCharsets.UTF_8);
            long tagged = Pattern.compile("^[A-Z][A-Z0-9]{0,3} {0,3}-", Pattern.MULTILINE).matcher(text).results().count();
            assertEquals(tagged, records.stream().mapToLong(r -> r.fields().size()).sum(), file + ": every tagged line is kept");
            assertEquals(List.of(), problems);
            assertEquals(Optional.of(ExportFormat.MEDLINE), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        }
        Reference first = MedlineReferences.toReference(read(Files.readAllBytes(pubmed), "p").get(0), "r1", null);
        assertEquals("28441597", first.getPmid());
        assertEquals("10.1016/j.scitotenv.2017.04.075", first.getDoi());
        assertEquals(Integer.valueOf(2017), first.getYear());
        assertEquals("188-197", first.getPages());
        assertTrue(first.getTitle().startsWith("Differences in nitrate and phosphorus export between wooded and grassed riparian zones"),
                "a title continued on an indented line is one title: " + first.getTitle());
        assertEquals("PubMed", first.getSourceDatabase());
    }

    @Test
    void formatsAreToldApartByContent() throws IOException {
        assertEquals(Optional.of(ExportFormat.RIS), ExportFormat.detect(new ByteArrayInputStream("\uFEFF\r\n1.\r\nTY  - JOUR\r\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(ExportFormat.MEDLINE), ExportFormat.detect(new ByteArrayInputStream("\nPMID- 123\nTI  - x\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(ExportFormat.BIBTEX), ExportFormat.detect(new ByteArrayInputStream("\n@ARTICLE{x,\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), ExportFormat.detect(new ByteArrayInputStream("Dear colleague,\nplease find".getBytes(StandardCharsets.UTF_8))));
    }
}
