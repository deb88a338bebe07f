package org.physiokiosk.figure;

import java.util.Map;
import java.util.Optional;
import org.physiokiosk.content.ContentLoader;

/**
 * A development aid, not a test: prints where a bundled pose puts its joints once placed (x forward along
 * the mat, y above the support), and how far each hand, knee, foot and the buttocks are from the support,
 * so a pose can be tuned until the parts that should rest on the mat do. Run its main with pose ids.
 */
public final class PoseProbe {

    public static void main(String[] ids) {
        Map<String, Pose> poses =
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog().poses();
        for (String id : ids) {
            Pose pose = poses.get(id);
            Body body = FigureDrawings.stage(pose, pose, false, null).body();
            System.out.println(id);
            for (Landmark mark : new Landmark[] {
                Landmark.HEAD,
                Landmark.SHOULDERS,
                Landmark.CHEST,
                Landmark.LOWER_BACK,
                Landmark.HIPS,
                Landmark.RIGHT_KNEE,
                Landmark.RIGHT_FOOT,
                Landmark.RIGHT_HAND,
                Landmark.RIGHT_ELBOW
            }) {
                Vec3 p = body.landmark(mark);
                System.out.printf("  %-12s x %6.3f  y %6.3f  z %6.3f%n", mark.jsonName(), p.x(), p.y(), p.z());
            }
            for (Body.Limb limb : body.limbs()) {
                double low = Math.min(limb.a().y() - limb.ra(), limb.b().y() - limb.rb());
                System.out.printf("  lowest %-5s %-10s %6.3f%n", limb.side(), limb.segment(), low);
            }
            for (int i = 0; i < body.trunk().size(); i++) {
                Body.TrunkNode n = body.trunk().get(i);
                System.out.printf("  trunk %d lowest %6.3f%n", i, n.center().y() - n.reach(new Vec3(0, -1, 0)));
            }
            Body.TrunkNode bottom = body.trunk().get(0);
            System.out.printf(
                    "  buttocks      %6.3f  head bottom %6.3f%n",
                    bottom.center()
                            .along(bottom.frame().down(), Proportions.TRUNK_CAP_BOTTOM)
                            .y(),
                    body.headCenter().y() - Body.ellipsoidReach(body.headFrame(), new Vec3(0, -1, 0)));
        }
    }
}
