package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class ReportTextTest {

    static final Path REPO = Path.of(System.getProperty("appraise.repo", "../.."));

    @Test
    void offsetsCountUtf16UnitsOverTheBytesAsTheyAreWithCrlfAndNoBreakCharacters() {
        String text = "ORR\r\nanti\u2011PD\u20111 13\u00a0(22.4%) \uD835\uDC65 done";
        ReportText report = ReportText.decode(text.getBytes(StandardCharsets.UTF_8), "t.txt");
        assertEquals(text.length(), report.length());
        int start = text.indexOf("13");
        Annotation a = annotation(start, start + "13\u00a0(22.4%)".length(), "13\u00a0(22.4%)");
        assertTrue(report.anchors(a), "CRLF counts as two units and U+2011/U+00A0 as one each");
        int math = text.indexOf("\uD835");
        assertTrue(report.anchors(annotation(math, math + 2, "\uD835\uDC65")), "a supplementary character is two units");
        assertFalse(report.anchors(annotation(start, start + 2, "13 ")), "a quote with a plain space does not match U+00A0");
        assertEquals(2, report.lineOf(start));
    }

    @Test
    void invalidUtf8IsRefusedNamingTheFileAndByte() {
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportText.decode(latin1, "reports/old.txt"));
        assertEquals("reports/old.txt: not valid UTF-8 at byte 3; convert the file to UTF-8 before annotating it", e.getMessage());
    }

    @Test
    void offsetsOutsideTheTextMatchNothing() {
        ReportText report = ReportText.decode("short".getBytes(StandardCharsets.UTF_8), "t");
        assertTrue(report.between(2, 99).isEmpty());
        assertTrue(report.between(3, 2).isEmpty());
        assertFalse(report.anchors(annotation(0, 99, "short")));
    }

    @Test
    void sampleReportsAreTheCorpusPapersByteForByte() throws IOException {
        Path corpus = REPO.resolve("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "../shared/corpus is not beside this clone (outside the Appraise workplace): nothing to compare with");
        try (var papers = Files.list(corpus)) {
            for (Path paper : papers.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Path shipped = REPO.resolve("samples/hcc-pd1-combination/reports").resolve(paper.getFileName());
                assertEquals(ReportText.sha256(Files.readAllBytes(paper)), ReportText.sha256(Files.readAllBytes(shipped)),
                        paper.getFileName().toString());
            }
        }
    }

    static Annotation annotation(int start, int end, String quote) {
        Annotation a = AppraiseFactory.eINSTANCE.createAnnotation();
        a.setStart(start);
        a.setEnd(end);
        a.setQuote(quote);
        return a;
    }
}
