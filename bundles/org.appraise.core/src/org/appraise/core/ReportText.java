package org.appraise.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.appraise.model.Annotation;

/**
 * The text of a report, as annotations address it.
 * <p>
 * Offsets are UTF-16 code unit indices (Java {@code String} indices) into the file decoded as strict
 * UTF-8, end exclusive. Nothing is normalised: a byte order mark, CRLF (two units), U+00A0, U+2011 and
 * soft line breaks all count as they stand in the file, so an annotation made today points at the same
 * characters when the file is opened again. A file that is not valid UTF-8 is refused, naming the byte
 * offset, rather than decoded with replacement characters that would shift offsets silently.
 */
public final class ReportText {

    private final String text;
    private final String sha256;
    private final int[] pageStarts;

    private ReportText(String text, String sha256, int[] pageStarts) {
        this.text = text;
        this.sha256 = sha256;
        this.pageStarts = pageStarts.clone();
    }

    /**
     * The text of a paged document (a PDF): the pages' texts joined by form feeds, the offset at which
     * each page starts, and the SHA-256 of the file's bytes.
     */
    public static ReportText paged(String text, String sha256, int[] pageStarts) {
        return new ReportText(text, sha256, pageStarts);
    }

    /** The 1-based page of an offset, or empty for a text without pages. */
    public java.util.OptionalInt pageOf(int offset) {
        if (pageStarts.length == 0) {
            return java.util.OptionalInt.empty();
        }
        int page = 0;
        while (page + 1 < pageStarts.length && pageStarts[page + 1] <= offset) {
            page++;
        }
        return java.util.OptionalInt.of(page + 1);
    }

    public int pages() {
        return pageStarts.length;
    }

    /**
     * Decodes a report file.
     *
     * @param bytes the file's bytes
     * @param name  the file's name, for messages
     * @throws IllegalArgumentException naming the file and byte offset when the bytes are not UTF-8
     */
    public static ReportText decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return new ReportText(decoder.decode(in).toString(), sha256(bytes), new int[0]);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(name + ": not valid UTF-8 at byte " + in.position()
                    + "; convert the file to UTF-8 before annotating it", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    /** The SHA-256 of the bytes, lower-case hex: what {@code Report.contentHash} records. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public String text() {
        return text;
    }

    public String sha256() {
        return sha256;
    }

    public int length() {
        return text.length();
    }

    /** The text between two offsets, or empty when they do not lie inside the text. */
    public Optional<String> between(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start, end));
    }

    /** Whether the annotation's quote is exactly the text at its offsets. */
    public boolean anchors(Annotation annotation) {
        return annotation.getQuote() != null
                && between(annotation.getStart(), annotation.getEnd()).map(annotation.getQuote()::equals).orElse(false);
    }

    /** The 1-based line of an offset, for messages. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
