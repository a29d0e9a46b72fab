package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ImportProblem;
import org.appraise.io.refs.TaggedRecord;
import org.appraise.io.refs.XmlRecords;
import org.appraise.io.refs.XmlReferences;
import org.appraise.model.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class XmlRecordsTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<TaggedRecord> read(byte[] bytes, Set<String> elements) {
        List<TaggedRecord> records = new ArrayList<>();
        XmlRecords.read(new ByteArrayInputStream(bytes), "x.xml", elements, records::add, problems);
        return records;
    }

    @Test
    void inlineMarkupKeepsItsTextInTheTitleAndAbstract() {
        String xml = """
                <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
                <ArticleTitle>Effect of <i>Helicobacter pylori</i> eradication on H<sub>2</sub>O <b>intake</b></ArticleTitle>
                <Abstract><AbstractText>Rates of <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:mi>x</mml:mi><mml:mo>&gt;</mml:mo><mml:mn>2</mml:mn></mml:math> were seen.</AbstractText></Abstract>
                </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
                """;
        List<TaggedRecord> records = read(xml.getBytes(StandardCharsets.UTF_8), Set.of("PubmedArticle"));
        Reference reference = XmlReferences.pubmed(records.get(0), "p1", null);
        assertEquals("Effect of Helicobacter pylori eradication on H2O intake", reference.getTitle());
        assertEquals("Rates of x>2 were seen.", reference.getAbstract());
        assertEquals(List.of(), problems);
    }

    @Test
    void anUndeclaredEntityIsKeptAsTextAndNamedAndTheOtherRecordsAreRead() {
        String xml = """
                <PubmedArticleSet><!-- &copy; in a comment is text -->
                <PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
                <ArticleTitle>Liver&nbsp;resection &amp; survival</ArticleTitle>
                </Article></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID><Article>
                <ArticleTitle>Caf&#233; <![CDATA[&raw;]]> and &eacute;</ArticleTitle>
                </Article></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>
                """;
        List<TaggedRecord> records = read(xml.getBytes(StandardCharsets.UTF_8), Set.of("PubmedArticle"));
        assertEquals(2, records.size(), problems.toString());
        assertEquals("Liver&nbsp;resection & survival", XmlReferences.pubmed(records.get(0), "p1", null).getTitle());
        assertEquals("Caf\u00e9 &raw; and &eacute;", XmlReferences.pubmed(records.get(1), "p2", null).getTitle());
        assertEquals(List.of("x.xml:3: entity &nbsp; is not declared (entities are never resolved, for safety): kept as the text \"&nbsp;\"",
                "x.xml:6: entity &eacute; is not declared (entities are never resolved, for safety): kept as the text \"&eacute;\""),
                problems.stream().map(ImportProblem::toString).toList());
    }

    @Test
    void pubmedEfetchAndABookFragmentWithoutRoot() throws IOException {
        Path efetch = RisReaderTest.DATA.resolve("pubmed-xml/asreview_efetch_10.xml");
        Path book = RisReaderTest.DATA.resolve("pubmed-xml/jabref_pubmedbook_fragment.xml");
        Assumptions.assumeTrue(Files.exists(efetch) && Files.exists(book), "../shared/data is not beside this clone");
        byte[] bytes = Files.readAllBytes(efetch);
        assertEquals(Optional.of(ExportFormat.PUBMED_XML), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        List<TaggedRecord> records = read(bytes, Set.of("PubmedArticle", "PubmedBookArticle"));
        assertEquals(10, records.size());
        assertEquals(List.of(), problems, "the DOCTYPE is skipped, never fetched");
        Reference first = XmlReferences.pubmed(records.get(0), "p1", null);
        assertEquals("31690499", first.getPmid());
        assertEquals("A new decompression device for treating odontogenic cysts using a silicone tube.", first.getTitle());
        assertEquals("10.1016/j.bjoms.2019.09.011", first.getDoi());
        assertEquals("The British journal of oral & maxillofacial surgery", first.getJournal());
        assertEquals(Integer.valueOf(2019), first.getYear());
        assertTrue(first.getAuthors().get(0).startsWith("Kimura, M"), first.getAuthors().toString());
        assertEquals(records.get(0).fields().size(), first.getFields().size(), "every element and attribute is kept");

        List<TaggedRecord> fragment = read(Files.readAllBytes(book), Set.of("PubmedArticle", "PubmedBookArticle"));
        assertEquals(1, fragment.size());
        assertEquals("21413195", XmlReferences.pubmed(fragment.get(0), "b", null).getPmid());
    }

    @Test
    void endnoteLibrariesWithStyleWrappers() throws IOException {
        Path endnote = RisReaderTest.DATA.resolve("endnote-xml/respiratory_endnote17_first200_TRUNCATED.xml");
        Path pretty = RisReaderTest.DATA.resolve("endnote-xml/jabref_endnote15_pretty.xml");
        Assumptions.assumeTrue(Files.exists(endnote) && Files.exists(pretty), "../shared/data is not beside this clone");
        byte[] bytes = Files.readAllBytes(endnote);
        assertEquals(Optional.of(ExportFormat.ENDNOTE_XML), ExportFormat.detect(new ByteArrayInputStream(bytes)));
        List<TaggedRecord> records = read(bytes, Set.of("record"));
        assertEquals(200, records.size());
        Reference first = XmlReferences.endnote(records.get(0), "e1", null);
        assertEquals(List.of("Ziegler, T. R."), first.getAuthors());
        assertEquals("Perioperative nutritional support in patients undergoing hepatectomy for hepatocellular carcinoma", first.getTitle());
        assertEquals("Jpen: Journal of Parenteral & Enteral Nutrition", first.getJournal());
        assertEquals(Integer.valueOf(1996), first.getYear());
        assertEquals("91-92", first.getPages());
        assertEquals(null, first.getSourceDatabase(), "the EndNote library's file is no database the record was found in");
        assertTrue(first.getFields().stream().anyMatch(f -> f.getTag().equals("database") && f.getValue().equals("Respiratory.enl")), "kept raw");
        assertTrue(first.getFields().stream().anyMatch(f -> f.getTag().equals("caption") && f.getValue().equals("Duplicate")));
        assertEquals(2, read(Files.readAllBytes(pretty), Set.of("record")).size());
        assertEquals(List.of(), problems);
    }

    @Test
    void externalEntitiesAndEntityExpansionAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                + "<xml><records><record><titles><title>&secret;&b;</title></titles></record></records></xml>";
        List<TaggedRecord> records = read(xxe.getBytes(StandardCharsets.UTF_8), Set.of("record"));
        String all = records.toString() + records.stream().flatMap(r -> r.fields().stream()).toList();
        assertFalse(all.contains("root:"), "no file was read");
        assertFalse(all.contains("aaaaaaaaaa"), "no entity was expanded");
        assertFalse(problems.isEmpty(), "the entities are reported: " + problems);
    }

    @Test
    void aBrokenDocumentKeepsTheRecordsBeforeTheErrorAndNamesTheLine() {
        String xml = "<xml><records>\n<record><titles><title>One</title></titles></record>\n<record><titles><title>Two</titles>\n</record></records></xml>";
        List<TaggedRecord> records = read(xml.getBytes(StandardCharsets.UTF_8), Set.of("record"));
        assertEquals(1, records.size());
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("not well-formed XML"), problems.get(0).message());
    }
}
