package org.physiokiosk.ui.figure;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Viewport;

/**
 * Shows the figure moving through one exercise step. It owns no timer: the player pushes the time in with
 * {@link #showAt(long)} from its one AnimationTimer, and the frame is computed from elapsed nanoseconds, so
 * a stalled frame never slows the movement down. Resizing repaints the last frame. The canvas covers only
 * the part of the view the step's movement can paint ({@link CanvasArea}); the picture is where it would be on
 * a canvas as large as the view.
 */
public final class FigureView extends Region {

    private final Canvas canvas = new Canvas();
    private final CanvasFigurePainter painter;
    private FigureMotion motion;
    private long elapsedNanos;
    private double innerWidth;
    private double innerHeight;
    private CanvasArea area = CanvasArea.whole(0, 0);

    public FigureView() {
        this(FigureStyle.standard());
    }

    /** A view that paints in {@code style}, e.g. the high-contrast palette. */
    public FigureView(FigureStyle style) {
        painter = new CanvasFigurePainter(canvas.getGraphicsContext2D(), style);
        getStyleClass().add("figure-view");
        getChildren().add(canvas);
    }

    /** Starts showing a step's movement; time restarts at zero. */
    public void setMotion(FigureMotion motion) {
        this.motion = motion;
        this.elapsedNanos = 0;
        fitCanvas();
        repaint();
    }

    public FigureMotion getMotion() {
        return motion;
    }

    /** Shows the movement {@code elapsedNanos} after the step started; past the movement it holds the pose. */
    public void showAt(long elapsedNanos) {
        this.elapsedNanos = Math.max(0, elapsedNanos);
        repaint();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        if (innerWidth != w || innerHeight != h) {
            innerWidth = Math.max(0, w);
            innerHeight = Math.max(0, h);
            fitCanvas();
            repaint();
        }
    }

    /** Sizes and places the canvas over the area the current movement can paint in the current size. */
    private void fitCanvas() {
        area = motion == null || innerWidth < 1 || innerHeight < 1
                ? CanvasArea.whole(innerWidth, innerHeight)
                : CanvasArea.of(motion, innerWidth, innerHeight);
        canvas.setWidth(area.width());
        canvas.setHeight(area.height());
        canvas.relocate(snappedLeftInset() + area.x(), snappedTopInset() + area.y());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }

    private void repaint() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (motion == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        FigureDrawing drawing = motion.drawingAt(elapsedNanos);
        // The viewport fits the whole movement, not this frame, so the figure does not zoom while it moves; it is
        // fitted to the whole view and shifted by the canvas's place in it.
        painter.paint(drawing, Viewport.fit(motion.bounds(), -area.x(), -area.y(), innerWidth, innerHeight));
    }
}
