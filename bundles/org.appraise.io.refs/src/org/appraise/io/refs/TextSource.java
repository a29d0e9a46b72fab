package org.appraise.io.refs;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
            charset = Utf8Head.mostly(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        in.skipNBytes(skip);
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Opened(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), charset);
    }
}
