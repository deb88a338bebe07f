package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.physiokiosk.content.DoseWords;

/**
 * The dose on a tinted band, larger and bolder than the steps: what the patient must get right. It breaks
 * only between the parts of the dose ("· hold 5 seconds ·"), never inside one.
 */
final class DoseBand implements Block {

    private static final float PAD = 8;

    private final Tagging.Node owner;
    private final String label;
    private final Paragraph.Type labelType;
    private final Paragraph.Type doseType;
    private final float x;
    private final float width;
    private final float labelWidth;
    private final List<String> lines;

    DoseBand(
            Tagging.Node owner,
            String label,
            List<String> parts,
            Paragraph.Type labelType,
            Paragraph.Type doseType,
            float x,
            float width) {
        this.owner = owner;
        this.label = TextWrap.printable(label, labelType.font());
        this.labelType = labelType;
        this.doseType = doseType;
        this.x = x;
        this.width = width;
        this.labelWidth = TextWrap.width(this.label, labelType.font(), labelType.size()) + 10;
        this.lines = TextWrap.partLines(
                parts, DoseWords.SEPARATOR, doseType.font(), doseType.size(), width - 2 * PAD - labelWidth);
    }

    @Override
    public float height() {
        return lines.size() * HandoutStyle.leading(doseType.size()) + 2 * PAD;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        canvas.artifact(() -> canvas.fillRect(x, top, width, height(), HandoutStyle.DOSE_TINT));
        float baseline = top + PAD + doseType.size() * 0.95f;
        canvas.tagged(owner, () -> {
            canvas.text(label, labelType.font(), labelType.size(), labelType.color(), x + PAD, baseline);
            canvas.lines(lines, doseType.font(), doseType.size(), doseType.color(), x + PAD + labelWidth, top + PAD, 0);
        });
    }
}
