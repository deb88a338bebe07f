package org.physiokiosk.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, at spaces; a word longer than a line is cut (rare: long Dutch
 * compounds in a narrow table column). Characters the font lacks become '?', so a clinic's own content can
 * never stop a handout from printing.
 */
final class TextWrap {

    private TextWrap() {}

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text}; the first line is {@code firstIndent} shorter (room for a bold lead-in). */
    static List<String> lines(String text, PDFont font, float size, float width, float firstIndent) {
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

    static List<String> lines(String text, PDFont font, float size, float width) {
        return lines(text, font, size, width, 0);
    }

    /**
     * Lines made of whole parts joined by {@code separator}, breaking only between parts where a part fits on
     * a line: a dose line breaks as "3 sets of 10 · hold 5 seconds ·" / "twice a day", never inside "5 seconds".
     */
    static List<String> partLines(List<String> parts, String separator, PDFont font, float size, float width) {
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

    /** The text with every character the font cannot show replaced by '?', and white space made plain. */
    static String printable(String text, PDFont font) {
        Map<Integer, Boolean> known;
        synchronized (SHOWABLE) {
            known = SHOWABLE.computeIfAbsent(font, f -> new HashMap<>());
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> showable(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Per font, which characters it can show: asking the font is slow, and a handout repeats its letters. */
    private static final Map<PDFont, Map<Integer, Boolean>> SHOWABLE = new WeakHashMap<>();

    private static boolean showable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int fitting(String word, PDFont font, float size, float room) {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1), font, size) <= room) {
            cut++;
        }
        return cut;
    }
}
