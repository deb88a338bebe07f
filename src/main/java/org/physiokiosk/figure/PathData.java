package org.physiokiosk.figure;

import java.util.Arrays;

/**
 * A vector outline in figure units (y up): move, line, cubic curve and close commands with their
 * coordinates, stored flat so a frame's drawing costs a few small arrays rather than thousands of objects.
 */
public final class PathData {

    public static final byte MOVE = 0, LINE = 1, CUBIC = 2, CLOSE = 3;

    private final byte[] ops;
    private final double[] coords;

    PathData(byte[] ops, double[] coords) {
        this.ops = ops;
        this.coords = coords;
    }

    public int size() {
        return ops.length;
    }

    public byte op(int i) {
        return ops[i];
    }

    /** Replays the path onto a surface through a viewport. */
    public void replay(DrawingSurface surface, Viewport v) {
        surface.beginPath();
        int c = 0;
        for (byte op : ops) {
            switch (op) {
                case MOVE -> surface.moveTo(v.x(coords[c]), v.y(coords[c + 1]));
                case LINE -> surface.lineTo(v.x(coords[c]), v.y(coords[c + 1]));
                case CUBIC ->
                    surface.curveTo(
                            v.x(coords[c]),
                            v.y(coords[c + 1]),
                            v.x(coords[c + 2]),
                            v.y(coords[c + 3]),
                            v.x(coords[c + 4]),
                            v.y(coords[c + 5]));
                default -> surface.closePath();
            }
            c += switch (op) {
                case MOVE, LINE -> 2;
                case CUBIC -> 6;
                default -> 0;
            };
        }
    }

    /** Grows {@code box} (minX, minY, maxX, maxY) to hold every point, control points included. */
    void addTo(double[] box) {
        for (int i = 0; i + 1 < coords.length; i += 2) {
            box[0] = Math.min(box[0], coords[i]);
            box[1] = Math.min(box[1], coords[i + 1]);
            box[2] = Math.max(box[2], coords[i]);
            box[3] = Math.max(box[3], coords[i + 1]);
        }
    }

    @Override
    public String toString() {
        return "PathData" + Arrays.toString(ops);
    }
}
