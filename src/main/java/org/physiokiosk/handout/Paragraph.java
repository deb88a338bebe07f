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

    private Paragraph(Paragraph whole, List<String> lines, boolean first, float spaceAfter) {
        this.owner = whole.owner;
        this.lead = first ? whole.lead : "";
        this.leadFont = whole.leadFont;
        this.type = whole.type;
        this.x = whole.x;
        this.lines = List.copyOf(lines);
        this.leadWidth = first ? whole.leadWidth : 0;
        this.spaceAfter = spaceAfter;
    }

    int lineCount() {
        return lines.size();
    }

    /** How many of its lines fit {@code room} points. */
    int linesIn(float room) {
        return Math.min(lines.size(), (int) (room / HandoutStyle.leading(type.size())));
    }

    /**
     * The first {@code count} lines and the rest, both owned by this paragraph's structure element, so text
     * longer than a page (a therapist's explanation has no length limit) goes on over a page break and a
     * screen reader still reads one paragraph.
     */
    List<Paragraph> split(int count) {
        return List.of(
                new Paragraph(this, lines.subList(0, count), true, 0),
                new Paragraph(this, lines.subList(count, lines.size()), false, spaceAfter));
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
