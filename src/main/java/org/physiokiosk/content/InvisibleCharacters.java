package org.physiokiosk.content;

import java.util.Locale;

/**
 * Characters a reader cannot see but that change what a text says or how a report line reads: control
 * characters, zero-width and bidirectional formatting characters (a right-to-left override can turn a
 * warning around on screen), line separators, private-use and unassigned code points. Content texts must
 * not hold them; messages and file names print them escaped ({@code &#92;u202E}), so no name or text can
 * fake or hide a report line.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {}

    /** Whether {@code codePoint} is invisible or a control character; tab, newline and carriage return are not. */
    static boolean isInvisible(int codePoint) {
        if (codePoint >= ' ' && codePoint < 0x7F || codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false; // printable ASCII: nearly every character, answered without a table lookup
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** The index of the first invisible character in {@code text}, or -1. */
    static int find(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                i++; // printable ASCII, nearly every character of every text: no code point to assemble
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (isInvisible(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** "&#92;u202E (RIGHT-TO-LEFT OVERRIDE)": how a message names the character at {@code index}. */
    static String describe(String text, int index) {
        int codePoint = text.codePointAt(index);
        String name = Character.getName(codePoint);
        return escape(new String(Character.toChars(codePoint))) + (name == null ? "" : " (" + name + ")");
    }

    /** {@code text} with every invisible character, and tab, newline and carriage return, written as {@code &#92;uXXXX}. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean loneSurrogate = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                                    && i + 1 < text.length()
                                    && Character.isLowSurrogate(text.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            int codePoint = Character.isSurrogate(c) && !loneSurrogate
                    ? text.codePointAt(Character.isHighSurrogate(c) ? i : i - 1)
                    : c;
            boolean hide = c == '\t' || c == '\n' || c == '\r' || loneSurrogate || isInvisible(codePoint);
            if (hide && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (hide) {
                    escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * A file name as a report line prints it: escaped, and with ':' and '\' escaped as well, so a name
     * holding {@code ":1:1: error:"} cannot pass for a position.
     */
    static String escapeFileName(String name) {
        return escape(name.replace("\\", "\\u005C")).replace(":", "\\u003A");
    }
}
