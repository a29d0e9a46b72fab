package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.io.refs.CsvReader;
import org.appraise.io.refs.CsvReferences;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.TextSource;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class CsvReaderTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<TaggedRecord> read(byte[] bytes) throws IOException {
        List<TaggedRecord> records = new ArrayList<>();
        CsvReader.read(() -> TextSource.open(new ByteArrayInputStream(bytes)).reader(), "t.csv", records::add, problems);
        return records;
    }

    @Test
    void aMalformedRowIsNamedAndSkippedAndTheRowsAfterItAreRead() throws IOException {
        List<TaggedRecord> rows = read(("Title,Year\n"
                + "First record,2001\n"
                + "\"Second\" record,2002\n"
                + "Third record,2003\n"
                + "\"Fourth, with a comma\",2004\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("First record", "Third record", "Fourth, with a comma"), rows.stream().map(r -> r.first("Title")).toList());
        assertEquals(List.of(2, 4, 5), rows.stream().map(TaggedRecord::line).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("t.csv:3: cannot be read as CSV (") && problems.get(0).message().endsWith(
                "line 3 skipped; reading goes on after it"), problems.toString());
    }

    @Test
    void authorCellsOfEveryConventionGiveOneNamePerAuthor() throws IOException {
        List<TaggedRecord> rows = read(("Title,Author\n"
                + "a,\"Wright, V C\"\n"
                + "b,\"Wright, V C, Smith, J.\"\n"
                + "c,\"Ziegler, T. R. and Smith, J\"\n"
                + "d,\"Liu R., Adler D.G.\"\n"
                + "e,Liu R.; Adler D.G.\n"
                + "f,\"Singh, M, Duttagupta, S, Singh, M\"\n"
                + "g,\"Group, ASCUS-LSIL Traige Study (ALTS)\"\n").getBytes(StandardCharsets.UTF_8));
        CsvReferences csv = new CsvReferences(Map.of());
        assertEquals(List.of("Wright, V C"), csv.toReference(rows.get(0), "a", null).getAuthors());
        assertEquals(List.of("Wright, V C", "Smith, J."), csv.toReference(rows.get(1), "b", null).getAuthors());
        assertEquals(List.of("Ziegler, T. R.", "Smith, J"), csv.toReference(rows.get(2), "c", null).getAuthors());
        assertEquals(List.of("Liu R.", "Adler D.G."), csv.toReference(rows.get(3), "d", null).getAuthors());
        assertEquals(List.of("Liu R.", "Adler D.G."), csv.toReference(rows.get(4), "e", null).getAuthors());
        // two authors of one name are two authors (a real record of the cytology set)
        assertEquals(List.of("Singh, M", "Duttagupta, S", "Singh, M"), csv.toReference(rows.get(5), "f", null).getAuthors());
        assertEquals(List.of("Group, ASCUS-LSIL Traige Study (ALTS)"), csv.toReference(rows.get(6), "g", null).getAuthors());
    }

    @Test
    void scopusAndEmbaseExportsMapWithoutAColumnMapping() throws IOException {
        Path scopus = RisReaderTest.DATA.resolve("csv/litstudy_scopus.csv");
        Path embase = RisReaderTest.DATA.resolve("csv/asreview_embase.csv");
        Assumptions.assumeTrue(Files.exists(scopus) && Files.exists(embase), "../shared/data is not beside this clone");
        byte[] bytes = Files.readAllBytes(scopus);
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        List<TaggedRecord> rows = read(bytes);
        assertEquals(58, rows.size());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("56 row(s) have more funding texts than the header's 'Funding Text 1'"),
                "this real Scopus export has rows one cell longer than its header (a second funding text): said, and read into their columns");
        assertEquals(0, rows.stream().filter(r -> r.first("column 46") != null).count());
        assertEquals(1, rows.stream().filter(r -> r.first("Funding Text 2") != null).count(), "the one row whose second funding text is not empty");
        assertEquals(58, rows.stream().filter(r -> r.first("EID") != null && r.first("EID").startsWith("2-s2.0-")).count(), "every row's EID in its column");
        TaggedRecord petri = rows.stream().filter(r -> "2-s2.0-85123480963".equals(r.first("EID"))).findFirst().orElseThrow();
        assertEquals("35064163", petri.first("PubMed ID"), "the PMID of a row with two funding texts is read under its column");
        assertEquals("English", petri.first("Language of Original Document"));
        assertEquals("35064163", new CsvReferences(Map.of()).toReference(petri, "p", null).getPmid());
        Reference first = new CsvReferences(Map.of()).toReference(rows.get(0), "s1", "Scopus");
        assertTrue(first.getTitle() != null && !first.getTitle().isBlank());
        assertTrue(first.getAuthors().size() >= 1 && !first.getAuthors().get(0).contains(","), first.getAuthors().toString());
        assertTrue(first.getYear() != null && first.getYear() > 1900);
        assertEquals(rows.get(0).fields().size(), first.getFields().size(), "every non-empty cell is kept");
        // the database each row names itself by (its Scopus page in Link), also in the 56 rows whose later cells are shifted
        assertEquals(58, rows.stream().filter(r -> "Scopus".equals(new CsvReferences(Map.of()).toReference(r, "s", null).getSourceDatabase())).count());

        List<TaggedRecord> embaseRows = read(Files.readAllBytes(embase));
        assertEquals(6, embaseRows.size());
        Reference cyst = new CsvReferences(Map.of()).toReference(embaseRows.get(0), "e1", "Embase");
        assertEquals("Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound", cyst.getTitle());
        assertEquals(List.of("Liu R.", "Adler D.G."), cyst.getAuthors());
        assertEquals("Endoscopic Ultrasound", cyst.getJournal());
        assertEquals(Integer.valueOf(2014), cyst.getYear());
        assertEquals("3", cyst.getVolume());
        assertEquals("152-160", cyst.getPages());
        assertEquals("Embase", new CsvReferences(Map.of()).toReference(embaseRows.get(0), "e1", null).getSourceDatabase(), "Emtree, sid=EMBASE");
        assertEquals("Ovid Embase", new CsvReferences(Map.of()).toReference(embaseRows.get(0), "e1", "Ovid Embase").getSourceDatabase(),
                "--source wins");
    }

    @Test
    void aTableOfOnesOwnWithAMappingTabsAndABrokenQuote() throws IOException {
        String tsv = "Heading\tWho\tWhen\tSummary\n\"Trial A\"\tSmith J; Doe A\t2021\tfirst\n\"Trial B\tJones K\t2020\tsecond\n";
        List<TaggedRecord> rows = read(tsv.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, rows.size(), "the row before the broken quote is kept");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("cannot be read as CSV"), problems.get(0).message());
        Reference a = new CsvReferences(CsvReferences.parseColumns("title=Heading, authors=Who, year=When, abstract=Summary"))
                .toReference(rows.get(0), "x", null);
        assertEquals("Trial A", a.getTitle());
        assertEquals(List.of("Smith J", "Doe A"), a.getAuthors());
        assertEquals(Integer.valueOf(2021), a.getYear());
        assertEquals(null, a.getSourceDatabase(), "a table of one's own names no database");
        assertThrows(IllegalArgumentException.class, () -> CsvReferences.parseColumns("colour=Blue"));
    }
}
