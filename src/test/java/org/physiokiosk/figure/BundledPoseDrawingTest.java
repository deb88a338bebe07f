package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;

/** What the drawing of the bundled poses must make visible, beyond where the joints are. */
class BundledPoseDrawingTest {

    private static Map<String, Pose> poses;

    @BeforeAll
    static void load() {
        poses = new ContentLoader().loadBundledAnd(Optional.empty()).catalog().poses();
    }

    private static Stage stage(String id) {
        Pose pose = poses.get(id);
        return FigureDrawings.stage(pose, pose, false, null);
    }

    private static double[] box(PathData path) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        path.addTo(b);
        return b;
    }

    @Test
    void underLiftedHipsTheGlowLeavesTheGapToTheMatOpen() {
        Stage bridge = stage("bridge");
        ProjectedTrunk trunk = new ProjectedTrunk(bridge.body().trunk(), bridge.view());
        List<DrawItem> glow = HaloShapes.of(bridge, trunk, poses.get("bridge").highlightOrNone());
        double buttocks = Double.MAX_VALUE;
        for (int i = 0; i <= 1; i++) {
            buttocks = Math.min(buttocks, trunk.y[i] - trunk.reach[i]);
        }
        assertThat(box(glow.get(0).path())[1]).as("lowest point of the glow").isGreaterThan(buttocks - 0.035);
        assertThat(buttocks).as("buttocks above the mat").isGreaterThan(0.1);
    }

    @Test
    void theNearThighComesOutFromUnderTheTrunkInsteadOfLyingOnIt() {
        for (String id : new String[] {"child-pose", "bridge"}) {
            Stage stage = stage(id);
            ProjectedTrunk trunk = new ProjectedTrunk(stage.body().trunk(), stage.view());
            List<DrawItem> items = BodyShapes.of(stage, trunk);
            double[] trunkBox = box(trunk.outline());
            Body.Limb thigh = stage.body().limbs().stream()
                    .filter(l -> l.segment() == Segment.THIGH && l.side() == BodySide.RIGHT)
                    .findFirst()
                    .orElseThrow();
            double[] a = stage.screen(thigh.a()), b = stage.screen(thigh.b());
            double[] thighBox = box(new PathBuilder()
                    .capsule(a[0], a[1], thigh.ra(), b[0], b[1], thigh.rb())
                    .build());
            int trunkAt = indexOf(items, trunkBox), thighAt = indexOf(items, thighBox);
            assertThat(thighAt).as(id + " near thigh painted before the trunk").isLessThan(trunkAt);
        }
    }

    /** The near-coloured item with this outline box (the far thigh has the same box in the side view). */
    private static int indexOf(List<DrawItem> items, double[] wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).fill() != ColorRole.CLOTHES_NEAR) {
                continue;
            }
            double[] b = box(items.get(i).path());
            if (Math.abs(b[0] - wanted[0]) < 1e-9
                    && Math.abs(b[1] - wanted[1]) < 1e-9
                    && Math.abs(b[2] - wanted[2]) < 1e-9
                    && Math.abs(b[3] - wanted[3]) < 1e-9) {
                return i;
            }
        }
        throw new AssertionError("no such item");
    }

    /** Screen offset of the knees from the hips, across the body (up the picture is the figure's left). */
    private static double kneesAcross(String id) {
        Stage stage = stage(id);
        return stage.screen(stage.body().landmark(Landmark.KNEES))[1]
                - stage.screen(stage.body().landmark(Landmark.HIPS))[1];
    }

    @Test
    void fromAboveKneesDroppedLeftAndRightAreMirrorImages() {
        double left = kneesAcross("supine-knees-left-top"), right = kneesAcross("supine-knees-right-top");
        assertThat(left).isGreaterThan(0.1);
        assertThat(right).isLessThan(-0.1);
        assertThat(Math.abs(left + right)).as("same distance either way").isLessThan(0.01);
    }

    @Test
    void fromAboveABentKneeStandsAwayFromItsShadowAndADroppedKneeLiesOnIt() {
        assertThat(kneeToShadow("supine-knees-bent-top", Landmark.RIGHT_KNEE)).isGreaterThan(0.08);
        assertThat(kneeToShadow("supine-knees-left-top", Landmark.LEFT_KNEE)).isLessThan(0.06);
        assertThat(kneeToShadow("supine-knees-right-top", Landmark.RIGHT_KNEE)).isLessThan(0.06);
        assertThat(ShadowShapes.of(stage("supine-knees-bent-top"))).hasSize(1);
        assertThat(ShadowShapes.of(stage("bridge")))
                .as("side view: the floor line grounds the figure")
                .isEmpty();
    }

    private static double kneeToShadow(String id, Landmark knee) {
        Stage stage = stage(id);
        Vec3 k = stage.body().landmark(knee);
        double[] onScreen = stage.screen(k), shadow = stage.screen(ShadowShapes.onSupport(k));
        return Math.hypot(onScreen[0] - shadow[0], onScreen[1] - shadow[1]);
    }
}
