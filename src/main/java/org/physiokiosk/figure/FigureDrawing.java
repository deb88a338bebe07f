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

    /** Paints the drawing as large as fits the box, centred. */
    public void paintFitted(
            DrawingSurface surface, double x, double y, double width, double height, FigureStyle style) {
        paint(surface, Viewport.fit(bounds, x, y, width, height), style);
    }
}
