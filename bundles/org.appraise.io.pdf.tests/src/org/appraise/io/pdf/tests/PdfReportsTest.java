package org.appraise.io.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.appraise.core.ReportText;
import org.appraise.io.pdf.PdfReports;
import org.junit.jupiter.api.Test;

/** PDFs made here with PDFBox from lines of the corpus papers: two pages of text, a scan-like blank, encrypted ones. */
final class PdfReportsTest {

    private static final List<String> PAGE_ONE = List.of("Radiotherapy plus anti-PD1 versus TACE plus sorafenib",
            "Between January 2018 to March 2021, 37 patients underwent RT plus anti-PD1");
    private static final List<String> PAGE_TWO = List.of("According to RECIST 1.1",
            "Confirmed objective response 20 (54.05%) 5(12.20%) < 0.001");

    private final PdfReports pdf = new PdfReports();

    @Test
    void textComesPageByPageAndEveryOffsetKnowsItsPage() throws IOException {
        byte[] bytes = pdf(List.of(PAGE_ONE, PAGE_TWO), null, true);
        assertTrue(pdf.reads("reports/Li 2022.PDF"));
        assertFalse(pdf.reads("reports/li.txt"));
        ReportText text = pdf.read(bytes, "li.pdf");
        assertEquals(2, text.pages());
        assertEquals(ReportText.sha256(bytes), text.sha256(), "the hash is the file's, so a changed PDF is noticed");
        int cell = text.text().indexOf("20 (54.05%)");
        assertTrue(cell > 0, text.text());
        assertEquals(OptionalInt.of(2), text.pageOf(cell));
        assertEquals(OptionalInt.of(1), text.pageOf(text.text().indexOf("37 patients")));
        assertEquals(1, text.text().chars().filter(c -> c == PdfReports.PAGE_BREAK).count());
        assertEquals(text.text(), pdf.read(bytes, "li.pdf").text(), "the same bytes always give the same text");
    }

    @Test
    void aPdfWithoutTextIsRefusedWithAReason() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pdf.read(pdf(List.of(List.of(), List.of()), null, true), "scan.pdf"));
        assertEquals("scan.pdf: the PDF has no text layer (2 page(s) of images?); run OCR on it, or add the paper as text", e.getMessage());
    }

    @Test
    void passwordsAndForbiddenExtractionAreSaidPlainly() throws IOException {
        IllegalArgumentException locked = assertThrows(IllegalArgumentException.class,
                () -> pdf.read(pdf(List.of(PAGE_ONE), "secret", true), "locked.pdf"));
        assertEquals("locked.pdf: the PDF is protected by a password; save an unprotected copy to annotate it", locked.getMessage());
        IllegalArgumentException forbidden = assertThrows(IllegalArgumentException.class,
                () -> pdf.read(pdf(List.of(PAGE_ONE), "", false), "nocopy.pdf"));
        assertEquals("nocopy.pdf: the PDF is encrypted and its owner does not allow extracting its text", forbidden.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pdf.read("%PDF-1.7 truncated".getBytes(), "broken.pdf"));
    }

    private static byte[] pdf(List<List<String>> pages, String userPassword, boolean canExtract) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(canExtract);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
