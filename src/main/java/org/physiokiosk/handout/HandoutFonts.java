package org.physiokiosk.handout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Atkinson Hyperlegible (made for low-vision readers), regular and bold, embedded as subsets: PDF/A forbids
 * relying on the reader's fonts, and the handout must look the same on every printer. Each weight falls back
 * to bundled Noto fonts (and a CJK font) for letters Atkinson lacks: a patient's name must print as written
 * (decision 0031). The symbol and CJK fonts have one weight and serve both.
 */
record HandoutFonts(Typeface regular, Typeface bold) {

    static HandoutFonts load(PDDocument pdf) throws IOException {
        return new HandoutFonts(
                new Typeface(
                        pdf,
                        FontFile.ATKINSON_REGULAR,
                        FontFile.NOTO_REGULAR,
                        FontFile.ARABIC_REGULAR,
                        FontFile.SYMBOLS2,
                        FontFile.SYMBOLS,
                        FontFile.CJK),
                new Typeface(
                        pdf,
                        FontFile.ATKINSON_BOLD,
                        FontFile.NOTO_BOLD,
                        FontFile.ARABIC_BOLD,
                        FontFile.SYMBOLS2,
                        FontFile.SYMBOLS,
                        FontFile.CJK));
    }
}
