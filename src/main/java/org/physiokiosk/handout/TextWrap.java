package org.physiokiosk.handout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, at spaces; a word longer than a line is cut (rare: long Dutch
 * compounds in a narrow table column). Widths are measured run by run over the typeface's fonts (decision
 * 0031); a character no bundled font has becomes a visible square, so a clinic's own content or a patient's
 * emoji can never stop a handout from printing.
 */
final class TextWrap {

    private TextWrap() {}

    static float width(String text, Typeface font, float size) {
        return font.width(text, size);
    }

    /** The lines of {@code text}; the first line is {@code firstIndent} shorter (room for a bold lead-in). */
    static List<String> lines(String text, Typeface font, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float space = width(" ", font, size);
        float used = 0;
        // Each word is measured once and lines are summed: measuring every growing candidate line made
        // wrapping the slowest part of a handout. Split at single spaces (a fast path without a regular
        // expression; " +" compiled a pattern per paragraph): the empty words between spaces are skipped.
        for (String word : printable(text, font).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float room = lines.isEmpty() ? width - firstIndent : width;
            float wordWidth = width(word, font, size);
            if (line.isEmpty() ? wordWidth <= room : used + space + wordWidth <= room) {
                used += line.isEmpty() ? wordWidth : space + wordWidth;
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                room = width;
            }
            while (wordWidth > room) {
                int cut = fitting(word, font, size, room);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                wordWidth = width(word, font, size);
                room = width;
            }
            line.append(word);
            used = wordWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static List<String> lines(String text, Typeface font, float size, float width) {
        return lines(text, font, size, width, 0);
    }

    /**
     * Lines made of whole parts joined by {@code separator}, breaking only between parts where a part fits on
     * a line: a dose line breaks as "3 sets of 10 · hold 5 seconds ·" / "twice a day", never inside "5 seconds".
     */
    static List<String> partLines(List<String> parts, String separator, Typeface font, float size, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        String trailing = separator.stripTrailing();
        for (String raw : parts) {
            String part = printable(raw, font);
            String candidate = line.isEmpty() ? part : line + separator + part;
            if (width(candidate, font, size) <= width) {
                line = candidate;
            } else if (line.isEmpty()) {
                List<String> broken = lines(part, font, size, width);
                lines.addAll(broken.subList(0, broken.size() - 1));
                line = broken.get(broken.size() - 1);
            } else {
                lines.add(line + trailing);
                List<String> broken = lines(part, font, size, width);
                lines.addAll(broken.subList(0, broken.size() - 1));
                line = broken.get(broken.size() - 1);
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * The text as it will print: white space made plain, letters composed (a name typed as "e" plus an accent
     * prints as "é"), invisible emoji modifiers left out, and every character no bundled font has (an emoji)
     * shown as a white square, so it is never silently lost or turned into '?'.
     */
    static String printable(String text, Typeface font) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (invisible(cp)) {
                return;
            } else if (font.has(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(Typeface.PLACEHOLDER);
            }
        });
        return out.toString();
    }

    /** Joiners, variation selectors and skin tones only modify an emoji; the emoji itself gets the square. */
    static boolean invisible(int cp) {
        return cp == 0x200B
                || cp == 0x200C
                || cp == 0x200D
                || cp == 0x2060
                || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static int fitting(String word, Typeface font, float size, float room) {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1), font, size) <= room) {
            cut++;
        }
        return cut;
    }
}
