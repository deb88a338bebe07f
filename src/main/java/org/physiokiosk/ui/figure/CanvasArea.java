package org.physiokiosk.ui.figure;

import org.physiokiosk.figure.Bounds;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.Viewport;

/**
 * The part of a figure view, in whole pixels from its top left inner corner, where a step's movement can leave
 * ink: the canvas is only this large. With the software pipeline (a clinic's PC without a usable GPU) every
 * picture repaints the canvas's whole area, so a figure lying on a mat in a box taller than the movement
 * should not repaint the empty band above and below it (docs/benchmarks.md, "The figure's canvas").
 */
record CanvasArea(double x, double y, double width, double height) {

    /** Antialiasing reaches a pixel past the ink, and a line thinner than {@code FigureStyle.MIN_LINE} is drawn wider. */
    private static final double MARGIN = 2;

    static CanvasArea whole(double width, double height) {
        return new CanvasArea(0, 0, width, height);
    }

    /** The area for {@code motion} fitted to a view of {@code width} by {@code height}, as {@link FigureView} fits it. */
    static CanvasArea of(FigureMotion motion, double width, double height) {
        Viewport viewport = Viewport.fit(motion.bounds(), 0, 0, width, height);
        Bounds ink = motion.inkBounds();
        double left = Math.max(0, Math.floor(viewport.x(ink.minX()) - MARGIN));
        double right = Math.min(width, Math.ceil(viewport.x(ink.maxX()) + MARGIN));
        double top = Math.max(0, Math.floor(viewport.y(ink.maxY()) - MARGIN));
        double bottom = Math.min(height, Math.ceil(viewport.y(ink.minY()) + MARGIN));
        return new CanvasArea(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
