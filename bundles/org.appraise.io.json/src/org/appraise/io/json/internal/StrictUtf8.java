package org.appraise.io.json.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 refusing every malformed sequence, and says at which byte and line the first one is. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * Checks the bytes: a scan of the well-formed sequences ({@link Utf8Scan}), and only when it fails the decoder,
     * chunk by chunk, to say where (a file of hundreds of megabytes is never decoded whole, and a good one is never
     * decoded at all: decoding was a fifth of opening a 100,000-record review).
     */
    static void check(byte[] content) throws JsonCodec.NotUtf8 {
        if (Utf8Scan.wellFormed(content)) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            StringBuilder bytes = new StringBuilder();
            for (int i = at; i < Math.min(content.length, at + result.length()); i++) {
                bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("%02X", content[i] & 0xFF));
            }
            throw new JsonCodec.NotUtf8("is not UTF-8: byte " + at + " (" + bytes + ") on line " + line
                    + " is not a character; fix or remove it (Appraise never guesses another encoding)", "line " + line + ", byte " + at);
        }
    }
}
