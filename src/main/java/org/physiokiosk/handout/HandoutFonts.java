package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Atkinson Hyperlegible (made for low-vision readers), regular and bold, embedded as subsets: PDF/A forbids
 * relying on the reader's fonts, and the handout must look the same on every printer. Each weight falls back
 * to bundled Noto fonts (and a CJK font) for letters Atkinson lacks: a patient's name must print as written
 * (decision 0031). The symbol and CJK fonts have one weight and serve both.
 */
record HandoutFonts(Typeface regular, Typeface bold) {

    /** The regular weight's fonts, in the order a word looks for one that has all its letters. */
    static final List<FontFile> REGULAR = List.of(
            FontFile.ATKINSON_REGULAR,
            FontFile.NOTO_REGULAR,
            FontFile.ARABIC_REGULAR,
            FontFile.SYMBOLS2,
            FontFile.SYMBOLS,
            FontFile.CJK);

    static final List<FontFile> BOLD = List.of(
            FontFile.ATKINSON_BOLD,
            FontFile.NOTO_BOLD,
            FontFile.ARABIC_BOLD,
            FontFile.SYMBOLS2,
            FontFile.SYMBOLS,
            FontFile.CJK);

    static HandoutFonts load(PDDocument pdf) throws IOException {
        return new HandoutFonts(
                new Typeface(pdf, REGULAR.toArray(FontFile[]::new)), new Typeface(pdf, BOLD.toArray(FontFile[]::new)));
    }
}
