package org.appraise.io.refs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of search export Appraise reads, and how to tell them apart from their first bytes. */
public enum ExportFormat {
    RIS, MEDLINE, WOS, PUBMED_XML, ENDNOTE_XML, CSV, BIBTEX, OVID;

    public static Optional<ExportFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The format of a file judged by its first tagged line (after a BOM, blank lines and numbering), or
     * empty when it is none that Appraise reads yet.
     */
    public static Optional<ExportFormat> detect(InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream);
        byte[] bytes = in.readNBytes(16384);
        String head = Utf16Head.decoded(bytes).orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", ""));
        String start = head.stripLeading();
        boolean marker = java.util.regex.Pattern.compile("(?m)^<\\s*\\d+\\.?\\s*>\\s*$").matcher(head).find();
        if (marker && (start.matches("(?s)^<\\s*\\d+\\.?\\s*>\\s*[\\r\\n].*") || start.matches("(?s)^(Database:|Search Strategy:).*"))) {
            return Optional.of(OVID); // Ovid's record marker, <1. > (tagged) or <8> (full display), after its search history or not
        }
        if (start.startsWith("<")) {
            if (head.contains("<PubmedArticle") || head.contains("<PubmedBookArticle")) {
                return Optional.of(PUBMED_XML);
            }
            if (head.contains("<records>") || head.contains("<record>")) {
                return Optional.of(ENDNOTE_XML);
            }
            return Optional.empty();
        }
        for (String line : head.split("\r?\n")) {
            String text = line.replace("\u0000", "").strip();
            if (text.matches("^[A-Z][A-Z0-9]  - ?.*")) {
                return Optional.of(RIS);
            }
            if (text.matches("^@[A-Za-z]+\\s*[{(].*")) {
                return Optional.of(BIBTEX);
            }
            if (text.startsWith("FN ") || text.matches("^PT [A-Z]$")) {
                return Optional.of(WOS);
            }
            if (text.matches("^PMID- ?\\d+.*")) {
                return Optional.of(MEDLINE);
            }
            if (text.matches("(?i)^\"?(title|authors|author names|author|document title)\"?[,\t;].*")
                    || text.matches("(?i).*[,\t;]\"?(title|document title|article title)\"?([,\t;].*)?$")) {
                return Optional.of(CSV);
            }
            if (!text.isEmpty() && !text.matches("^\\d+\\.?$")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
