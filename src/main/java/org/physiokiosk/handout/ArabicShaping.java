package org.physiokiosk.handout;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic letters in their joined forms (initial, medial, final, isolated), as Unicode presentation forms.
 * PDFBox draws one glyph per character and applies no Arabic shaping, so without this a name like "محمد"
 * would print as four unjoined letters. The fonts map these presentation forms; text extraction folds them
 * back (NFKC), and screen readers get the original text as ActualText. Covers the Arabic letters and the
 * Persian/Urdu additions پ چ ژ ک گ ی; vowel marks are kept and do not break a join.
 */
final class ArabicShaping {

    private ArabicShaping() {}

    /** Forms in Unicode's order: isolated, final, initial, medial; 0 where a letter has none. */
    private record Forms(int isolated, int fin, int initial, int medial) {
        boolean joinsForward() {
            return initial != 0;
        }
    }

    private static final Map<Integer, Forms> FORMS = new HashMap<>();

    static {
        // Letters that join only to the letter before them (two forms).
        int[][] rightJoining = {
            {0x0622, 0xFE81}, {0x0623, 0xFE83}, {0x0624, 0xFE85}, {0x0625, 0xFE87}, {0x0627, 0xFE8D},
            {0x0629, 0xFE93}, {0x062F, 0xFEA9}, {0x0630, 0xFEAB}, {0x0631, 0xFEAD}, {0x0632, 0xFEAF},
            {0x0648, 0xFEED}, {0x0649, 0xFEEF}, {0x0698, 0xFB8A}
        };
        for (int[] letter : rightJoining) {
            FORMS.put(letter[0], new Forms(letter[1], letter[1] + 1, 0, 0));
        }
        // Letters that join on both sides (four forms).
        int[][] dualJoining = {
            {0x0626, 0xFE89}, {0x0628, 0xFE8F}, {0x062A, 0xFE95}, {0x062B, 0xFE99}, {0x062C, 0xFE9D},
            {0x062D, 0xFEA1}, {0x062E, 0xFEA5}, {0x0633, 0xFEB1}, {0x0634, 0xFEB5}, {0x0635, 0xFEB9},
            {0x0636, 0xFEBD}, {0x0637, 0xFEC1}, {0x0638, 0xFEC5}, {0x0639, 0xFEC9}, {0x063A, 0xFECD},
            {0x0641, 0xFED1}, {0x0642, 0xFED5}, {0x0643, 0xFED9}, {0x0644, 0xFEDD}, {0x0645, 0xFEE1},
            {0x0646, 0xFEE5}, {0x0647, 0xFEE9}, {0x064A, 0xFEF1}, {0x067E, 0xFB56}, {0x0686, 0xFB7A},
            {0x06A9, 0xFB8E}, {0x06AF, 0xFB92}, {0x06CC, 0xFBFC}
        };
        for (int[] letter : dualJoining) {
            FORMS.put(letter[0], new Forms(letter[1], letter[1] + 1, letter[1] + 2, letter[1] + 3));
        }
        FORMS.put(0x0621, new Forms(0xFE80, 0, 0, 0)); // hamza joins neither side
        FORMS.put(0x0640, new Forms(0x0640, 0x0640, 0x0640, 0x0640)); // tatweel, the joining stroke itself
    }

    /** Lam followed by an alef: one ligature glyph (isolated, final). */
    private static final Map<Integer, int[]> LAM_ALEF = Map.of(
            0x0622,
            new int[] {0xFEF5, 0xFEF6},
            0x0623,
            new int[] {0xFEF7, 0xFEF8},
            0x0625,
            new int[] {0xFEF9, 0xFEFA},
            0x0627,
            new int[] {0xFEFB, 0xFEFC});

    private static final int LAM = 0x0644;

    static boolean isArabic(int codePoint) {
        return (codePoint >= 0x0600 && codePoint <= 0x06FF)
                || (codePoint >= 0x0750 && codePoint <= 0x077F)
                || (codePoint >= 0xFB50 && codePoint <= 0xFDFF)
                || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
    }

    static boolean containsArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isArabic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text in logical order with every Arabic letter in the form its neighbours call for. */
    static String shape(String text) {
        if (!containsArabic(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            Forms forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = forms.fin() != 0 && joinsForward(cps, previousLetter(cps, i));
            int next = nextLetter(cps, i);
            if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next]) && next == i + 1) {
                out.appendCodePoint(LAM_ALEF.get(cps[next])[joinsBefore ? 1 : 0]);
                i = next;
                continue;
            }
            boolean joinsAfter = forms.joinsForward() && next >= 0 && joinsBackward(cps[next]);
            int form;
            if (joinsBefore && joinsAfter) {
                form = forms.medial();
            } else if (joinsAfter) {
                form = forms.initial();
            } else if (joinsBefore) {
                form = forms.fin();
            } else {
                form = forms.isolated();
            }
            out.appendCodePoint(form);
        }
        return out.toString();
    }

    private static boolean joinsForward(int[] cps, int index) {
        if (index < 0) {
            return false;
        }
        Forms forms = FORMS.get(cps[index]);
        return forms != null && forms.joinsForward();
    }

    private static boolean joinsBackward(int codePoint) {
        Forms forms = FORMS.get(codePoint);
        return forms != null && forms.fin() != 0;
    }

    private static int previousLetter(int[] cps, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!isMark(cps[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int nextLetter(int[] cps, int index) {
        for (int i = index + 1; i < cps.length; i++) {
            if (!isMark(cps[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Vowel marks and other combining marks sit on a letter and do not interrupt joining. */
    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
