package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.physiokiosk.handout.KeyPoses.KeyPose;

/**
 * An exercise's key drawings side by side, each in a light frame with its caption ("Start", "Step 3")
 * under it. Each drawing is a tagged Figure whose alternative text is the step it shows.
 */
final class FigureRow implements Block {

    static final float MAX_CELL_WIDTH = 165;
    static final float DRAWING_HEIGHT = 96;
    static final float GAP = 12;

    private final Tagging.Node parent;
    private final List<KeyPose> poses;
    private final Paragraph.Type captionType;
    private final float x;
    private final float cellWidth;

    FigureRow(Tagging.Node parent, List<KeyPose> poses, Paragraph.Type captionType, float x, float width) {
        this.parent = parent;
        this.poses = poses;
        this.captionType = captionType;
        this.x = x;
        int n = Math.max(1, poses.size());
        this.cellWidth = Math.min(MAX_CELL_WIDTH, (width - (n - 1) * GAP) / n);
    }

    @Override
    public float height() {
        return poses.isEmpty() ? 0 : DRAWING_HEIGHT + HandoutStyle.leading(captionType.size()) + 6;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        PdfFigurePainter painter =
                new PdfFigurePainter(canvas.content, canvas.page.getMediaBox().getHeight());
        for (int i = 0; i < poses.size(); i++) {
            KeyPose pose = poses.get(i);
            float left = x + i * (cellWidth + GAP);
            canvas.artifact(
                    () -> canvas.strokeRect(left, top, cellWidth, DRAWING_HEIGHT, HandoutStyle.FIGURE_FRAME, 0.8f));
            canvas.tagged(
                    parent.child("Figure").alt(pose.alt()),
                    () -> painter.paint(pose.drawing(), left + 6, top + 6, cellWidth - 12, DRAWING_HEIGHT - 12));
            String caption = TextWrap.printable(pose.caption(), captionType.font());
            canvas.tagged(
                    parent.child("P"),
                    () -> canvas.text(
                            caption,
                            captionType.font(),
                            captionType.size(),
                            captionType.color(),
                            left + 2,
                            top + DRAWING_HEIGHT + 4 + captionType.size()));
        }
    }
}
