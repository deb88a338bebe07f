package org.physiokiosk.figure;

/** An axis-aligned box in figure units. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Bounds union(Bounds o) {
        return new Bounds(
                Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    public Bounds grown(double margin) {
        return new Bounds(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }
}
