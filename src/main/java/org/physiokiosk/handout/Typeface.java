package org.physiokiosk.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One weight of the handout's type in one document: Atkinson Hyperlegible first, then fallback fonts for what
 * it lacks (Latin Extended, Greek, Cyrillic and Vietnamese; Arabic; arrows and symbols; Chinese, Japanese and
 * Korean). Text is set word by word in the first font that has every letter of the word, so a name is not a
 * patchwork of two designs; a word no single font covers is set letter by letter. Fallback fonts are embedded
 * only when a handout uses them, so a plain Dutch handout is built as before (decision 0031).
 */
final class Typeface {

    /** Drawn for a character no bundled font has (an emoji): visible, never a silent '?'. */
    static final int PLACEHOLDER = 0x25A1;

    /** A piece of a line in one font, its characters in drawing order. */
    record Run(PDFont font, String glyphs) {}

    /**
     * A line ready to draw: its runs left to right, and whether they differ from the text as written (shaped
     * or reordered right-to-left text), in which case the written text goes along as ActualText.
     */
    record Layout(List<Run> runs, boolean rearranged) {}

    private final PDDocument pdf;
    private final FontFile[] files;
    private final PDFont[] fonts;

    Typeface(PDDocument pdf, FontFile... files) throws IOException {
        this.pdf = pdf;
        this.files = files.clone();
        this.fonts = new PDFont[files.length];
        fonts[0] = files[0].embedIn(pdf);
    }

    /** The primary font (Atkinson Hyperlegible). */
    PDFont primary() {
        return fonts[0];
    }

    /** Whether any bundled font has this character. */
    boolean has(int codePoint) {
        for (FontFile file : files) {
            if (file.has(codePoint)) {
                return true;
            }
        }
        return false;
    }

    float width(String text, float size) {
        try {
            if (coveredByPrimary(text)) {
                return fonts[0].getStringWidth(text) / 1000f * size;
            }
            float units = 0;
            for (Run run : layout(text).runs()) {
                units += run.font().getStringWidth(run.glyphs());
            }
            return units / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Layout layout(String text) {
        if (coveredByPrimary(text)) {
            return new Layout(List.of(new Run(fonts[0], text)), false);
        }
        String visual = VisualOrder.of(ArabicShaping.shape(text));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < visual.length()) {
            int end = start;
            boolean space = visual.charAt(start) == ' ';
            while (end < visual.length() && (visual.charAt(end) == ' ') == space) {
                end++;
            }
            String piece = visual.substring(start, end);
            if (space) {
                add(runs, 0, piece);
            } else {
                word(runs, piece);
            }
            start = end;
        }
        return new Layout(runs, !visual.equals(text));
    }

    private void word(List<Run> runs, String word) {
        int whole = firstCovering(word);
        if (whole >= 0) {
            add(runs, whole, word);
            return;
        }
        word.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            int index = firstHaving(cp);
            if (index < 0) {
                index = firstHaving(PLACEHOLDER);
                letter = new String(Character.toChars(PLACEHOLDER));
            }
            add(runs, index, letter);
        });
    }

    private void add(List<Run> runs, int index, String glyphs) {
        PDFont font = font(index);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).font() == font) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(font, last.glyphs() + glyphs));
        } else {
            runs.add(new Run(font, glyphs));
        }
    }

    private boolean coveredByPrimary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || !files[0].has(c)) {
                return false;
            }
        }
        return true;
    }

    private int firstCovering(String word) {
        for (int i = 0; i < files.length; i++) {
            FontFile file = files[i];
            if (word.codePoints().allMatch(file::has)) {
                return i;
            }
        }
        return -1;
    }

    private int firstHaving(int codePoint) {
        for (int i = 0; i < files.length; i++) {
            if (files[i].has(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    private PDFont font(int index) {
        if (fonts[index] == null) {
            try {
                fonts[index] = files[index].embedIn(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fonts[index];
    }
}
