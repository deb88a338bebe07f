package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;

/**
 * One item of a tagged list (L / LI / Lbl + LBody): a label ("3." or a bullet) in a hanging column and the
 * wrapped text beside it. Items of one list share the list's node, so a long list may continue on the next
 * page and stay one list.
 */
final class ListItem implements Block {

    private final Tagging.Node item;
    private final String label;
    private final Paragraph.Type type;
    private final float x;
    private final float labelWidth;
    private final List<String> lines;
    private final float spaceAfter;

    ListItem(
            Tagging.Node list,
            String label,
            String text,
            Paragraph.Type type,
            float x,
            float width,
            float labelWidth,
            float spaceAfter) {
        this.item = list.child("LI");
        this.label = label;
        this.type = type;
        this.x = x;
        this.labelWidth = labelWidth;
        this.lines = TextWrap.lines(text, type.font(), type.size(), width - labelWidth);
        this.spaceAfter = spaceAfter;
    }

    @Override
    public float height() {
        return lines.size() * HandoutStyle.leading(type.size()) + spaceAfter;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.tagged(
                item.child("Lbl"),
                () -> canvas.text(label, type.font(), type.size(), type.color(), x, top + type.size() * 0.95f));
        canvas.tagged(
                item.child("LBody"),
                () -> canvas.lines(lines, type.font(), type.size(), type.color(), x + labelWidth, top, 0));
    }
}
