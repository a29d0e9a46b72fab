package org.appraise.io.refs;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an export file as text whatever databases wrote it in: a byte order mark says UTF-8 or UTF-16;
 * without one, the first megabyte decides between UTF-8 (if it decodes cleanly) and Windows-1252 (the
 * Latin-1 superset reference managers on Windows write). The file is streamed, never held whole.
 */
public final class TextSource {

    private static final int SNIFF = 1 << 20;

    /** The reader and the charset it decodes. */
    public record Opened(BufferedReader reader, Charset charset) {
    }

    private TextSource() {
    }

    public static Opened open(InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, SNIFF + 8);
        in.mark(SNIFF + 8);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset charset;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = mostlyUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        in.skipNBytes(skip);
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Opened(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), charset);
    }

    /**
     * Whether the bytes are UTF-8: clean, or with more well-formed multi-byte characters than bad bytes (one stray
     * byte in a UTF-8 file must not turn every "ü" into "Ã¼"; the records holding it are reported).
     */
    private static boolean mostlyUtf8(byte[] head) {
        if (cleanUtf8(head)) {
            return true;
        }
        int good = 0;
        int bad = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            boolean ok = length > 0 && i + length <= head.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (head[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += length - 1;
            } else {
                bad++;
            }
        }
        return good > bad;
    }

    /** Whether the bytes are UTF-8, allowing a character cut at the end of the sniffed block. */
    private static boolean cleanUtf8(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if (b >= 0xC0) {
                end -= back;
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
