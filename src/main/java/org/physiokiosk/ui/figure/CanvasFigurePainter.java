package org.physiokiosk.ui.figure;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.physiokiosk.figure.DrawingSurface;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Rgb;
import org.physiokiosk.figure.Viewport;

/** Paints a {@link FigureDrawing} onto a JavaFX canvas: the same paths the handout's PDF painter writes. */
public final class CanvasFigurePainter implements DrawingSurface {

    private final GraphicsContext g;
    private final FigureStyle style;

    public CanvasFigurePainter(GraphicsContext g, FigureStyle style) {
        this.g = g;
        this.style = style;
    }

    /** Paints {@code drawing} through {@code viewport} (device pixels, y down). */
    public void paint(FigureDrawing drawing, Viewport viewport) {
        g.save();
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        drawing.paint(this, viewport, style);
        g.restore();
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        g.bezierCurveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void paint(Rgb fill, Rgb stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(color(fill));
            g.fill();
        }
        if (stroke != null) {
            g.setStroke(color(stroke));
            g.setLineWidth(strokeWidth);
            g.stroke();
        }
    }

    private static Color color(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue());
    }
}
