package org.appraise.io.refs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The first bytes of an export file written in UTF-16 (EndNote and Excel on Windows write it), told by their shape. */
final class Utf16Head {

    private Utf16Head() {
    }

    /** The head decoded as UTF-16 when a byte order mark says so, or when every other byte of its ASCII text is zero. */
    static Optional<String> decoded(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i + 1 < Math.min(bytes.length, 512); i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = Math.min(bytes.length, 512) / 2;
        if (pairs >= 8 && odd > pairs * 0.9) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_16LE));
        }
        if (pairs >= 8 && even > pairs * 0.9) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }
}
