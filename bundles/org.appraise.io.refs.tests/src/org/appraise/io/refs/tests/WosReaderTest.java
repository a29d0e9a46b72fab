package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.TextSource;
import org.appraise.io.refs.WosReader;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class WosReaderTest {

    @Test
    void webOfScienceTaggedTextInBothGenerations() throws IOException {
        Path ciw = RisReaderTest.DATA.resolve("wos/synthesisr_wos.ciw");
        Path isi = RisReaderTest.DATA.resolve("wos/jabref_isi_wos.isi");
        Assumptions.assumeTrue(Files.exists(ciw) && Files.exists(isi), "../shared/data is not beside this clone");
        List<ImportProblem> problems = new ArrayList<>();
        List<TaggedRecord> records = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(ciw);
        assertEquals(Optional.of(ExportFormat.WOS), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        WosReader.read(TextSource.open(new ByteArrayInputStream(bytes)).reader(), "wos.ciw", records::add, problems);
        assertEquals(5, records.size());
        Reference first = WosReader.toReference(records.get(0), "w1", null);
        assertEquals(10, first.getAuthors().size(), "each continued author line is an author");
        assertEquals("Li, Wei", first.getAuthors().get(0));
        assertEquals("Soil fauna diversity at different stages of reed restoration in a lakeshore wetland at Lake Taihu, China", first.getTitle());
        assertEquals("10.1080/20964129.2020.1722034", first.getDoi());
        assertEquals(Integer.valueOf(2020), first.getYear());
        assertEquals("Web of Science", first.getSourceDatabase());

        List<TaggedRecord> old = new ArrayList<>();
        WosReader.read(TextSource.open(Files.newInputStream(isi)).reader(), "old.isi", old::add, problems);
        assertEquals(2, old.size());
        assertTrue(old.get(0).all("CR").size() > 4, "cited references stay one per line");
        assertEquals(List.of(), problems);
    }
}
