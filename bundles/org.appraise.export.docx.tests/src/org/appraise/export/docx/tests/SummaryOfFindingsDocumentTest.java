package org.appraise.export.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.export.docx.SummaryOfFindingsDocument;
import org.appraise.io.json.ReviewFolder;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The sample review's Summary of Findings table as a Word document, read back with POI and opened by LibreOffice. */
class SummaryOfFindingsDocumentTest {

    static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination");

    @TempDir
    Path temp;

    private static byte[] write(SummaryOfFindings table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryOfFindingsDocument.write(table, out);
        return out.toByteArray();
    }

    @Test
    void theTableReadBackHoldsEveryRowItsMergedHeadingsAndFootnotes() throws IOException {
        SummaryOfFindings table = SummaryOfFindings.of(ReviewFolder.open(SAMPLE).review(), CertaintyRule.grade());
        assertEquals(3, table.rows().size());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(table)))) {
            assertEquals(STPageOrientation.LANDSCAPE, doc.getDocument().getBody().getSectPr().getPgSz().getOrient());
            XWPFTable grid = doc.getTables().get(0);
            assertEquals(2 + 3, grid.getNumberOfRows());
            List<XWPFTableCell> first = grid.getRow(0).getTableCells();
            assertEquals(6, first.size(), "the absolute effects' heading takes two columns");
            assertEquals("Anticipated absolute effects* (95% CI)", first.get(1).getText());
            assertEquals(2, first.get(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(STMerge.RESTART, first.get(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(STMerge.CONTINUE, grid.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals("Risk with the comparator", grid.getRow(1).getCell(1).getText());
            for (int i = 0; i < 3; i++) {
                SummaryOfFindings.Row row = table.rows().get(i);
                var cells = grid.getRow(2 + i);
                assertTrue(cells.getCell(0).getText().startsWith(row.outcome()), cells.getCell(0).getText());
                assertEquals(row.relative(), cells.getCell(3).getText());
                assertTrue(cells.getCell(5).getText().startsWith(row.certainty()), cells.getCell(5).getText());
            }
            var orr = grid.getRow(2);
            assertEquals("214 per 1000 e", orr.getCell(1).getText(), "the median control risk of 13/41, 0/34 and 9/42, with its footnote's letter");
            assertTrue(orr.getCell(2).getText().startsWith("336 per 1000 (205 to 551)"), orr.getCell(2).getText());
            assertEquals("RR 1.57 (0.96 to 2.57)", orr.getCell(3).getText());
            assertEquals("246 (3 studies)", orr.getCell(4).getText());
            assertTrue(grid.getRow(4).getCell(2).getText().startsWith("241 per 1000 (168 to 339)"), "OS from the stated 9-month risk");
            String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            for (int i = 0; i < table.footnotes().size(); i++) {
                assertTrue(all.contains(SummaryOfFindings.letter(i) + " " + table.footnotes().get(i)), table.footnotes().get(i));
            }
        }
    }

    @Test
    void hostileTextStaysTextNeverAFieldAndNeverBrokenXml() throws IOException {
        String field = "{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" }";
        String xml = "</w:t><w:fldSimple w:instr=\"HYPERLINK x\"/>";
        SummaryOfFindings.Row row = new SummaryOfFindings.Row("=HYPERLINK(\"http://x\")" + xml, "bell \u0007 here", field, "a\nb", "", "", "", List.of(),
                "\uD800 lone surrogate", List.of(), List.of());
        SummaryOfFindings table = new SummaryOfFindings("A & B <review>", "P", null, "I", "C", List.of(row), List.of(field), List.of());
        byte[] bytes = write(table);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var cells = doc.getTables().get(0).getRow(2);
            assertTrue(cells.getCell(0).getText().startsWith("=HYPERLINK(\"http://x\")" + xml), cells.getCell(0).getText());
            assertEquals(field, cells.getCell(1).getText());
            assertEquals("a\nb", cells.getCell(2).getText());
            String document = doc.getDocument().xmlText();
            assertFalse(document.contains("<w:fldSimple") || document.contains("instrText") || document.contains("fldChar"), "no field in the document");
            assertFalse(document.contains("\u0007"), "no control character");
        }
    }

    @Test
    void libreOfficeOpensItAndMakesAPdf() throws Exception {
        Optional<Path> soffice = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "soffice"), Path.of(dir, "libreoffice"))).filter(Files::isExecutable).findFirst();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed (apt-get install libreoffice-writer-nogui); .ci/run installs it");
        Path docx = temp.resolve("sof.docx");
        Files.write(docx, write(SummaryOfFindings.of(ReviewFolder.open(SAMPLE).review(), CertaintyRule.grade())));
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore", "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", temp.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "LibreOffice finished within 4 minutes");
        Path pdf = temp.resolve("sof.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice wrote the PDF (no Writer? apt-get install libreoffice-writer-nogui): " + Files.readString(temp.resolve("soffice.log")));
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Path out = Path.of("target/sof");
        Files.createDirectories(out);
        Files.copy(pdf, out.resolve("summary-of-findings.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
