package org.physiokiosk.figure;

import java.util.HashMap;
import java.util.Map;

/**
 * A development aid, not a test: finds shoulder and elbow angles that put a figure's elbow and hand where a
 * pose needs them (hands on the hips, behind the head, on the opposite shoulder), by coordinate descent, and
 * prints them for a pose file. Run its main with the base angles of the pose.
 */
public final class ArmTuner {

    /** Where a target lies, in the chest frame (forward, up, right times the side's sign) from a landmark. */
    record Target(Landmark from, double forward, double up, double outward) {}

    public static Map<Dof, Double> tune(JointAngles base, BodySide side, Target elbow, Target hand) {
        Dof[] dofs = {
            Dof.LEFT_SHOULDER_RAISE.on(side),
            Dof.LEFT_SHOULDER_PLANE.on(side),
            Dof.LEFT_SHOULDER_TURN.on(side),
            Dof.LEFT_ELBOW_FLEX.on(side)
        };
        double[] bestX = null;
        double bestCost = Double.MAX_VALUE;
        for (double r : new double[] {30, 90, 150}) {
            for (double p : new double[] {-30, 30, 90, 150}) {
                for (double t : new double[] {-60, 0, 60}) {
                    for (double e : new double[] {30, 90, 140}) {
                        double[] x = {r, p, t, e};
                        double c = descend(base, dofs, x, side, elbow, hand);
                        if (c < bestCost) {
                            bestCost = c;
                            bestX = x;
                        }
                    }
                }
            }
        }
        Map<Dof, Double> out = new HashMap<>();
        for (int i = 0; i < dofs.length; i++) {
            out.put(dofs[i], (double) Math.round(bestX[i]));
        }
        System.out.printf("%s residual %.3f%n", side, Math.sqrt(bestCost));
        return out;
    }

    private static double descend(JointAngles base, Dof[] dofs, double[] x, BodySide side, Target elbow, Target hand) {
        double best = cost(base, dofs, x, side, elbow, hand);
        for (double step = 16; step > 0.2; step /= 2) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int i = 0; i < dofs.length; i++) {
                    for (double d : new double[] {step, -step}) {
                        double old = x[i];
                        x[i] = Math.max(dofs[i].min(), Math.min(dofs[i].max(), old + d));
                        double c = cost(base, dofs, x, side, elbow, hand);
                        if (c < best - 1e-12) {
                            best = c;
                            improved = true;
                        } else {
                            x[i] = old;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static double cost(JointAngles base, Dof[] dofs, double[] x, BodySide side, Target elbow, Target hand) {
        JointAngles a = base;
        for (int i = 0; i < dofs.length; i++) {
            a = a.with(dofs[i], x[i]);
        }
        Body body = Skeleton.pose(a);
        Landmark e = side == BodySide.LEFT ? Landmark.LEFT_ELBOW : Landmark.RIGHT_ELBOW;
        Landmark h = side == BodySide.LEFT ? Landmark.LEFT_HAND : Landmark.RIGHT_HAND;
        return dist2(body.landmark(e), where(body, elbow, side)) * 0.5
                + dist2(body.landmark(h), where(body, hand, side));
    }

    static Vec3 where(Body body, Target t, BodySide side) {
        Rot chest = body.trunk().get(6).frame();
        return body.landmark(t.from())
                .along(chest.forward(), t.forward())
                .along(chest.up(), t.up())
                .along(chest.right(), t.outward() * side.sign());
    }

    private static double dist2(Vec3 a, Vec3 b) {
        Vec3 d = a.minus(b);
        return d.dot(d);
    }

    public static void main(String[] args) {
        Map<Dof, Double> hook = new java.util.EnumMap<>(Dof.class);
        hook.put(Dof.BODY_PITCH, -90.0);
        JointAngles knees = JointAngles.of(Map.of(
                Dof.BODY_PITCH,
                -90.0,
                Dof.LEFT_HIP_FLEX,
                120.0,
                Dof.RIGHT_HIP_FLEX,
                120.0,
                Dof.LEFT_KNEE_FLEX,
                125.0,
                Dof.RIGHT_KNEE_FLEX,
                125.0));
        print(
                "both knees",
                knees,
                new Target(Landmark.SHOULDERS, 0.12, -0.1, 0.12),
                new Target(Landmark.KNEES, 0.02, -0.06, 0.09));
        JointAngles one = JointAngles.of(Map.of(
                Dof.BODY_PITCH,
                -90.0,
                Dof.RIGHT_HIP_FLEX,
                120.0,
                Dof.RIGHT_KNEE_FLEX,
                120.0,
                Dof.LEFT_HIP_FLEX,
                50.0,
                Dof.LEFT_KNEE_FLEX,
                106.0));
        print(
                "one knee",
                one,
                new Target(Landmark.SHOULDERS, 0.12, -0.1, 0.12),
                new Target(Landmark.RIGHT_KNEE, 0.02, -0.06, 0.04));
        JointAngles four =
                JointAngles.of(Map.of(Dof.BODY_PITCH, -90.0, Dof.RIGHT_HIP_FLEX, 90.0, Dof.RIGHT_KNEE_FLEX, 90.0));
        print(
                "figure four",
                four,
                new Target(Landmark.SHOULDERS, 0.12, -0.1, 0.12),
                new Target(Landmark.RIGHT_KNEE, -0.02, -0.05, 0.04));
        JointAngles situp = JointAngles.of(Map.of(
                Dof.BODY_PITCH,
                -90.0,
                Dof.LEFT_HIP_FLEX,
                50.0,
                Dof.RIGHT_HIP_FLEX,
                50.0,
                Dof.LEFT_KNEE_FLEX,
                106.0,
                Dof.RIGHT_KNEE_FLEX,
                106.0,
                Dof.THORACIC_FLEX,
                40.0,
                Dof.LUMBAR_FLEX,
                25.0));
        print(
                "hands to knees",
                situp,
                new Target(Landmark.SHOULDERS, 0.16, -0.12, 0.08),
                new Target(Landmark.KNEES, 0.0, 0.0, 0.08));
    }

    private static void print(String what, JointAngles base, Target elbow, Target hand) {
        Map<Dof, Double> right = tune(base, BodySide.RIGHT, elbow, hand);
        StringBuilder json = new StringBuilder(what + ": ");
        right.forEach((dof, v) -> json.append('"')
                .append(dof.jsonName().replace("right-", ""))
                .append("\": ")
                .append(v.intValue())
                .append(", "));
        System.out.println(json);
    }
}
