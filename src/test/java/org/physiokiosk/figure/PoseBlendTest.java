package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PoseBlendTest {

    private final Pose lying = Pose.of("a", View.SIDE, Prop.MAT, SkeletonTest.HOOK_LYING);
    private final Pose bridge = Pose.of("b", View.SIDE, Prop.MAT, SkeletonTest.HOOK_LYING.with(Dof.BODY_PITCH, -115));

    @Test
    void endsOfTheBlendAreThePoses() {
        assertThat(PoseBlend.at(lying, bridge, 0).angles()).isEqualTo(lying.angles());
        assertThat(PoseBlend.at(lying, bridge, 1).angles()).isEqualTo(bridge.angles());
        assertThat(PoseBlend.at(lying, bridge, 0.5).angles().get(Dof.BODY_PITCH))
                .isCloseTo(-102.5, within(1e-9));
    }

    @Test
    void easingStartsAtZeroEndsAtOneAndNeverGoesBack() {
        for (Easing easing : Easing.values()) {
            assertThat(easing.apply(0)).isZero();
            assertThat(easing.apply(1)).isEqualTo(1);
            double previous = -1;
            for (int i = 0; i <= 1000; i++) {
                double v = easing.apply(i / 1000.0);
                assertThat(v).isGreaterThanOrEqualTo(previous).isBetween(0.0, 1.0);
                previous = v;
            }
        }
        assertThat(Easing.EASE_IN_OUT.apply(0.1)).as("a gentle start").isLessThan(0.1);
    }

    @Test
    void motionMovesOverTheStepsSecondsThenHolds() {
        FigureMotion motion = new FigureMotion(lying, bridge, false, 3, Easing.EASE_IN_OUT);
        assertThat(motion.progress(0)).isZero();
        assertThat(motion.progress(1_500_000_000L)).isCloseTo(0.5, within(1e-9));
        assertThat(motion.progress(3_000_000_000L)).isEqualTo(1);
        assertThat(motion.progress(9_000_000_000L)).as("frozen in the hold").isEqualTo(1);
        // Every frame, the middle ones too, lies inside the bounds the view fits once for the whole step.
        Bounds box = motion.bounds();
        for (long ms = 0; ms <= 9_000; ms += 137) {
            Bounds frame = motion.drawingAt(ms * 1_000_000).bounds();
            assertThat(frame.minX()).as("at %d ms", ms).isGreaterThanOrEqualTo(box.minX() - 1e-3);
            assertThat(frame.minY()).as("at %d ms", ms).isGreaterThanOrEqualTo(box.minY() - 1e-3);
            assertThat(frame.maxX()).as("at %d ms", ms).isLessThanOrEqualTo(box.maxX() + 1e-3);
            assertThat(frame.maxY()).as("at %d ms", ms).isLessThanOrEqualTo(box.maxY() + 1e-3);
        }
        assertThat(motion.drawingAt(1_500_000_000L).bounds())
                .as("the middle frame is a picture of its own")
                .isNotEqualTo(motion.drawingAt(0).bounds())
                .isNotEqualTo(motion.drawingAt(9_000_000_000L).bounds());
    }

    @Test
    void aBodyRollingOverThroughUprightFitsItsTallestFrame() {
        // Tipped far back to tipped far forward: both ends are low, the middle frame stands upright.
        Pose back = Pose.of("back", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.BODY_PITCH, -80.0)));
        Pose forward = Pose.of("forward", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.BODY_PITCH, 80.0)));
        FigureMotion motion = new FigureMotion(back, forward, false, 2, Easing.LINEAR);
        Bounds upright = motion.drawingAt(1_000_000_000L).bounds();
        Bounds ends = motion.drawingAt(0)
                .bounds()
                .union(motion.drawingAt(2_000_000_000L).bounds());
        assertThat(upright.height()).as("the middle is taller than either end").isGreaterThan(ends.height() * 1.2);
        assertThat(motion.bounds().minY()).isLessThanOrEqualTo(upright.minY() + 1e-3);
        assertThat(motion.bounds().maxY()).isGreaterThanOrEqualTo(upright.maxY() - 1e-3);
    }

    @Test
    void blendedAnglesKeepTheirLimits() {
        Pose a = Pose.of("a", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, 0.0)));
        Pose b = Pose.of("b", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, 160.0)));
        for (int i = 0; i <= 10; i++) {
            assertThat(Dof.RIGHT_KNEE_FLEX.allows(
                            PoseBlend.at(a, b, i / 10.0).angles().get(Dof.RIGHT_KNEE_FLEX)))
                    .isTrue();
        }
    }
}
