package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.physiokiosk.figure.Rgb;

/**
 * Wrapped text owned by one structure element (P, H1, H2, ...), optionally led by a bold label on its first
 * line ("Take care: ..."). Measured when made.
 */
final class Paragraph implements Block {

    record Type(Typeface font, float size, Rgb color) {}

    private final Tagging.Node owner;
    private final String lead;
    private final Typeface leadFont;
    private final Type type;
    private final float x;
    private final List<String> lines;
    private final float leadWidth;
    private final float spaceAfter;

    Paragraph(
            Tagging.Node owner,
            String lead,
            Typeface leadFont,
            String text,
            Type type,
            float x,
            float width,
            float spaceAfter) {
        this.owner = owner;
        this.lead = lead == null ? "" : TextWrap.printable(lead, leadFont);
        this.leadFont = leadFont;
        this.type = type;
        this.x = x;
        this.leadWidth = this.lead.isEmpty() ? 0 : TextWrap.width(this.lead + " ", leadFont, type.size());
        this.lines = TextWrap.lines(text, type.font(), type.size(), width, leadWidth);
        this.spaceAfter = spaceAfter;
    }

    Paragraph(Tagging.Node owner, String text, Type type, float x, float width, float spaceAfter) {
        this(owner, null, type.font(), text, type, x, width, spaceAfter);
    }

    @Override
    public float height() {
        return lines.size() * HandoutStyle.leading(type.size()) + spaceAfter;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.tagged(owner, () -> {
            if (!lead.isEmpty()) {
                canvas.text(lead, leadFont, type.size(), type.color(), x, top + type.size() * 0.95f);
            }
            canvas.lines(lines, type.font(), type.size(), type.color(), x, top, leadWidth);
        });
    }
}
