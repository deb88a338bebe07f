package org.physiokiosk.figure;

import java.util.List;

/**
 * A curved arrow beside the body from where a point was to where it goes. It bows away from the body so it
 * does not cover the part that moves; a very short movement still gets an arrow long enough to read.
 */
final class MotionArrow {

    static final double MIN_MOVE = 0.008;
    private static final double MIN_LENGTH = 0.09, OFFSET = 0.075, HEAD = 0.04;

    private MotionArrow() {}

    /** How much of the body lies near a point: the arrow goes to the emptier side of the moving part. */
    private static double crowding(double x, double y, double[] bodyPoints) {
        double sum = 0;
        for (int i = 0; i + 1 < bodyPoints.length; i += 2) {
            double d2 = (bodyPoints[i] - x) * (bodyPoints[i] - x) + (bodyPoints[i + 1] - y) * (bodyPoints[i + 1] - y);
            sum += 1 / (d2 + 0.002);
        }
        return sum;
    }

    /** The arrow for a point moving from {@code (x0, y0)} to {@code (x1, y1)}, or none when it barely moves. */
    static List<DrawItem> of(double x0, double y0, double x1, double y1, double[] bodyPoints) {
        double dx = x1 - x0, dy = y1 - y0, len = Math.hypot(dx, dy);
        if (len < MIN_MOVE) {
            return List.of();
        }
        double ux = dx / len, uy = dy / len;
        double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
        double half = Math.max(len, MIN_LENGTH) / 2;
        double nx = -uy, ny = ux;
        if (crowding(mx + nx * OFFSET, my + ny * OFFSET, bodyPoints)
                > crowding(mx - nx * OFFSET, my - ny * OFFSET, bodyPoints)) {
            nx = -nx;
            ny = -ny;
        }
        double sx = mx - ux * half + nx * OFFSET, sy = my - uy * half + ny * OFFSET;
        double ex = mx + ux * half + nx * OFFSET, ey = my + uy * half + ny * OFFSET;
        double bow = half * 0.5;
        // The shaft stops where the head begins, so the head's point stays sharp.
        double hx = ex - ux * HEAD * 0.8, hy = ey - uy * HEAD * 0.8;
        PathData shaft = new PathBuilder()
                .moveTo(sx, sy)
                .curveTo(
                        sx + ux * half * 0.6 + nx * bow,
                        sy + uy * half * 0.6 + ny * bow,
                        hx - ux * half * 0.6 + nx * bow,
                        hy - uy * half * 0.6 + ny * bow,
                        hx,
                        hy)
                .build();
        // The head points along the curve's end tangent, which the control point above sets.
        double tx = hx - (hx - ux * half * 0.6 + nx * bow), ty = hy - (hy - uy * half * 0.6 + ny * bow);
        double tl = Math.hypot(tx, ty);
        tx /= tl;
        ty /= tl;
        double px = hx + tx * HEAD * 0.8, py = hy + ty * HEAD * 0.8;
        PathData head = new PathBuilder()
                .moveTo(px, py)
                .lineTo(hx - tx * HEAD * 0.2 - ty * HEAD * 0.55, hy - ty * HEAD * 0.2 + tx * HEAD * 0.55)
                .lineTo(hx - tx * HEAD * 0.2 + ty * HEAD * 0.55, hy - ty * HEAD * 0.2 - tx * HEAD * 0.55)
                .close()
                .build();
        return List.of(
                new DrawItem(shaft, null, ColorRole.ARROW, FigureStyle.ARROW_WIDTH),
                new DrawItem(head, ColorRole.ARROW, ColorRole.ARROW, FigureStyle.ARROW_WIDTH * 0.4));
    }
}
