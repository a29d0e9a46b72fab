package org.appraise.io.pdf;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appraise.core.ReportFormat;
import org.appraise.core.ReportText;

/**
 * Reads the text of a PDF with PDFBox, page by page. The pages' texts are joined by a form feed (U+000C)
 * and the offset where each page starts is kept, so every annotation knows its page. Offsets count in this
 * extracted text; the report's hash is the hash of the PDF's bytes, so a changed file is noticed.
 * A PDF with no text layer (a scan), or one that cannot be opened without a password, or whose owner
 * forbids extracting text, is refused with a message saying so.
 */
public final class PdfReports implements ReportFormat {

    public static final char PAGE_BREAK = '\f';

    @Override
    public boolean reads(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public ReportText read(byte[] bytes, String fileName) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new IllegalArgumentException(fileName + ": the PDF is encrypted and its owner does not allow extracting its text");
            }
            int pages = document.getNumberOfPages();
            int[] starts = new int[pages];
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    text.append(PAGE_BREAK);
                }
                starts[page - 1] = text.length();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document));
            }
            if (text.toString().replace(String.valueOf(PAGE_BREAK), "").isBlank()) {
                throw new IllegalArgumentException(fileName + ": the PDF has no text layer (" + pages
                        + " page(s) of images?); run OCR on it, or add the paper as text");
            }
            return ReportText.paged(text.toString(), ReportText.sha256(bytes), starts);
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException(fileName + ": the PDF is protected by a password; save an unprotected copy to annotate it", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(fileName + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
