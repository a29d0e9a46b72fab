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

import org.appraise.io.refs.BibtexReader;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.TextSource;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class BibtexReaderTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<TaggedRecord> read(byte[] bytes) throws IOException {
        List<TaggedRecord> records = new ArrayList<>();
        BibtexReader.read(TextSource.open(new ByteArrayInputStream(bytes)).reader(), "t.bib", records::add, problems);
        return records;
    }

    @Test
    void scopusBibtexKeepsRepeatedFieldsAndNamesWithSpaces() throws IOException {
        Path bib = RisReaderTest.DATA.resolve("bibtex/synthesisr_scopus.bib");
        Assumptions.assumeTrue(Files.exists(bib), "../shared/data is not beside this clone");
        byte[] bytes = Files.readAllBytes(bib);
        assertEquals(Optional.of(ExportFormat.BIBTEX), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        List<TaggedRecord> records = read(bytes);
        assertEquals(3, records.size());
        assertEquals(List.of(), problems);
        TaggedRecord first = records.get(0);
        assertEquals("article", first.first("@type"));
        assertEquals("Li2020", first.first("@key"));
        assertEquals(2, first.all("funding_details").size(), "a repeated field is kept twice");
        assertTrue(first.first("funding_text\u00a01").startsWith("The Special Fund"), "a field name with a no-break space is kept as written");
        Reference reference = BibtexReader.toReference(first, "b1", null);
        assertEquals("Soil fauna diversity at different stages of reed restoration in a lakeshore wetland at Lake Taihu, China", reference.getTitle());
        assertEquals("Li, W.", reference.getAuthors().get(0));
        assertEquals("10.1080/20964129.2020.1722034", reference.getDoi());
        assertEquals("Scopus", reference.getSourceDatabase());
        assertEquals(6, reference.getKeywords().size());
    }

    @Test
    void latexAccentsStringsCommentsAndAnUnclosedEntry() throws IOException {
        String bib = "@string{jn = \"Journal\"}\n@comment{ignored}\n@Article{a1,\n  author = {M{\\\"u}ller, J{\\\"o}rg and Garc{\\'\\i}a, A.},\n"
                + "  title = \"{The} effect of x -- y\",\n  year = 2021,\n  pages = {10--20}\n}\n@article{broken,\n  title = {never closed\n"
                + "@book{b2, title={A book}, year={1999}}\n";
        List<TaggedRecord> records = read(bib.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, records.size());
        assertEquals(1, problems.size());
        assertEquals(9, problems.get(0).line());
        Reference a = BibtexReader.toReference(records.get(0), "a", null);
        assertEquals("M\u00fcller, J\u00f6rg", a.getAuthors().get(0));
        assertEquals("The effect of x \u2013 y", a.getTitle());
        assertEquals("10-20", a.getPages());
        assertEquals(Integer.valueOf(2021), a.getYear());
        assertEquals("A book", BibtexReader.toReference(records.get(1), "b", null).getTitle());
    }
}
