package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.physiokiosk.figure.Bounds;
import org.physiokiosk.handout.KeyPoses.KeyPose;

/**
 * An exercise's key drawings side by side, each in a light frame with its caption ("Start", "Step 3")
 * under it. Each drawing is a tagged Figure whose alternative text is the step it shows.
 */
final class FigureRow implements Block {

    static final float MAX_CELL_WIDTH = 165;
    /** The tallest a frame gets: a standing figure is drawn at this height. */
    static final float DRAWING_HEIGHT = 96;
    /** Room between a frame and its drawing. */
    static final float INSET = 6;

    static final float GAP = 12;

    private final Tagging.Node parent;
    private final List<KeyPose> poses;
    private final Paragraph.Type captionType;
    private final float x;
    private final float cellWidth;
    private final float frameHeight;

    FigureRow(Tagging.Node parent, List<KeyPose> poses, Paragraph.Type captionType, float x, float width) {
        this.parent = parent;
        this.poses = poses;
        this.captionType = captionType;
        this.x = x;
        int n = Math.max(1, poses.size());
        this.cellWidth = Math.min(MAX_CELL_WIDTH, (width - (n - 1) * GAP) / n);
        this.frameHeight = frameHeight(poses, cellWidth);
    }

    /**
     * Just as tall as the row's tallest drawing needs at the size it gets in a full-height frame: a row of
     * figures lying down (wide and low, limited by the cell's width) does not carry a band of empty frame
     * above and below them, and no drawing is drawn smaller than in a {@link #DRAWING_HEIGHT} frame.
     */
    static float frameHeight(List<KeyPose> poses, float cellWidth) {
        double inner = 0;
        for (KeyPose pose : poses) {
            Bounds bounds = pose.drawing().bounds();
            double w = Math.max(bounds.width(), 1e-6);
            double h = Math.max(bounds.height(), 1e-6);
            double scale = Math.min((cellWidth - 2 * INSET) / w, (DRAWING_HEIGHT - 2 * INSET) / h);
            inner = Math.max(inner, h * scale);
        }
        return (float) Math.ceil(inner + 2 * INSET);
    }

    @Override
    public float height() {
        return poses.isEmpty() ? 0 : frameHeight + HandoutStyle.leading(captionType.size()) + 6;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        PdfFigurePainter painter =
                new PdfFigurePainter(canvas.content, canvas.page.getMediaBox().getHeight());
        for (int i = 0; i < poses.size(); i++) {
            KeyPose pose = poses.get(i);
            float left = x + i * (cellWidth + GAP);
            canvas.artifact(
                    () -> canvas.strokeRect(left, top, cellWidth, frameHeight, HandoutStyle.FIGURE_FRAME, 0.8f));
            canvas.tagged(
                    parent.child("Figure").alt(pose.alt()),
                    () -> painter.paint(
                            pose.drawing(), left + INSET, top + INSET, cellWidth - 2 * INSET, frameHeight - 2 * INSET));
            String caption = TextWrap.printable(pose.caption(), captionType.font());
            canvas.tagged(
                    parent.child("P"),
                    () -> canvas.text(
                            caption,
                            captionType.font(),
                            captionType.size(),
                            captionType.color(),
                            left + 2,
                            top + frameHeight + 4 + captionType.size()));
        }
    }
}
