package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The props as the viewer sees them: each box projects to a rectangle; far boxes first. */
final class PropShapes {

    private PropShapes() {}

    static List<DrawItem> of(Stage stage) {
        List<Stage.Box> boxes = new ArrayList<>(stage.props());
        boxes.sort(Comparator.comparingDouble(b -> stage.depth(Vec3.lerp(b.min(), b.max(), 0.5))));
        List<DrawItem> items = new ArrayList<>(boxes.size());
        for (Stage.Box box : boxes) {
            double[] r = screenRect(stage.view(), box);
            if (r[2] - r[0] < 1e-4 || r[3] - r[1] < 1e-4) {
                continue;
            }
            PathData path = new PathBuilder()
                    .roundRect(r[0], r[1], r[2], r[3], box.corner())
                    .build();
            items.add(new DrawItem(path, box.fill(), box.edge(), FigureStyle.PROP_LINE_WIDTH));
        }
        return items;
    }

    /** A floor line under the figure in the side and front views (from above, the floor is everywhere). */
    static DrawItem floor(Stage stage, double minX, double maxX) {
        double y = stage.floorY();
        PathData line = new PathBuilder().moveTo(minX, y).lineTo(maxX, y).build();
        return new DrawItem(line, null, ColorRole.FLOOR, FigureStyle.PROP_LINE_WIDTH * 1.4);
    }

    /** {minX, minY, maxX, maxY} on screen: an axis-aligned box seen along an axis is a rectangle. */
    private static double[] screenRect(View view, Stage.Box b) {
        double[] r = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < 8; i++) {
            Vec3 corner = new Vec3(
                    (i & 1) == 0 ? b.min().x() : b.max().x(),
                    (i & 2) == 0 ? b.min().y() : b.max().y(),
                    (i & 4) == 0 ? b.min().z() : b.max().z());
            double[] s = view.project(corner);
            r[0] = Math.min(r[0], s[0]);
            r[1] = Math.min(r[1], s[1]);
            r[2] = Math.max(r[2], s[0]);
            r[3] = Math.max(r[3], s[1]);
        }
        return r;
    }
}
