package org.physiokiosk.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 without decoding them (RFC 3629: no overlong forms, no surrogates, nothing
 * past U+10FFFF), and treats a zero byte as not text: UTF-16 and UTF-32 are full of them. Loading checks every
 * file this way and decodes only the files that have problems to locate.
 */
final class Utf8 {

    /** Eight bytes at a time: content is nearly all ASCII, and a byte-by-byte loop was a tenth of loading. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Adds 0x7F to each byte: the high bit of a byte's sum is set unless the byte was zero. */
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    private Utf8() {}

    /** Whether the eight bytes are all ASCII and none is zero; a zero byte goes the slow way and is reported. */
    private static boolean plainAscii(long eight) {
        return (eight & HIGH_BITS) == 0 && ((eight + LOW_SEVEN_BITS) & HIGH_BITS) == HIGH_BITS;
    }

    /** The offset of the first byte that is not well-formed UTF-8 text, or -1 when all are. */
    static int firstInvalidByte(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length) {
            if (i + Long.BYTES <= bytes.length && plainAscii((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i; // a zero byte, a continuation byte without a lead, or a lead that no character has
            }
            if (i + length > bytes.length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
