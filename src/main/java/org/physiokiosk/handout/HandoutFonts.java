package org.physiokiosk.handout;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Atkinson Hyperlegible (made for low-vision readers), regular and bold, embedded as subsets: PDF/A forbids
 * relying on the reader's fonts, and the handout must look the same on every printer.
 */
record HandoutFonts(PDFont regular, PDFont bold) {

    private static final String FOLDER = "/org/physiokiosk/fonts/";

    static HandoutFonts load(PDDocument pdf) throws IOException {
        return new HandoutFonts(
                font(pdf, "AtkinsonHyperlegible_400Regular.ttf"), font(pdf, "AtkinsonHyperlegible_700Bold.ttf"));
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = HandoutFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing");
            }
            return PDType0Font.load(pdf, in);
        }
    }
}
