package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where the posed figure stands, what it rests on and how it is fitted on screen: the survivors of the mutation
 * run (issue #13) in Stage, PoseCheck, HaloShapes and Viewport that a patient or a reviewer would see.
 */
class StagePlacementTest {

    private static final JointAngles SITTING = JointAngles.of(Map.of(
            Dof.LEFT_HIP_FLEX, 90.0, Dof.RIGHT_HIP_FLEX, 90.0, Dof.LEFT_KNEE_FLEX, 90.0, Dof.RIGHT_KNEE_FLEX, 90.0));

    @Test
    void aStandingFigureKeepsItsFeetStillAndALyingOneItsPelvis() {
        JointAngles leaning = JointAngles.of(Map.of(Dof.BODY_PITCH, 20.0));
        Body onFeet = Stage.of(leaning, View.SIDE, Prop.FLOOR, Anchor.FEET, false, null)
                .body();
        assertThat(onFeet.landmark(Landmark.FEET).x()).isCloseTo(0, within(1e-9));
        assertThat(onFeet.landmark(Landmark.FEET).z()).isCloseTo(0, within(1e-9));
        assertThat(onFeet.landmark(Landmark.HIPS).x())
                .as("leaning forward over still feet")
                .isGreaterThan(0.1);
        Body onPelvis = Stage.of(leaning, View.SIDE, Prop.FLOOR, Anchor.PELVIS, false, null)
                .body();
        assertThat(onPelvis.landmark(Landmark.HIPS).x()).isCloseTo(0, within(1e-9));
        assertThat(onPelvis.landmark(Landmark.HIPS).z()).isCloseTo(0, within(1e-9));
        Body sideways = Stage.of(
                        JointAngles.of(Map.of(Dof.BODY_ROLL, 20.0)), View.FRONT, Prop.FLOOR, Anchor.PELVIS, false, null)
                .body();
        assertThat(sideways.landmark(Landmark.HIPS).z()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theMatReachesPastTheLyingBodyAtBothEndsAndSides() {
        Stage lying = Stage.of(SkeletonTest.HOOK_LYING, View.SIDE, Prop.MAT, Anchor.PELVIS, false, null);
        double[] body = lying.body().footprint();
        Stage.Box mat = lying.props().get(0);
        assertThat(mat.min().x()).isCloseTo(body[0] - 0.05, within(1e-9));
        assertThat(mat.max().x()).isCloseTo(body[1] + 0.05, within(1e-9));
        assertThat(mat.min().z()).isLessThanOrEqualTo(-0.26);
        assertThat(mat.max().z()).isGreaterThanOrEqualTo(0.26);
        assertThat(mat.max().y()).isZero();
        assertThat(mat.min().y()).isEqualTo(-Stage.MAT_THICKNESS);
        assertThat(lying.floorY()).isEqualTo(-Stage.MAT_THICKNESS);
    }

    @Test
    void aChairHasABackrestBehindTheBackAndAStoolNone() {
        Stage chair = Stage.of(SITTING, View.SIDE, Prop.CHAIR, Anchor.PELVIS, false, null);
        Stage stool = Stage.of(SITTING, View.SIDE, Prop.STOOL, Anchor.PELVIS, false, null);
        assertThat(chair.props()).hasSize(6);
        assertThat(stool.props()).hasSize(5);
        for (Stage stage : List.of(chair, stool)) {
            Stage.Box seat = stage.props().get(0);
            double hips = stage.body().landmark(Landmark.HIPS).x();
            assertThat(seat.min().x()).as("the seat reaches behind the hips").isLessThan(hips - 0.05);
            assertThat(seat.max().x()).as("and in front of them").isGreaterThan(hips + 0.05);
            assertThat(seat.max().y() - seat.min().y()).isCloseTo(0.028, within(1e-9));
            for (Stage.Box leg : stage.props().subList(1, 5)) {
                assertThat(leg.min().y()).as("legs stand on the floor").isZero();
                assertThat(leg.max().y())
                        .as("legs reach the seat")
                        .isGreaterThanOrEqualTo(seat.min().y() - 1e-9);
            }
        }
        assertThat(chair.props().get(0).max().z()).isCloseTo(0.14, within(1e-9));
        assertThat(stool.props().get(0).max().z()).isCloseTo(0.12, within(1e-9));
        Stage.Box backrest = chair.props().get(5);
        // The back is the trunk's rearmost point, or 10 cm behind the hips for a figure leaning forward.
        double back = chair.body().landmark(Landmark.HIPS).x() - 0.10;
        for (Body.TrunkNode node : chair.body().trunk()) {
            back = Math.min(back, node.center().x() - node.reach(new Vec3(-1, 0, 0)));
        }
        assertThat(backrest.max().x()).as("behind the back, touching it").isCloseTo(back - 0.008, within(1e-9));
        assertThat(backrest.min().y()).isGreaterThan(chair.props().get(0).max().y());
    }

    @Test
    void theReviewCheckFindsAHandInTheSeatAndALiftedFoot() {
        Pose armsHanging = Pose.of("sit", View.SIDE, Prop.CHAIR, SITTING);
        assertThat(PoseCheck.problems(armsHanging)).containsExactly("LEFT HAND passes through the seat");
        Pose reaching = Pose.of(
                "reach",
                View.SIDE,
                Prop.CHAIR,
                SITTING.with(Dof.LEFT_SHOULDER_RAISE, 90).with(Dof.RIGHT_SHOULDER_RAISE, 90));
        assertThat(PoseCheck.problems(reaching)).isEmpty();
        assertThat(PoseCheck.hipHeight(reaching))
                .isCloseTo(reaching.propOrDefault() == Prop.CHAIR ? 0.273 : 0, within(0.01));

        Pose standing = new Pose(
                "stand",
                java.util.Optional.empty(),
                java.util.Optional.of(View.SIDE),
                java.util.Optional.of(Prop.FLOOR),
                java.util.Optional.of(Anchor.FEET),
                JointAngles.none(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        assertThat(PoseCheck.problems(standing)).isEmpty();
        assertThat(PoseCheck.feetOnFloor(standing)).isTrue();
        Pose oneLeg = standing.withAngles(JointAngles.of(Map.of(Dof.RIGHT_HIP_FLEX, 45.0, Dof.RIGHT_KNEE_FLEX, 90.0)));
        assertThat(PoseCheck.feetOnFloor(oneLeg)).isFalse();
        assertThat(PoseCheck.problems(oneLeg)).containsExactly("feet are not on the floor");
        // Lying on the back with a leg raised is no problem: only sitting and standing figures need their feet down.
        Pose lyingLegUp = Pose.of(
                "lie", View.SIDE, Prop.MAT, JointAngles.of(Map.of(Dof.BODY_PITCH, -90.0, Dof.RIGHT_HIP_FLEX, 60.0)));
        assertThat(PoseCheck.feetOnFloor(lyingLegUp)).isFalse();
        assertThat(PoseCheck.problems(lyingLegUp)).isEmpty();
    }

    @Test
    void theGlowCoversThePartThatWorksAndNotTheRest() {
        Pose lying = Pose.of("lie", View.SIDE, Prop.MAT, SkeletonTest.HOOK_LYING);
        Stage stage = FigureDrawings.stage(lying, lying, false, null);
        double[] foot = stage.screen(stage.body().landmark(Landmark.RIGHT_FOOT));
        double[] knee = stage.screen(stage.body().landmark(Landmark.RIGHT_KNEE));
        double[] hand = stage.screen(stage.body().landmark(Landmark.RIGHT_HAND));
        double[] head = stage.screen(stage.body().landmark(Landmark.HEAD));
        assertThat(glow(stage, BodyPart.LEGS)).as("legs").satisfies(box -> {
            assertThat(contains(box, foot)).isTrue();
            assertThat(contains(box, knee)).isTrue();
            assertThat(contains(box, head)).isFalse();
        });
        assertThat(glow(stage, BodyPart.THIGHS)).satisfies(box -> {
            assertThat(contains(box, knee)).isTrue();
            assertThat(contains(box, foot)).isFalse();
        });
        assertThat(glow(stage, BodyPart.ARMS)).satisfies(box -> {
            assertThat(contains(box, hand)).isTrue();
            assertThat(contains(box, foot)).isFalse();
        });
        assertThat(glow(stage, BodyPart.HEAD)).satisfies(box -> {
            assertThat(contains(box, head)).isTrue();
            assertThat(contains(box, knee)).isFalse();
        });
        for (BodyPart part : BodyPart.values()) {
            assertThat(glow(stage, part))
                    .as(part.name())
                    .satisfies(box -> assertThat(box[2]).isGreaterThan(box[0]));
        }
        assertThat(HaloShapes.of(stage, new ProjectedTrunk(stage.body().trunk(), stage.view()), Set.of()))
                .isEmpty();
    }

    private static double[] glow(Stage stage, BodyPart part) {
        List<DrawItem> items =
                HaloShapes.of(stage, new ProjectedTrunk(stage.body().trunk(), stage.view()), Set.of(part));
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        assertThat(items)
                .singleElement()
                .satisfies(item -> assertThat(item.fill()).isEqualTo(ColorRole.HIGHLIGHT));
        items.get(0).path().addTo(box);
        return box;
    }

    private static boolean contains(double[] box, double[] p) {
        return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
    }

    @Test
    void aFigureIsFittedCentredAtTheLargestScaleThatFits() {
        Viewport v = Viewport.fit(new Bounds(-1, 0, 1, 1), 10, 20, 300, 300);
        assertThat(v.scale()).isCloseTo(150, within(1e-9));
        assertThat(v.x(-1)).isCloseTo(10, within(1e-9));
        assertThat(v.x(1)).isCloseTo(310, within(1e-9));
        assertThat(v.y(1)).as("top of the figure, device y down").isCloseTo(20 + 75, within(1e-9));
        assertThat(v.y(0)).isCloseTo(20 + 225, within(1e-9));
        Viewport tall = Viewport.fit(new Bounds(0, -2, 1, 2), 0, 0, 300, 200);
        assertThat(tall.scale()).isCloseTo(50, within(1e-9));
        assertThat(tall.x(0)).isCloseTo(125, within(1e-9));
        assertThat(tall.length(1)).isCloseTo(50, within(1e-9));
        assertThat(tall.length(0.001)).as("a hairline still prints").isEqualTo(FigureStyle.MIN_LINE);
        assertThat(new Bounds(0, -2, 1, 2).height()).isEqualTo(4);
    }
}
