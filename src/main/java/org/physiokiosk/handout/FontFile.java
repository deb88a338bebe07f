package org.physiokiosk.handout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One bundled TrueType file and which characters it has. Which characters a file has is the same for every
 * handout, so it is read once per run of the program; the font itself is embedded per document, and only when
 * a handout uses it (see decision 0031).
 */
final class FontFile {

    private static final String FOLDER = "/org/physiokiosk/fonts/";

    static final FontFile ATKINSON_REGULAR = new FontFile("AtkinsonHyperlegible_400Regular.ttf");
    static final FontFile ATKINSON_BOLD = new FontFile("AtkinsonHyperlegible_700Bold.ttf");
    static final FontFile NOTO_REGULAR = new FontFile("NotoSans-Regular.ttf");
    static final FontFile NOTO_BOLD = new FontFile("NotoSans-Bold.ttf");
    static final FontFile ARABIC_REGULAR = new FontFile("NotoSansArabic-Regular.ttf");
    static final FontFile ARABIC_BOLD = new FontFile("NotoSansArabic-Bold.ttf");
    static final FontFile SYMBOLS2 = new FontFile("NotoSansSymbols2-Handout.ttf");
    static final FontFile SYMBOLS = new FontFile("NotoSansSymbols-Handout.ttf");
    static final FontFile CJK = new FontFile("DroidSansFallback-CJK.ttf");

    private final String name;
    private volatile Loaded loaded;

    private record Loaded(byte[] bytes, CmapLookup cmap, BitSet common) {}

    /** Below this, coverage is looked up in a bit set: it is asked for every letter of every handout. */
    private static final int COMMON = 0x3000;

    private FontFile(String name) {
        this.name = name;
    }

    boolean has(int codePoint) {
        Loaded font = loaded();
        return codePoint < COMMON ? font.common().get(codePoint) : font.cmap().getGlyphId(codePoint) != 0;
    }

    PDFont embedIn(PDDocument pdf) throws IOException {
        return PDType0Font.load(pdf, new ByteArrayInputStream(loaded().bytes()));
    }

    @Override
    public String toString() {
        return name;
    }

    private Loaded loaded() {
        Loaded result = loaded;
        if (result == null) {
            synchronized (this) {
                result = loaded;
                if (result == null) {
                    result = read();
                    loaded = result;
                }
            }
        }
        return result;
    }

    private Loaded read() {
        try (InputStream in = FontFile.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the bundled font " + name + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            // The cmap is read into memory while parsing, so the lookup outlives the parser's buffer.
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                if (cmap == null) {
                    throw new IOException("the bundled font " + name + " has no Unicode cmap");
                }
                BitSet common = new BitSet(COMMON);
                for (int cp = 0; cp < COMMON; cp++) {
                    common.set(cp, cmap.getGlyphId(cp) != 0);
                }
                return new Loaded(bytes, cmap, common);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
