package org.physiokiosk.figure;

import java.util.List;

/**
 * The painter-neutral description of one picture of the figure: paths in painting order, back to front, in
 * figure units. Both painters replay the same list, which is what makes screen and paper alike.
 */
public record FigureDrawing(List<DrawItem> items, Bounds bounds) {

    public FigureDrawing {
        items = List.copyOf(items);
    }

    public void paint(DrawingSurface surface, Viewport viewport, FigureStyle style) {
        for (DrawItem item : items) {
            item.path().replay(surface, viewport);
            surface.paint(
                    item.fill() == null ? null : style.color(item.fill()),
                    item.stroke() == null ? null : style.color(item.stroke()),
                    viewport.length(item.strokeWidth()));
        }
    }

    /**
     * Where the drawing leaves ink: every path's box, its outline's half width included. {@link #bounds()} is
     * the box the picture is fitted to and leaves out the shadows and the outlines' width.
     */
    public Bounds inkBounds() {
        double[] ink = {bounds.minX(), bounds.minY(), bounds.maxX(), bounds.maxY()};
        for (DrawItem item : items) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            item.path().addTo(box);
            double half = item.stroke() == null ? 0 : item.strokeWidth() / 2;
            ink[0] = Math.min(ink[0], box[0] - half);
            ink[1] = Math.min(ink[1], box[1] - half);
            ink[2] = Math.max(ink[2], box[2] + half);
            ink[3] = Math.max(ink[3], box[3] + half);
        }
        return new Bounds(ink[0], ink[1], ink[2], ink[3]);
    }

    /** Paints the drawing as large as fits the box, centred. */
    public void paintFitted(
            DrawingSurface surface, double x, double y, double width, double height, FigureStyle style) {
        paint(surface, Viewport.fit(bounds, x, y, width, height), style);
    }
}
