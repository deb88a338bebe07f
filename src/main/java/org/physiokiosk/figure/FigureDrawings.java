package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link FigureDrawing} of a pose: props, the highlight glow, the body back to front, and the
 * motion arrow on top. Pass resolved poses (the loader resolves {@code extends}).
 */
public final class FigureDrawings {

    private FigureDrawings() {}

    /** The pose alone, without a motion arrow. */
    public static FigureDrawing still(Pose pose, boolean mirror) {
        return step(null, pose, mirror);
    }

    /**
     * The pose a step ends in, with an arrow for its cue point's path from {@code previous} (may be null: no
     * arrow); what a handout or a thumbnail shows for one step.
     */
    public static FigureDrawing step(Pose previous, Pose pose, boolean mirror) {
        Stage end = stage(pose, pose, mirror, null);
        Stage start = previous == null ? null : stage(previous, pose, mirror, null);
        double[] span = start == null ? null : Stage.matSpan(start, end);
        if (span != null) {
            end = stage(pose, pose, mirror, span);
        }
        return frame(end, arrowPoints(start, end, pose), pose.highlightOrNone());
    }

    /** The stage of {@code angles} as {@code look} places and props them. */
    static Stage stage(Pose angles, Pose look, boolean mirror, double[] matSpan) {
        return Stage.of(
                angles.angles(), look.viewOrDefault(), look.propOrDefault(), look.anchorOrDefault(), mirror, matSpan);
    }

    /** {x0, y0, x1, y1} on screen of the cue point at the start and end, or null when there is no arrow. */
    static double[] arrowPoints(Stage start, Stage end, Pose look) {
        if (start == null || look.cue().isEmpty() || start.view() != end.view()) {
            return null;
        }
        double[] a = start.screen(start.body().landmark(look.cue().get()));
        double[] b = end.screen(end.body().landmark(look.cue().get()));
        return new double[] {a[0], a[1], b[0], b[1]};
    }

    /** Points spread over the body on screen: trunk nodes and limb ends. */
    private static double[] bodyPoints(Stage stage, ProjectedTrunk trunk) {
        List<Body.Limb> limbs = stage.body().limbs();
        double[] points = new double[2 * (trunk.x.length + 2 * limbs.size() + 1)];
        int i = 0;
        for (int n = 0; n < trunk.x.length; n++) {
            points[i++] = trunk.x[n];
            points[i++] = trunk.y[n];
        }
        for (Body.Limb limb : limbs) {
            for (Vec3 end : new Vec3[] {limb.a(), limb.b()}) {
                double[] s = stage.screen(end);
                points[i++] = s[0];
                points[i++] = s[1];
            }
        }
        double[] head = stage.screen(stage.body().headCenter());
        points[i++] = head[0];
        points[i] = head[1];
        return points;
    }

    /** One picture: glow, props, shadow on the mat (top view), body back to front, arrow (may be null) bowing away from the hips. */
    static FigureDrawing frame(Stage stage, double[] arrow, Set<BodyPart> highlight) {
        ProjectedTrunk trunk = new ProjectedTrunk(stage.body().trunk(), stage.view());
        List<DrawItem> items = new ArrayList<>(24);
        List<DrawItem> props = PropShapes.of(stage);
        List<DrawItem> shadow = ShadowShapes.of(stage);
        List<DrawItem> body = BodyShapes.of(stage, trunk);
        List<DrawItem> halo = HaloShapes.of(stage, trunk, highlight);
        List<DrawItem> arrowItems = List.of();
        if (arrow != null) {
            arrowItems = MotionArrow.of(arrow[0], arrow[1], arrow[2], arrow[3], bodyPoints(stage, trunk));
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<DrawItem> group : List.of(props, halo, body, arrowItems)) {
            for (DrawItem item : group) {
                item.path().addTo(box);
            }
        }
        if (stage.view() != View.TOP) {
            items.add(PropShapes.floor(stage, box[0] - 0.06, box[2] + 0.06));
            box[0] -= 0.06;
            box[2] += 0.06;
            box[1] = Math.min(box[1], stage.floorY() - 0.01);
        }
        // The glow goes under the props, so the mat hides the part of it that would reach below the support.
        items.addAll(0, halo);
        items.addAll(props);
        items.addAll(shadow);
        items.addAll(body);
        items.addAll(arrowItems);
        return new FigureDrawing(items, new Bounds(box[0], box[1], box[2], box[3]));
    }
}
