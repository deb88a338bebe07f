package org.physiokiosk.figure;

import java.util.List;

/**
 * The trunk as the viewer sees it: each spine node's screen position and how far the trunk reaches either
 * side of it, across the spine's screen direction. Bending the spine bends this outline, which is what makes
 * a round back, a hollow back and a pelvic tilt visible.
 */
final class ProjectedTrunk {

    final double[] x, y, nx, ny, reach, depth;
    final double bottomCap, topCap;
    private final double tangentX0, tangentY0, tangentXn, tangentYn;

    ProjectedTrunk(List<Body.TrunkNode> nodes, View view) {
        int n = nodes.size();
        x = new double[n];
        y = new double[n];
        nx = new double[n];
        ny = new double[n];
        reach = new double[n];
        depth = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = view.project(nodes.get(i).center());
            x[i] = s[0];
            y[i] = s[1];
            depth[i] = s[2];
        }
        Vec3 right = view.screenRight(), up = view.screenUp();
        double[] t = new double[2];
        for (int i = 0; i < n; i++) {
            tangent(nodes.get(i), view, i, t);
            nx[i] = -t[1];
            ny[i] = t[0];
            Vec3 across = right.times(nx[i]).plus(up.times(ny[i]));
            reach[i] = nodes.get(i).reach(across);
        }
        tangent(nodes.get(0), view, 0, t);
        tangentX0 = t[0];
        tangentY0 = t[1];
        tangent(nodes.get(n - 1), view, n - 1, t);
        tangentXn = t[0];
        tangentYn = t[1];
        // A foreshortened spine (seen from its end) gets short caps, or the outline would bulge.
        bottomCap = Proportions.TRUNK_CAP_BOTTOM * capScale(nodes.get(0), view);
        topCap = Proportions.TRUNK_CAP_TOP * capScale(nodes.get(n - 1), view);
    }

    /** The trunk's outline: buttocks, one flank, shoulders, the other flank. */
    PathData outline() {
        int n = x.length;
        PathBuilder p = new PathBuilder();
        p.arc(
                x[0],
                y[0],
                nx[0] * reach[0],
                ny[0] * reach[0],
                -tangentX0 * bottomCap,
                -tangentY0 * bottomCap,
                Math.PI,
                0,
                true);
        double[] lx = new double[n], ly = new double[n], rx = new double[n], ry = new double[n];
        for (int i = 0; i < n; i++) {
            lx[i] = x[i] + nx[i] * reach[i];
            ly[i] = y[i] + ny[i] * reach[i];
            rx[n - 1 - i] = x[i] - nx[i] * reach[i];
            ry[n - 1 - i] = y[i] - ny[i] * reach[i];
        }
        p.smoothThrough(lx, ly);
        int t = n - 1;
        p.arc(
                x[t],
                y[t],
                nx[t] * reach[t],
                ny[t] * reach[t],
                tangentXn * topCap,
                tangentYn * topCap,
                0,
                Math.PI,
                false);
        p.smoothThrough(rx, ry);
        return p.close().build();
    }

    /** A rounded band over nodes {@code from..to}, {@code pad} wider than the trunk, shifted by {@code shift}. */
    void band(PathBuilder p, int from, int to, double pad, double shiftX, double shiftY) {
        for (int i = from; i < to; i++) {
            p.capsule(
                    x[i] + shiftX,
                    y[i] + shiftY,
                    reach[i] + pad,
                    x[i + 1] + shiftX,
                    y[i + 1] + shiftY,
                    reach[i + 1] + pad);
        }
    }

    double meanDepth() {
        double sum = 0;
        for (double d : depth) {
            sum += d;
        }
        return sum / depth.length;
    }

    private void tangent(Body.TrunkNode node, View view, int i, double[] out) {
        int n = x.length;
        double dx = x[Math.min(n - 1, i + 1)] - x[Math.max(0, i - 1)];
        double dy = y[Math.min(n - 1, i + 1)] - y[Math.max(0, i - 1)];
        double len = Math.hypot(dx, dy);
        if (len < 0.02) {
            double[] u = view.project(node.frame().up());
            dx = u[0];
            dy = u[1];
            len = Math.hypot(dx, dy);
            if (len < 1e-6) {
                dx = 0;
                dy = 1;
                len = 1;
            }
        }
        out[0] = dx / len;
        out[1] = dy / len;
    }

    private static double capScale(Body.TrunkNode node, View view) {
        double[] u = view.project(node.frame().up());
        return Math.max(0.35, Math.hypot(u[0], u[1]));
    }
}
