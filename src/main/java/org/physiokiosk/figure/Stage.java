package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The posed body placed in the world: mirrored if asked, lowered or raised until its lowest point rests on
 * the floor or mat, moved so its anchor stays put, and with its props fitted around it. A seat is raised to
 * meet the buttocks and a backrest moved to meet the back, so no limb ever passes through a prop.
 */
record Stage(Body body, View view, Prop prop, List<Box> props, double floorY) {

    static final double MAT_THICKNESS = 0.022;
    private static final Vec3 DOWN = new Vec3(0, -1, 0);

    /** A solid box of a prop, axis-aligned in the world. */
    record Box(Vec3 min, Vec3 max, ColorRole fill, ColorRole edge, double corner) {}

    /**
     * @param matSpan the {minX, maxX, minZ, maxZ} the mat must cover, or null to fit this body alone; an
     *                animation passes the span of both its poses so the mat stays still while the body moves
     */
    static Stage of(JointAngles angles, View view, Prop prop, Anchor anchor, boolean mirror, double[] matSpan) {
        Body body = Skeleton.pose(angles);
        if (mirror) {
            body = body.mirrored();
        }
        body = body.moved(new Vec3(0, -body.lowestY(), 0));
        Vec3 fixed = anchor == Anchor.FEET ? body.landmark(Landmark.FEET) : body.landmark(Landmark.HIPS);
        body = body.moved(new Vec3(-fixed.x(), 0, -fixed.z()));
        List<Box> boxes = new ArrayList<>();
        double floorY = 0;
        if (prop == Prop.MAT) {
            double[] span = matSpan != null ? matSpan : footprint(body, view);
            boxes.add(new Box(
                    new Vec3(span[0] - 0.05, -MAT_THICKNESS, Math.min(span[2] - 0.05, -0.26)),
                    new Vec3(span[1] + 0.05, 0, Math.max(span[3] + 0.05, 0.26)),
                    ColorRole.MAT,
                    ColorRole.PROP_EDGE,
                    0.012));
            floorY = -MAT_THICKNESS;
        } else if (prop.seat()) {
            seat(body, prop, boxes);
        }
        return new Stage(body, view, prop, List.copyOf(boxes), floorY);
    }

    static double[] matSpan(Stage a, Stage b) {
        double[] fa = footprint(a.body, a.view), fb = footprint(b.body, b.view);
        return new double[] {
            Math.min(fa[0], fb[0]), Math.max(fa[1], fb[1]), Math.min(fa[2], fb[2]), Math.max(fa[3], fb[3])
        };
    }

    /** What the mat must cover: the body, and from above also its shadow, which would look odd off the mat's edge. */
    private static double[] footprint(Body body, View view) {
        double[] f = body.footprint();
        if (view == View.TOP) {
            double[] shadow = body.footprintOf(ShadowShapes::onSupport);
            f = new double[] {
                Math.min(f[0], shadow[0]),
                Math.max(f[1], shadow[1]),
                Math.min(f[2], shadow[2]),
                Math.max(f[3], shadow[3])
            };
        }
        return f;
    }

    /** Seat top at the buttocks, backrest at the back; legs down to the floor. */
    private static void seat(Body body, Prop prop, List<Box> boxes) {
        Vec3 hips = body.landmark(Landmark.HIPS);
        double top = Double.MAX_VALUE;
        double back = hips.x() - 0.10;
        for (int i = 0; i < body.trunk().size(); i++) {
            Body.TrunkNode n = body.trunk().get(i);
            if (i <= 1) {
                top = Math.min(top, n.center().y() - n.reach(DOWN));
            }
            if (i <= 1 || prop == Prop.CHAIR) {
                back = Math.min(back, n.center().x() - n.reach(new Vec3(-1, 0, 0)));
            }
        }
        Body.TrunkNode bottom = body.trunk().get(0);
        top = Math.min(
                top,
                bottom.center()
                        .along(bottom.frame().down(), Proportions.TRUNK_CAP_BOTTOM)
                        .y());
        for (Body.Limb limb : body.limbs()) {
            if (limb.segment() == Segment.THIGH) {
                Vec3 nearHip = Vec3.lerp(limb.a(), limb.b(), 0.35);
                top = Math.min(top, Math.min(limb.a().y() - limb.ra(), nearHip.y() - limb.ra() * 0.9));
            }
        }
        double thick = 0.028, halfWidth = prop == Prop.CHAIR ? 0.14 : 0.12, leg = 0.014;
        double front = hips.x() + (prop == Prop.CHAIR ? 0.15 : 0.11);
        double rear = prop == Prop.CHAIR ? back - 0.004 : hips.x() - 0.11;
        boxes.add(new Box(
                new Vec3(rear, top - thick, -halfWidth),
                new Vec3(front, top, halfWidth),
                ColorRole.PROP,
                ColorRole.PROP_EDGE,
                0.006));
        for (double z : new double[] {-halfWidth, halfWidth - leg}) {
            boxes.add(new Box(
                    new Vec3(front - leg - 0.008, 0, z),
                    new Vec3(front - 0.008, top - thick, z + leg),
                    ColorRole.PROP,
                    ColorRole.PROP_EDGE,
                    0));
            double legTop = prop == Prop.CHAIR ? top + 0.36 : top - thick;
            boxes.add(new Box(
                    new Vec3(rear - 0.02, 0, z),
                    new Vec3(rear - 0.02 + leg, legTop, z + leg),
                    ColorRole.PROP,
                    ColorRole.PROP_EDGE,
                    0));
        }
        if (prop == Prop.CHAIR) {
            boxes.add(new Box(
                    new Vec3(rear - 0.026, top + 0.12, -halfWidth),
                    new Vec3(rear - 0.004, top + 0.33, halfWidth),
                    ColorRole.PROP,
                    ColorRole.PROP_EDGE,
                    0.008));
        }
    }

    double depth(Vec3 p) {
        return view.depth(p);
    }

    double[] screen(Vec3 p) {
        return view.project(p);
    }
}
