package org.physiokiosk.figure;

/**
 * What a painter must offer to draw a {@link FigureDrawing}: one path at a time, in device coordinates with
 * y pointing down. The JavaFX canvas and the PDF page both implement it, so screen and paper show the same
 * drawing.
 */
public interface DrawingSurface {

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void curveTo(double x1, double y1, double x2, double y2, double x3, double y3);

    void closePath();

    /** Fills the current path, then strokes it when {@code stroke} is not null. Joins and caps are round. */
    void paint(Rgb fill, Rgb stroke, double strokeWidth);
}
