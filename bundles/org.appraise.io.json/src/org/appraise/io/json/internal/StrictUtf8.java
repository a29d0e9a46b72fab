package org.appraise.io.json.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 refusing every malformed sequence, and says at which byte and line the first one is. */
final class StrictUtf8 {

    private static final java.lang.invoke.VarHandle EIGHT_BYTES = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);

    private StrictUtf8() {
    }

    /**
     * Checks the bytes: a scan of the well-formed sequences of Unicode's table 3-7 (no surrogates, no overlong forms),
     * and only when it fails the decoder, chunk by chunk, to say where (a file of hundreds of megabytes is never decoded
     * whole, and a good one is never decoded at all: decoding was a fifth of opening a 100,000-record review).
     */
    static void check(byte[] content) throws JsonCodec.NotUtf8 {
        if (wellFormed(content)) {
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

    static boolean wellFormed(byte[] b) {
        int i = 0;
        int words = b.length - 7;
        while (i < b.length) {
            // eight ASCII bytes at a time: a references file is mostly ASCII
            while (i < words && ((long) EIGHT_BYTES.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= b.length) {
                break;
            }
            int first = b[i] & 0xFF;
            if (first < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (first >= 0xC2 && first <= 0xDF) {
                length = 2;
            } else if (first >= 0xE0 && first <= 0xEF) {
                length = 3;
                low = first == 0xE0 ? 0xA0 : 0x80;
                high = first == 0xED ? 0x9F : 0xBF;
            } else if (first >= 0xF0 && first <= 0xF4) {
                length = 4;
                low = first == 0xF0 ? 0x90 : 0x80;
                high = first == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > b.length) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
