package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a resolved pose the way a reviewer would: the body rests on its support, no limb passes through a
 * seat, and a sitting or standing figure has its feet on the floor. Used by the tests over every bundled
 * pose, so a clinic's new pose can be checked the same way.
 */
public final class PoseCheck {

    /** How far a foot may hover and still count as on the floor (about 1.5 cm on a real person). */
    public static final double FOOT_TOLERANCE = 0.01;

    private PoseCheck() {}

    public static List<String> problems(Pose pose) {
        List<String> problems = new ArrayList<>();
        Stage stage = FigureDrawings.stage(pose, pose, false, null);
        if (Math.abs(stage.body().lowestY()) > 1e-9) {
            problems.add("lowest point at " + stage.body().lowestY() + ", not on the support");
        }
        for (Stage.Box box : stage.props()) {
            if (box == stage.props().get(0) && pose.propOrDefault().seat()) {
                throughSeat(stage, box, problems);
            }
        }
        boolean upright = pose.propOrDefault().seat() || pose.anchorOrDefault() == Anchor.FEET;
        if (upright && !feetOnFloor(pose)) {
            problems.add("feet are not on the floor");
        }
        return problems;
    }

    /** Both soles within {@link #FOOT_TOLERANCE} of the floor (or mat). */
    public static boolean feetOnFloor(Pose pose) {
        Stage stage = FigureDrawings.stage(pose, pose, false, null);
        for (Body.Limb limb : stage.body().limbs()) {
            if (limb.segment() == Segment.FOOT) {
                double sole = Math.min(limb.a().y() - limb.ra(), limb.b().y() - limb.rb());
                if (sole > FOOT_TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Height of the point between the hip joints above the support. */
    public static double hipHeight(Pose pose) {
        return FigureDrawings.stage(pose, pose, false, null)
                .body()
                .landmark(Landmark.HIPS)
                .y();
    }

    private static void throughSeat(Stage stage, Stage.Box seat, List<String> problems) {
        for (Body.Limb limb : stage.body().limbs()) {
            for (int i = 0; i <= 8; i++) {
                double t = i / 8.0;
                Vec3 p = Vec3.lerp(limb.a(), limb.b(), t);
                double r = limb.ra() + (limb.rb() - limb.ra()) * t;
                boolean over = p.x() > seat.min().x()
                        && p.x() < seat.max().x()
                        && p.z() > seat.min().z()
                        && p.z() < seat.max().z();
                if (over
                        && p.y() - r < seat.max().y() - 1e-6
                        && p.y() + r > seat.min().y()) {
                    problems.add(limb.side() + " " + limb.segment() + " passes through the seat");
                    return;
                }
            }
        }
    }
}
