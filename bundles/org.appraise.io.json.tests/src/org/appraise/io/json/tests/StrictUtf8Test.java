package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.appraise.io.json.internal.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * The quick scan that spares a well-formed file from being decoded never passes what the JDK's strict decoder refuses
 * (the file then goes through the decoder, which names the byte), and agrees with it on every
 * input: the edge sequences of Unicode's table 3-7 (overlong forms, encoded surrogates, code points past U+10FFFF,
 * sequences cut short) and 300,000 random byte strings biased towards bytes above 0x7F.
 */
final class StrictUtf8Test {

    private static final JsonCodec CODEC = new JsonCodec();

    @Test
    void theScanAgreesWithTheJdksDecoder() {
        String[] edges = { "", "41", "C2 80", "C1 BF", "C0 80", "DF BF", "E0 A0 80", "E0 9F BF", "ED 9F BF", "ED A0 80", "ED BF BF", "EE 80 80",
                "EF BF BF", "F0 90 80 80", "F0 8F BF BF", "F4 8F BF BF", "F4 90 80 80", "F5 80 80 80", "FF", "80", "E2 82", "F0 9F 98", "E2 82 AC 41",
                "7B 22 61 22 3A 22 4D C3 BC 6C 6C 65 72 22 7D" };
        for (String edge : edges) {
            byte[] bytes = hex(edge);
            assertEquals(jdkAccepts(bytes), accepts(bytes), edge);
        }
        Random random = new Random(20261203);
        for (int i = 0; i < 300_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            assertEquals(jdkAccepts(bytes), accepts(bytes), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
    }

    private static boolean accepts(byte[] bytes) {
        try {
            CODEC.parse(json(bytes));
            return true;
        } catch (JsonCodec.NotUtf8 e) {
            return false;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes inside a JSON string, so that only their encoding decides. */
    private static byte[] json(byte[] bytes) {
        byte[] doc = new byte[bytes.length + 2];
        doc[0] = '"';
        System.arraycopy(bytes, 0, doc, 1, bytes.length);
        doc[doc.length - 1] = '"';
        for (int i = 1; i < doc.length - 1; i++) {
            if (doc[i] == '"' || doc[i] == '\\' || (doc[i] >= 0 && doc[i] < 0x20)) {
                doc[i] = 'x';
            }
        }
        return doc;
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json(bytes)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] hex(String text) {
        return text.isEmpty() ? new byte[0] : java.util.HexFormat.ofDelimiter(" ").parseHex(text);
    }
}
