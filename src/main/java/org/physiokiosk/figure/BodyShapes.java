package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a staged body into outlined shapes, painted back to front by depth. Limbs on the side away from the
 * viewer are a lighter shade; arms win ties with the trunk (hands on hips show), legs lose them (thighs tuck
 * under the pelvis).
 */
final class BodyShapes {

    private static final double FAR_GAP = 0.03;
    private static final double ARM_BIAS = 0.02, LEG_BIAS = -0.01, NECK_BIAS = -0.05, HEAD_BIAS = 0.03;
    /**
     * A near thigh lies only a hip's width in front of the trunk's middle; painted over the trunk, its round
     * root shows as a lump on the pelvis and its outline cuts across a trunk folded onto it (child pose). Pushed
     * back by more than that width, it comes out from under the pelvis as a real thigh does.
     */
    private static final double THIGH_BIAS = -0.07;

    private record Layer(double depth, DrawItem item) {}

    private BodyShapes() {}

    static List<DrawItem> of(Stage stage, ProjectedTrunk trunk) {
        Body body = stage.body();
        List<Layer> layers = new ArrayList<>(16);
        layers.add(new Layer(trunk.meanDepth(), outlined(trunk.outline(), ColorRole.CLOTHES_NEAR)));
        for (Body.Limb limb : body.limbs()) {
            double[] a = stage.screen(limb.a()), b = stage.screen(limb.b());
            PathData path = new PathBuilder()
                    .capsule(a[0], a[1], limb.ra(), b[0], b[1], limb.rb())
                    .build();
            boolean far = limb.side() != null
                    && isFar(stage, limb.side(), limb.segment().arm());
            ColorRole fill = limb.segment().skin()
                    ? (far ? ColorRole.SKIN_FAR : ColorRole.SKIN_NEAR)
                    : (far ? ColorRole.CLOTHES_FAR : ColorRole.CLOTHES_NEAR);
            double bias = switch (limb.segment()) {
                case NECK -> NECK_BIAS;
                case THIGH -> THIGH_BIAS;
                case UPPER_ARM, FOREARM, HAND -> ARM_BIAS;
                default -> LEG_BIAS;
            };
            layers.add(new Layer((a[2] + b[2]) / 2 + bias, outlined(path, fill)));
        }
        double[] head = stage.screen(body.headCenter());
        PathData nose = nose(stage, head);
        if (nose != null) {
            layers.add(new Layer(head[2] + HEAD_BIAS, outlined(nose, ColorRole.SKIN_NEAR)));
        }
        layers.add(new Layer(head[2] + HEAD_BIAS, outlined(head(stage, head), ColorRole.SKIN_NEAR)));
        layers.sort(Comparator.comparingDouble(Layer::depth));
        List<DrawItem> items = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            items.add(layer.item);
        }
        return items;
    }

    /** A limb is far when its side's hip or shoulder is clearly further from the viewer than the other side's. */
    static boolean isFar(Stage stage, BodySide side, boolean arm) {
        BodySide other = side == BodySide.LEFT ? BodySide.RIGHT : BodySide.LEFT;
        return stage.depth(rootOf(stage.body(), side, arm)) < stage.depth(rootOf(stage.body(), other, arm)) - FAR_GAP;
    }

    private static Vec3 rootOf(Body body, BodySide side, boolean arm) {
        Segment first = arm ? Segment.UPPER_ARM : Segment.THIGH;
        for (Body.Limb limb : body.limbs()) {
            if (limb.side() == side && limb.segment() == first) {
                return limb.a();
            }
        }
        throw new IllegalStateException("the body has no " + first);
    }

    /** The head: an ellipse along the head's screen axis, with a small nose when the face is seen from the side. */
    private static PathData head(Stage stage, double[] c) {
        Rot frame = stage.body().headFrame();
        View view = stage.view();
        double[] up = view.project(frame.up());
        double ux = up[0], uy = up[1], len = Math.hypot(ux, uy);
        if (len < 0.2) {
            ux = 0;
            uy = 1;
        } else {
            ux /= len;
            uy /= len;
        }
        Vec3 along = view.screenRight().times(ux).plus(view.screenUp().times(uy));
        Vec3 across = view.screenRight().times(-uy).plus(view.screenUp().times(ux));
        double ry = Body.ellipsoidReach(frame, along), rx = Body.ellipsoidReach(frame, across);
        return new PathBuilder()
                .ellipse(c[0], c[1], rx, ry, Math.atan2(uy, ux) - Math.PI / 2)
                .build();
    }

    /** A small nose, painted just before the head, when the face is seen from the side: it shows where the figure looks. */
    private static PathData nose(Stage stage, double[] c) {
        Rot frame = stage.body().headFrame();
        View view = stage.view();
        double[] f = view.facing(frame.forward());
        double fl = Math.hypot(f[0], f[1]);
        if (fl < 0.35) {
            return null;
        }
        double fx = f[0] / fl, fy = f[1] / fl;
        double[] up = view.project(frame.up());
        double reach = Body.ellipsoidReach(
                frame, view.screenRight().times(fx).plus(view.screenUp().times(fy)));
        double bx = c[0] - up[0] * 0.01, by = c[1] - up[1] * 0.01;
        return new PathBuilder()
                .capsule(
                        bx + fx * reach * 0.6,
                        by + fy * reach * 0.6,
                        0.012,
                        bx + fx * (reach + 0.012),
                        by + fy * (reach + 0.012),
                        0.008)
                .build();
    }

    private static DrawItem outlined(PathData path, ColorRole fill) {
        return new DrawItem(path, fill, ColorRole.OUTLINE, FigureStyle.OUTLINE_WIDTH);
    }
}
