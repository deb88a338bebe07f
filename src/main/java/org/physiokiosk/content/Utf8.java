package org.physiokiosk.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 without decoding them (RFC 3629: no overlong forms, no surrogates, nothing
 * past U+10FFFF), and treats a zero byte as not text: UTF-16 and UTF-32 are full of them. Loading checks every
 * file this way and decodes only the files that have problems to locate.
 *
 * <p>The same pass tells whether any text of the file can hold an invisible character: only through an escape
 * (a backslash), a DEL byte or an invisible character written as itself. A file with none of these (nearly
 * every file) needs no character-by-character look at its texts. Raw control bytes other than tab, newline
 * and carriage return need no watching: the parser refuses them inside a text.
 */
final class Utf8 {

    /** What one pass found: the offset of the first byte that is not UTF-8 (-1: none), and whether a text may hide a character. */
    record Scan(int firstInvalidByte, boolean mayHide) {}

    /** Eight bytes at a time: content is nearly all ASCII, and a byte-by-byte loop was a tenth of loading. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Adds 0x7F to each byte of ASCII: the high bit of a byte's sum is set unless the byte was zero. */
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long DELETES = 0x7F7F7F7F7F7F7F7FL;

    private Utf8() {}

    /** For ASCII bytes: whether none of the eight is zero. */
    private static long nonZero(long ascii) {
        return (ascii + LOW_SEVEN_BITS) & HIGH_BITS;
    }

    /** Whether the eight bytes are all ASCII and none is zero; a zero byte goes the slow way and is reported. */
    private static boolean plainAscii(long eight) {
        return (eight & HIGH_BITS) == 0 && nonZero(eight) == HIGH_BITS;
    }

    /** As {@link #plainAscii(long)}, and none is a backslash or DEL. */
    private static boolean showingAscii(long eight) {
        return (eight & HIGH_BITS) == 0
                && (nonZero(eight) & nonZero(eight ^ BACKSLASHES) & nonZero(eight ^ DELETES)) == HIGH_BITS;
    }

    /** The offset of the first byte that is not well-formed UTF-8 text, or -1 when all are. */
    static int firstInvalidByte(byte[] bytes, int start) {
        return scan(bytes, start).firstInvalidByte();
    }

    static Scan scan(byte[] bytes, int start) {
        int i = start;
        int end = bytes.length;
        int wordsEnd = end - Long.BYTES;
        boolean mayHide = false;
        while (i < end) {
            // Whole words first, in loops of their own: the compiler keeps such a loop tight.
            if (mayHide) {
                while (i <= wordsEnd && plainAscii((long) LONGS.get(bytes, i))) {
                    i += Long.BYTES;
                }
            } else {
                while (i <= wordsEnd && showingAscii((long) LONGS.get(bytes, i))) {
                    i += Long.BYTES;
                }
            }
            if (i >= end) {
                break;
            }
            int b = bytes[i];
            if (b > 0) {
                mayHide |= b == '\\' || b == 0x7F;
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length < 0) {
                return new Scan(i, true);
            }
            if (!mayHide) {
                mayHide = InvisibleCharacters.isInvisible(codePoint(bytes, i, length));
            }
            i += length;
        }
        return new Scan(-1, mayHide);
    }

    /** The length of the well-formed sequence that starts at {@code i} (a byte of 0x80 or more, or zero), or -1. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
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
            return -1; // a zero byte, a continuation byte without a lead, or a lead that no character has
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return length;
    }

    /** The character of a well-formed sequence of {@code length} bytes. */
    private static int codePoint(byte[] bytes, int i, int length) {
        int codePoint = bytes[i] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            codePoint = codePoint << 6 | bytes[i + k] & 0x3F;
        }
        return codePoint;
    }
}
