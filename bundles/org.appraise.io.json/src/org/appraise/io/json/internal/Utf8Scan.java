package org.appraise.io.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 by Unicode's table 3-7 (no surrogates, no overlong forms), scanned without
 * decoding: eight ASCII bytes at a time, then each multi-byte sequence's ranges.
 */
final class Utf8Scan {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8Scan() {
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
