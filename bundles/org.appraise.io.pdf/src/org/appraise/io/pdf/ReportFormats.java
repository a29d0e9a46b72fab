package org.appraise.io.pdf;

import java.util.List;

import org.appraise.core.ReportFormat;

/** The report formats Appraise reads, most specific first: PDF (a text layer, page by page), then UTF-8 text. */
public final class ReportFormats {

    private ReportFormats() {
    }

    public static List<ReportFormat> all() {
        return List.of(new PdfReports(), ReportFormat.PLAIN_TEXT);
    }
}
