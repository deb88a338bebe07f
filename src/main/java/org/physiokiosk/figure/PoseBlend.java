package org.physiokiosk.figure;

/** The figure part-way between two poses. */
public final class PoseBlend {

    private PoseBlend() {}

    /**
     * The pose at {@code t} (0 = {@code from}, 1 = {@code to}) of the movement, each angle moving in a straight
     * line. View, prop, anchor, highlight and cue are the target's: the picture shows where the step leads.
     */
    public static Pose at(Pose from, Pose to, double t) {
        double c = Easing.clamp(t);
        if (c == 0) {
            return to.withAngles(from.angles());
        }
        if (c == 1) {
            return to;
        }
        return to.withAngles(JointAngles.lerp(from.angles(), to.angles(), c));
    }
}
