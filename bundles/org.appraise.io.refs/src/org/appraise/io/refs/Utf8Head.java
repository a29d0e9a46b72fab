package org.appraise.io.refs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether the first bytes of an export file without a byte order mark are UTF-8 (else Windows-1252 is assumed). */
final class Utf8Head {

    private Utf8Head() {
    }

    /**
     * Whether the bytes are UTF-8: clean, or with more well-formed multi-byte characters than bad bytes (one stray
     * byte in a UTF-8 file must not turn every "ü" into "Ã¼"; the records holding it are reported).
     */
    static boolean mostly(byte[] head) {
        if (clean(head)) {
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
    private static boolean clean(byte[] head) {
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
