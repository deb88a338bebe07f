package org.physiokiosk.handout;

import java.text.Bidi;

/**
 * A line of text in the order its characters are drawn, left to right. PDF shows glyphs in the order they are
 * given, so right-to-left runs (Arabic) are reversed here, by the Unicode bidirectional algorithm of the JDK;
 * a vowel mark stays after its letter, and brackets inside a right-to-left run are mirrored.
 */
final class VisualOrder {

    private VisualOrder() {}

    static boolean needed(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    static String of(String text) {
        if (!needed(text)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(text.length());
        for (Integer run : runs) {
            String part = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append((bidi.getRunLevel(run) & 1) == 1 ? reversed(part) : part);
        }
        return out.toString();
    }

    /** Reversed by clusters: a letter and the marks on it stay in that order. */
    private static String reversed(String part) {
        int[] cps = part.codePoints().toArray();
        StringBuilder out = new StringBuilder(part.length());
        int end = cps.length;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && ArabicShaping.isMark(cps[start])) {
                start--;
            }
            for (int i = start; i < end; i++) {
                out.appendCodePoint(i == start ? mirrored(cps[i]) : cps[i]);
            }
            end = start;
        }
        return out.toString();
    }

    private static int mirrored(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
