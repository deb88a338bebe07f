package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * From above, what shows how high a part is: its shadow on the mat, cast by a light above the head and the
 * figure's left. A part lying on the mat covers its shadow but for a thin rim; a raised part stands away from
 * it toward the feet and the figure's right, so bent knees show a long shadow beside them, and knees dropped
 * to either side lie on theirs. The light comes from one fixed side, so both directions of a fall read alike.
 */
final class ShadowShapes {

    private ShadowShapes() {}

    /** The body's shadow on the support (one shape, no outline); empty outside the top view. */
    static List<DrawItem> of(Stage stage) {
        if (stage.view() != View.TOP) {
            return List.of();
        }
        Body body = stage.body();
        PathBuilder p = new PathBuilder();
        for (Body.Limb limb : body.limbs()) {
            double[] a = flat(stage, limb.a()), b = flat(stage, limb.b());
            p.capsule(a[0], a[1], limb.ra(), b[0], b[1], limb.rb());
        }
        List<Body.TrunkNode> nodes = new ArrayList<>(body.trunk().size());
        for (Body.TrunkNode n : body.trunk()) {
            nodes.add(new Body.TrunkNode(onSupport(n.center()), n.frame(), n.halfDepth(), n.halfWidth()));
        }
        ProjectedTrunk trunk = new ProjectedTrunk(nodes, stage.view());
        for (int i = 0; i < nodes.size() - 1; i++) {
            p.capsule(trunk.x[i], trunk.y[i], trunk.reach[i], trunk.x[i + 1], trunk.y[i + 1], trunk.reach[i + 1]);
        }
        double[] head = flat(stage, body.headCenter());
        p.ellipse(head[0], head[1], Proportions.HEAD_RX, Proportions.HEAD_RX, 0);
        return List.of(new DrawItem(p.build(), ColorRole.SHADOW, null, 0));
    }

    /** How far a shadow moves toward the feet and toward the figure's right per unit of height. */
    static final double SHIFT_PER_HEIGHT = 0.35;

    /** Where {@code p}'s shadow falls on the surface the body rests on (height 0 once staged). */
    static Vec3 onSupport(Vec3 p) {
        return new Vec3(p.x() + SHIFT_PER_HEIGHT * p.y(), 0, p.z() + SHIFT_PER_HEIGHT * p.y());
    }

    private static double[] flat(Stage stage, Vec3 p) {
        return stage.screen(onSupport(p));
    }
}
