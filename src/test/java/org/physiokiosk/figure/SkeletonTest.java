package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SkeletonTest {

    static final JointAngles HOOK_LYING = JointAngles.of(Map.of(
            Dof.BODY_PITCH,
            -90.0,
            Dof.LEFT_HIP_FLEX,
            45.0,
            Dof.RIGHT_HIP_FLEX,
            45.0,
            Dof.LEFT_KNEE_FLEX,
            114.0,
            Dof.RIGHT_KNEE_FLEX,
            114.0,
            Dof.LEFT_ANKLE_FLEX,
            -21.0,
            Dof.RIGHT_ANKLE_FLEX,
            -21.0));

    @Test
    void standingFigureIsOneUnitTallWithHumanProportions() {
        Body body = Stage.of(JointAngles.none(), View.SIDE, Prop.FLOOR, Anchor.FEET, false, null)
                .body();
        double top = body.headCenter().y() + Proportions.HEAD_RY;
        assertThat(top).isCloseTo(1.0, within(0.03));
        // Legs are about half the height; the head about an eighth.
        assertThat(body.landmark(Landmark.HIPS).y() / top).isBetween(0.47, 0.55);
        assertThat(2 * Proportions.HEAD_RY / top).isBetween(0.11, 0.15);
    }

    @Test
    void kneesAndElbowsCannotBendBackward() {
        assertThatThrownBy(() -> JointAngles.of(Map.of(Dof.LEFT_ELBOW_FLEX, -1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("left-elbow-flex");
        assertThatThrownBy(() -> JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, -5.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("right-knee-flex");
    }

    @Test
    void kneeFlexionMovesTheFootBehindTheKnee() {
        Body straight = Skeleton.pose(JointAngles.none());
        Body bent = Skeleton.pose(JointAngles.of(Map.of(Dof.RIGHT_KNEE_FLEX, 90.0)));
        assertThat(bent.landmark(Landmark.RIGHT_FOOT).x())
                .isLessThan(straight.landmark(Landmark.RIGHT_KNEE).x() - 0.15);
    }

    @Test
    void lowestPointRestsOnTheSupport() {
        Stage lying = Stage.of(HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null);
        assertThat(lying.body().lowestY()).isCloseTo(0, within(1e-9));
        Stage standing = Stage.of(JointAngles.none(), View.FRONT, Prop.FLOOR, Anchor.FEET, false, null);
        assertThat(standing.body().lowestY()).isCloseTo(0, within(1e-9));
    }

    @Test
    void feetAreFlatOnTheMatWhenLyingWithBentKnees() {
        Body body = Stage.of(HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null)
                .body();
        for (Body.Limb limb : body.limbs()) {
            if (limb.segment() == Segment.FOOT) {
                assertThat(limb.a().y() - limb.ra()).as("heel").isCloseTo(0, within(0.012));
                assertThat(limb.b().y() - limb.rb()).as("toes").isCloseTo(0, within(0.012));
            }
        }
    }

    @Test
    void theBridgeLiftsTheHips() {
        JointAngles bridge = JointAngles.of(Map.of(
                Dof.BODY_PITCH,
                -115.0,
                Dof.NECK_FLEX,
                45.0,
                Dof.LEFT_KNEE_FLEX,
                123.0,
                Dof.RIGHT_KNEE_FLEX,
                123.0,
                Dof.LEFT_ANKLE_FLEX,
                8.0,
                Dof.RIGHT_ANKLE_FLEX,
                8.0));
        double lying = Stage.of(HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null)
                .body()
                .landmark(Landmark.HIPS)
                .y();
        double lifted = Stage.of(bridge, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null)
                .body()
                .landmark(Landmark.HIPS)
                .y();
        assertThat(lifted).isGreaterThan(lying + 0.1);
    }

    @Test
    void roundAndHollowBacksBendTheSpineOppositeWays() {
        JointAngles round = JointAngles.of(Map.of(Dof.LUMBAR_FLEX, 25.0, Dof.THORACIC_FLEX, 30.0));
        JointAngles hollow = JointAngles.of(Map.of(Dof.LUMBAR_FLEX, -25.0, Dof.THORACIC_FLEX, -15.0));
        // Standing, flexion carries the top of the spine forward (+x), extension backward.
        assertThat(Skeleton.pose(round).trunk().get(6).center().x()).isGreaterThan(0.05);
        assertThat(Skeleton.pose(hollow).trunk().get(6).center().x()).isLessThan(-0.03);
    }

    @Test
    void mirroringSwapsNearAndFarLimbs() {
        Stage plain = Stage.of(HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null);
        Stage mirrored = Stage.of(HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, true, null);
        assertThat(BodyShapes.isFar(plain, BodySide.LEFT, false)).isTrue();
        assertThat(BodyShapes.isFar(plain, BodySide.RIGHT, false)).isFalse();
        assertThat(BodyShapes.isFar(mirrored, BodySide.RIGHT, false)).isTrue();
        assertThat(BodyShapes.isFar(mirrored, BodySide.LEFT, false)).isFalse();
    }

    @Test
    void seatIsRaisedToTheButtocksAndTheFeetStayOnTheFloor() {
        JointAngles sitting = JointAngles.of(Map.of(
                Dof.LEFT_HIP_FLEX,
                90.0,
                Dof.RIGHT_HIP_FLEX,
                90.0,
                Dof.LEFT_KNEE_FLEX,
                90.0,
                Dof.RIGHT_KNEE_FLEX,
                90.0));
        Stage stage = Stage.of(sitting, View.SIDE, Prop.CHAIR, Anchor.PELVIS, false, null);
        double seatTop = stage.props().get(0).max().y();
        Body.TrunkNode bottom = stage.body().trunk().get(0);
        double buttocks = bottom.center()
                .along(bottom.frame().down(), Proportions.TRUNK_CAP_BOTTOM)
                .y();
        assertThat(seatTop).isLessThanOrEqualTo(buttocks + 1e-9).isGreaterThan(0.2);
        assertThat(stage.body().landmark(Landmark.FEET).y()).isLessThan(0.05);
    }
}
