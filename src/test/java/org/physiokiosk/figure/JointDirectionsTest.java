package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each joint angle moves the body part the way a therapist reads it: from upright, forward is +x, up +y and the
 * figure's right +z. A sign flipped in the kinematics would show a patient the mirror image of the movement
 * (an arm going out to the wrong side, a knee dropping the wrong way); the mutation run (issue #13) showed
 * that no test noticed, so each direction is pinned here, on both sides.
 */
class JointDirectionsTest {

    private static Body posed(Map<Dof, Double> angles) {
        return Skeleton.pose(JointAngles.of(angles));
    }

    private static double angleFromVertical(Vec3 up) {
        return Math.toDegrees(Math.acos(up.y() / Math.sqrt(up.dot(up))));
    }

    @Test
    void anArmRaisedInItsPlaneGoesForwardOutToItsOwnSideOrBack() {
        Vec3 forward = posed(Map.of(Dof.RIGHT_SHOULDER_RAISE, 90.0)).landmark(Landmark.RIGHT_HAND);
        assertThat(forward.x()).as("raised forward: in front").isGreaterThan(0.3);
        assertThat(forward.y()).as("at shoulder height").isCloseTo(0.30, within(0.01));
        Vec3 right = posed(Map.of(Dof.RIGHT_SHOULDER_RAISE, 90.0, Dof.RIGHT_SHOULDER_PLANE, 90.0))
                .landmark(Landmark.RIGHT_HAND);
        Vec3 left = posed(Map.of(Dof.LEFT_SHOULDER_RAISE, 90.0, Dof.LEFT_SHOULDER_PLANE, 90.0))
                .landmark(Landmark.LEFT_HAND);
        assertThat(right.z()).as("right arm out to the right").isGreaterThan(0.4);
        assertThat(left.z()).as("left arm out to the left").isLessThan(-0.4);
        assertThat(right.x())
                .as("out to the side, not forward")
                .isCloseTo(left.x(), within(1e-9))
                .isLessThan(0.05);
        Vec3 back = posed(Map.of(Dof.RIGHT_SHOULDER_RAISE, 45.0, Dof.RIGHT_SHOULDER_PLANE, 180.0))
                .landmark(Landmark.RIGHT_HAND);
        assertThat(back.x()).as("raised backward: behind").isLessThan(-0.2);
    }

    @Test
    void aBentElbowTurnedOutwardPointsTheForearmAwayFromTheBody() {
        Vec3 bent = posed(Map.of(Dof.RIGHT_ELBOW_FLEX, 90.0)).landmark(Landmark.RIGHT_HAND);
        assertThat(bent.x()).as("forearm forward").isGreaterThan(0.15);
        Vec3 right = posed(Map.of(Dof.RIGHT_ELBOW_FLEX, 90.0, Dof.RIGHT_SHOULDER_TURN, 60.0))
                .landmark(Landmark.RIGHT_HAND);
        Vec3 left = posed(Map.of(Dof.LEFT_ELBOW_FLEX, 90.0, Dof.LEFT_SHOULDER_TURN, 60.0))
                .landmark(Landmark.LEFT_HAND);
        assertThat(right.z()).isGreaterThan(bent.z() + 0.1);
        assertThat(left.z()).isLessThan(-bent.z() - 0.1);
    }

    @Test
    void aLegMovedOutwardGoesToItsOwnSideAndAnOutwardTurnOfABentLegSwingsTheFootIn() {
        assertThat(posed(Map.of(Dof.RIGHT_HIP_ABDUCT, 30.0))
                        .landmark(Landmark.RIGHT_FOOT)
                        .z())
                .isGreaterThan(0.25);
        assertThat(posed(Map.of(Dof.LEFT_HIP_ABDUCT, 30.0))
                        .landmark(Landmark.LEFT_FOOT)
                        .z())
                .isLessThan(-0.25);
        // Sitting, hip and knee at 90: turning the thigh outward brings the foot toward the midline.
        Map<Dof, Double> sitting = Map.of(
                Dof.RIGHT_HIP_FLEX, 90.0, Dof.RIGHT_KNEE_FLEX, 90.0, Dof.LEFT_HIP_FLEX, 90.0, Dof.LEFT_KNEE_FLEX, 90.0);
        double rightFoot = posed(sitting).landmark(Landmark.RIGHT_FOOT).z();
        JointAngles turned =
                JointAngles.of(sitting).with(Dof.RIGHT_HIP_TURN, 30).with(Dof.LEFT_HIP_TURN, 30);
        assertThat(Skeleton.pose(turned).landmark(Landmark.RIGHT_FOOT).z()).isLessThan(rightFoot - 0.1);
        assertThat(Skeleton.pose(turned).landmark(Landmark.LEFT_FOOT).z()).isGreaterThan(-rightFoot + 0.1);
    }

    @Test
    void aRaisedRightArmIsTheRightHandAndTheLeftStaysDown() {
        Body body = posed(Map.of(Dof.RIGHT_SHOULDER_RAISE, 170.0, Dof.RIGHT_ELBOW_FLEX, 10.0));
        assertThat(body.landmark(Landmark.RIGHT_HAND).y()).isGreaterThan(0.6);
        assertThat(body.landmark(Landmark.RIGHT_ELBOW).y()).isGreaterThan(0.4);
        assertThat(body.landmark(Landmark.LEFT_HAND).y()).isLessThan(0);
        assertThat(body.landmark(Landmark.LEFT_ELBOW).y()).isLessThan(0.2);
    }

    @Test
    void spineAnglesBendByTheirOwnDegreesAndToTheRight() {
        // A therapist's 30 degrees of lumbar flexion tilts the top of the lumbar spine 30 degrees, not 15 or 60.
        assertThat(angleFromVertical(posed(Map.of(Dof.LUMBAR_FLEX, 30.0))
                        .trunk()
                        .get(4)
                        .frame()
                        .up()))
                .isCloseTo(30, within(1e-6));
        assertThat(angleFromVertical(posed(Map.of(Dof.THORACIC_FLEX, 40.0))
                        .trunk()
                        .get(6)
                        .frame()
                        .up()))
                .isCloseTo(40, within(1e-6));
        assertThat(posed(Map.of(Dof.LUMBAR_FLEX, 30.0))
                        .trunk()
                        .get(4)
                        .frame()
                        .up()
                        .x())
                .as("forward")
                .isPositive();
        assertThat(posed(Map.of(Dof.LUMBAR_SIDE, 20.0)).landmark(Landmark.HEAD).z())
                .as("side bend to the right")
                .isGreaterThan(0.1);
        assertThat(posed(Map.of(Dof.THORACIC_TURN, 40.0))
                        .trunk()
                        .get(6)
                        .frame()
                        .forward()
                        .z())
                .as("chest turns right")
                .isCloseTo(Math.sin(Math.toRadians(40)), within(1e-6));
        assertThat(posed(Map.of(Dof.NECK_TURN, 60.0)).headFrame().forward().z())
                .as("looks right")
                .isCloseTo(Math.sin(Math.toRadians(60)), within(1e-6));
        assertThat(posed(Map.of(Dof.HEAD_FLEX, 20.0)).headFrame().forward().y())
                .as("a nod looks down")
                .isCloseTo(-Math.sin(Math.toRadians(20)), within(1e-6));
        assertThat(posed(Map.of(Dof.BODY_TURN, 30.0)).headFrame().forward().z()).isCloseTo(0.5, within(1e-6));
        assertThat(posed(Map.of(Dof.BODY_ROLL, 20.0)).landmark(Landmark.HEAD).z())
                .isGreaterThan(0.1);
    }

    @Test
    void shouldersAreAsWideApartAsTheProportionsSay() {
        double left = 0, right = 0;
        for (Body.Limb limb : posed(Map.of()).limbs()) {
            if (limb.segment() == Segment.UPPER_ARM) {
                if (limb.side() == BodySide.LEFT) {
                    left = limb.a().z();
                } else {
                    right = limb.a().z();
                }
            }
        }
        assertThat(right).isCloseTo(Proportions.SHOULDER_SPREAD, within(1e-9));
        assertThat(left).isCloseTo(-Proportions.SHOULDER_SPREAD, within(1e-9));
    }

    @Test
    void aMirroredFigureIsTheSameFigureSeenFromItsOtherSide() {
        JointAngles kneeLift = JointAngles.of(Map.of(
                Dof.RIGHT_HIP_FLEX,
                90.0,
                Dof.RIGHT_KNEE_FLEX,
                90.0,
                Dof.NECK_TURN,
                45.0,
                Dof.NECK_SIDE,
                20.0,
                Dof.LUMBAR_SIDE,
                10.0));
        Body plain = Stage.of(kneeLift, View.SIDE, Prop.FLOOR, Anchor.FEET, false, null)
                .body();
        Body mirrored = Stage.of(kneeLift, View.SIDE, Prop.FLOOR, Anchor.FEET, true, null)
                .body();
        Vec3 knee = plain.landmark(Landmark.RIGHT_KNEE), flipped = mirrored.landmark(Landmark.RIGHT_KNEE);
        assertThat(knee.z()).as("the lifted right knee is on the viewer's side").isPositive();
        assertThat(flipped.x()).isCloseTo(knee.x(), within(1e-9));
        assertThat(flipped.y()).isCloseTo(knee.y(), within(1e-9));
        assertThat(flipped.z()).as("mirrored: on the far side").isCloseTo(-knee.z(), within(1e-9));
        for (Vec3[] axes : new Vec3[][] {
            {plain.headFrame().forward(), mirrored.headFrame().forward()},
            {plain.headFrame().up(), mirrored.headFrame().up()},
            {plain.headFrame().right(), mirrored.headFrame().right()}
        }) {
            assertThat(axes[1].x()).isCloseTo(axes[0].x(), within(1e-9));
            assertThat(axes[1].y()).isCloseTo(axes[0].y(), within(1e-9));
            assertThat(axes[1].z()).isCloseTo(-axes[0].z(), within(1e-9));
            assertThat(axes[0].z()).isNotCloseTo(0, within(0.05));
        }
    }
}
