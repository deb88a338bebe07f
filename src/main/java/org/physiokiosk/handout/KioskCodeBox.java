package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.physiokiosk.program.IssuedCode;

/**
 * The program's code for the waiting-room kiosk, framed on page 1: the code itself large and spaced
 * (K7QM-4XPR), with one line of how to use it and until when it works. Read aloud by a screen reader as
 * one paragraph.
 */
final class KioskCodeBox implements Block {

    private static final float PAD = 10;
    private static final float CODE_SIZE = 26;

    private final Tagging.Node owner;
    private final String label;
    private final String code;
    private final List<String> howTo;
    private final HandoutFonts fonts;
    private final float x;
    private final float width;

    KioskCodeBox(Tagging.Node owner, IssuedCode issued, HandoutWords words, HandoutFonts fonts, float x, float width) {
        this.owner = owner;
        this.fonts = fonts;
        this.x = x;
        this.width = width;
        this.label = TextWrap.printable(words.get("code.label"), fonts.bold());
        this.code = issued.code().grouped();
        this.howTo = TextWrap.lines(
                words.format("code.howTo", words.longDate(issued.lastDay())),
                fonts.regular(),
                HandoutStyle.BODY,
                width - 2 * PAD);
    }

    @Override
    public float height() {
        return PAD
                + HandoutStyle.leading(HandoutStyle.BODY)
                + HandoutStyle.leading(CODE_SIZE)
                + howTo.size() * HandoutStyle.leading(HandoutStyle.BODY)
                + PAD;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.artifact(() -> canvas.strokeRect(x, top, width, height(), HandoutStyle.ACCENT, 1.2f));
        float labelBaseline = top + PAD + HandoutStyle.BODY * 0.95f;
        float codeTop = top + PAD + HandoutStyle.leading(HandoutStyle.BODY);
        float codeBaseline = codeTop + CODE_SIZE * 0.95f;
        float howToTop = codeTop + HandoutStyle.leading(CODE_SIZE);
        canvas.tagged(owner, () -> {
            canvas.text(label, fonts.bold(), HandoutStyle.BODY, HandoutStyle.TEXT, x + PAD, labelBaseline);
            canvas.text(code, fonts.bold(), CODE_SIZE, HandoutStyle.ACCENT, x + PAD, codeBaseline);
            canvas.lines(howTo, fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT, x + PAD, howToTop, 0);
        });
    }
}
