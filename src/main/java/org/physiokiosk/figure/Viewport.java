package org.physiokiosk.figure;

/** Maps figure units (y up) onto a device box (y down), keeping proportions. */
public record Viewport(double scale, double originX, double originY) {

    /** The largest scale at which {@code bounds} fits the box, centred in it. */
    public static Viewport fit(Bounds bounds, double x, double y, double width, double height) {
        double scale = Math.min(width / Math.max(bounds.width(), 1e-6), height / Math.max(bounds.height(), 1e-6));
        double originX = x + (width - bounds.width() * scale) / 2 - bounds.minX() * scale;
        double originY = y + (height - bounds.height() * scale) / 2 + bounds.maxY() * scale;
        return new Viewport(scale, originX, originY);
    }

    public double x(double figureX) {
        return originX + figureX * scale;
    }

    public double y(double figureY) {
        return originY - figureY * scale;
    }

    public double length(double figureLength) {
        return Math.max(FigureStyle.MIN_LINE, figureLength * scale);
    }
}
