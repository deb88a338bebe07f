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
        assertThat(PoseBlend.at(lying, bridge, 0.5).angles().get(Dof.BODY_PITCH)).isCloseTo(-102.5, within(1e-9));
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
        FigureDrawing held = motion.drawingAt(9_000_000_000L);
        assertThat(held.bounds().minY()).isGreaterThanOrEqualTo(motion.bounds().minY() - 1e-9);
        assertThat(held.bounds().maxY()).isLessThanOrEqualTo(motion.bounds().maxY() + 1e-9);
    }

    @Test
    void blendedAnglesKeepTheirLimits() {
        Pose a = Pose.of("a", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, 0.0)));
        Pose b = Pose.of("b", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, 160.0)));
        for (int i = 0; i <= 10; i++) {
            assertThat(Dof.RIGHT_KNEE_FLEX.allows(PoseBlend.at(a, b, i / 10.0).angles().get(Dof.RIGHT_KNEE_FLEX))).isTrue();
        }
    }
}
