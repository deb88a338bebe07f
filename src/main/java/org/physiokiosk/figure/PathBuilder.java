package org.physiokiosk.figure;

import java.util.Arrays;

/** Builds a {@link PathData}, with the rounded shapes the figure is made of. */
final class PathBuilder {

    private byte[] ops = new byte[32];
    private double[] coords = new double[128];
    private int opCount;
    private int coordCount;

    PathBuilder moveTo(double x, double y) {
        return add(PathData.MOVE, x, y);
    }

    PathBuilder lineTo(double x, double y) {
        return add(PathData.LINE, x, y);
    }

    PathBuilder curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        return add(PathData.CUBIC, x1, y1, x2, y2, x3, y3);
    }

    PathBuilder close() {
        return add(PathData.CLOSE);
    }

    /**
     * The arc {@code center + ax*cos(t) + ay*sin(t)} for t from {@code from} to {@code to} (radians), as cubic
     * curves of at most a quarter turn each; with non-perpendicular or unequal axes it is an elliptic arc.
     * Starts with a line (or a move when {@code start}) to the arc's first point.
     */
    PathBuilder arc(
            double cx,
            double cy,
            double axx,
            double axy,
            double ayx,
            double ayy,
            double from,
            double to,
            boolean start) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(to - from) / (Math.PI / 2) - 1e-9));
        double step = (to - from) / pieces;
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        double c0 = Math.cos(from), s0 = Math.sin(from);
        double x0 = cx + axx * c0 + ayx * s0, y0 = cy + axy * c0 + ayy * s0;
        if (start) {
            moveTo(x0, y0);
        } else {
            lineTo(x0, y0);
        }
        for (int i = 0; i < pieces; i++) {
            double a1 = from + step * (i + 1);
            double c1 = Math.cos(a1), s1 = Math.sin(a1);
            // Unit-circle control points, then mapped through the axes.
            double p1x = c0 - k * s0, p1y = s0 + k * c0;
            double p2x = c1 + k * s1, p2y = s1 - k * c1;
            curveTo(
                    cx + axx * p1x + ayx * p1y, cy + axy * p1x + ayy * p1y,
                    cx + axx * p2x + ayx * p2y, cy + axy * p2x + ayy * p2y,
                    cx + axx * c1 + ayx * s1, cy + axy * c1 + ayy * s1);
            c0 = c1;
            s0 = s1;
        }
        return this;
    }

    /** A rounded limb: two circles and the straight lines that touch both. */
    PathBuilder capsule(double x1, double y1, double r1, double x2, double y2, double r2) {
        double dx = x2 - x1, dy = y2 - y1;
        double d = Math.hypot(dx, dy);
        if (d <= Math.abs(r1 - r2) + 1e-9) {
            double r = Math.max(r1, r2);
            return r1 >= r2 ? ellipse(x1, y1, r, r, 0) : ellipse(x2, y2, r, r, 0);
        }
        double heading = Math.atan2(dy, dx);
        double beta = Math.asin((r1 - r2) / d);
        double side = Math.PI / 2 - beta; // the tangent points sit this far either side of the heading
        arc(x2, y2, r2, 0, 0, r2, heading + side, heading - side, true);
        arc(x1, y1, r1, 0, 0, r1, heading - side, heading - 2 * Math.PI + side, false);
        return close();
    }

    PathBuilder ellipse(double cx, double cy, double rx, double ry, double angle) {
        double c = Math.cos(angle), s = Math.sin(angle);
        arc(cx, cy, rx * c, rx * s, -ry * s, ry * c, 0, 2 * Math.PI, true);
        return close();
    }

    PathBuilder rect(double x0, double y0, double x1, double y1) {
        return moveTo(x0, y0).lineTo(x1, y0).lineTo(x1, y1).lineTo(x0, y1).close();
    }

    /** A rectangle with rounded corners of radius {@code r}. */
    PathBuilder roundRect(double x0, double y0, double x1, double y1, double r) {
        r = Math.min(r, Math.min(x1 - x0, y1 - y0) / 2);
        double q = Math.PI / 2;
        arc(x1 - r, y0 + r, r, 0, 0, r, -q, 0, true);
        arc(x1 - r, y1 - r, r, 0, 0, r, 0, q, false);
        arc(x0 + r, y1 - r, r, 0, 0, r, q, 2 * q, false);
        arc(x0 + r, y0 + r, r, 0, 0, r, 2 * q, 3 * q, false);
        return close();
    }

    /** A smooth curve through the points (Catmull-Rom), continuing from the current point {@code xs[0], ys[0]}. */
    PathBuilder smoothThrough(double[] xs, double[] ys) {
        int n = xs.length;
        for (int i = 0; i + 1 < n; i++) {
            int p = Math.max(0, i - 1), q = Math.min(n - 1, i + 2);
            curveTo(
                    xs[i] + (xs[i + 1] - xs[p]) / 6,
                    ys[i] + (ys[i + 1] - ys[p]) / 6,
                    xs[i + 1] - (xs[q] - xs[i]) / 6,
                    ys[i + 1] - (ys[q] - ys[i]) / 6,
                    xs[i + 1],
                    ys[i + 1]);
        }
        return this;
    }

    PathData build() {
        return new PathData(Arrays.copyOf(ops, opCount), Arrays.copyOf(coords, coordCount));
    }

    private PathBuilder add(byte op, double... xy) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, ops.length * 2);
        }
        if (coordCount + xy.length > coords.length) {
            coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + xy.length));
        }
        ops[opCount++] = op;
        System.arraycopy(xy, 0, coords, coordCount, xy.length);
        coordCount += xy.length;
        return this;
    }
}
