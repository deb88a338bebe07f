package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;

/**
 * "Continued" and "continued on the next page": pagination, not content (a screen reader reads a box or a log
 * that goes on over a page as one), so drawn as an artifact.
 */
final class PaginationCue implements Block {

    private final List<String> lines;
    private final Paragraph.Type type;
    private final float x;
    private final float spaceAfter;

    PaginationCue(String text, Paragraph.Type type, float x, float width, float spaceAfter) {
        this.lines = TextWrap.lines(text, type.font(), type.size(), width);
        this.type = type;
        this.x = x;
        this.spaceAfter = spaceAfter;
    }

    @Override
    public float height() {
        return lines.size() * HandoutStyle.leading(type.size()) + spaceAfter;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.pagination(() -> canvas.lines(lines, type.font(), type.size(), type.color(), x, top, 0));
    }
}
