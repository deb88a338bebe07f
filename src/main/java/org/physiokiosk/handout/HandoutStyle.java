package org.physiokiosk.handout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.physiokiosk.figure.Rgb;

/**
 * Sizes and colours of the handout, in one place. Type is large for older readers (body 13 pt, the dose 15
 * pt bold); colours are dark on white or on a light tint, so a black-and-white printer keeps them apart.
 */
final class HandoutStyle {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 50;
    static final float TOP = 48;
    /** Room under the body for the footer. */
    static final float BOTTOM = 70;
    /**
     * No ink comes nearer to a paper edge than this (the footer's lowest descender is the nearest): more
     * than the unprintable border of common office printers (usually 4 to 6 mm, 12.7 mm at most), so a handout
     * prints at 100 % without losing anything. HandoutPrinter relies on it.
     */
    static final float INK_INSET = 36;

    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    /** The last y (from the top) the body may reach. */
    static final float BODY_END = PAGE.getHeight() - BOTTOM;

    static final float TITLE = 24;
    static final float H2 = 18;
    static final float H3 = 16;
    static final float BODY = 13;
    static final float DOSE = 15;
    static final float SMALL = 10;
    /** Line height as a multiple of the type size: generous, older readers lose their line less. */
    static final float LEADING = 1.28f;

    static final Rgb TEXT = new Rgb(26, 26, 30);
    static final Rgb MUTED = new Rgb(70, 72, 80);
    static final Rgb ACCENT = new Rgb(12, 64, 128);
    static final Rgb DOSE_TINT = new Rgb(228, 238, 250);
    static final Rgb WARNING = new Rgb(150, 20, 20);
    static final Rgb WARNING_TINT = new Rgb(253, 240, 238);
    static final Rgb RULE = new Rgb(120, 124, 135);
    static final Rgb FIGURE_FRAME = new Rgb(205, 210, 220);

    private HandoutStyle() {}

    static float leading(float size) {
        return size * LEADING;
    }
}
