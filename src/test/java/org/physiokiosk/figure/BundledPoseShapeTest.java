package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;

/** What a physiotherapist checks first in the bundled poses: what rests on the mat, and the shape of the back. */
class BundledPoseShapeTest {

    private static Map<String, Pose> poses;

    @BeforeAll
    static void load() {
        poses = new ContentLoader().loadBundledAnd(Optional.empty()).catalog().poses();
    }

    private static Body placed(String id) {
        Pose pose = poses.get(id);
        return FigureDrawings.stage(pose, pose, false, null).body();
    }

    private static double lowest(Body body, Segment segment) {
        double low = Double.MAX_VALUE;
        for (Body.Limb limb : body.limbs()) {
            if (limb.segment() == segment) {
                low = Math.min(low, Math.min(limb.a().y() - limb.ra(), limb.b().y() - limb.rb()));
            }
        }
        return low;
    }

    /** How far {@code p} lies above the straight line from {@code a} to {@code b}, in the side view. */
    private static double aboveLine(Vec3 a, Vec3 b, Vec3 p) {
        double t = (p.x() - a.x()) / (b.x() - a.x());
        return p.y() - (a.y() + t * (b.y() - a.y()));
    }

    @Test
    void onHandsAndKneesTheHandsAndKneesStayOnTheMatAndTheShouldersAtHipHeight() {
        for (String id : new String[] {"hands-knees-neutral", "hands-knees-round", "hands-knees-hollow"}) {
            Body body = placed(id);
            assertThat(lowest(body, Segment.HAND)).as(id + " hands").isLessThan(0.015);
            assertThat(lowest(body, Segment.THIGH)).as(id + " knees").isLessThan(0.015);
            double shoulders = body.landmark(Landmark.SHOULDERS).y(),
                    hips = body.landmark(Landmark.HIPS).y();
            assertThat(Math.abs(shoulders - hips))
                    .as(id + " shoulders against hips")
                    .isLessThan(0.06);
        }
    }

    @Test
    void catRoundsTheBackUpAndCamelLetsItSag() {
        Body round = placed("hands-knees-round"), hollow = placed("hands-knees-hollow");
        assertThat(aboveLine(
                        round.landmark(Landmark.HIPS),
                        round.landmark(Landmark.SHOULDERS),
                        round.landmark(Landmark.LOWER_BACK)))
                .isGreaterThan(0.06);
        assertThat(aboveLine(
                        hollow.landmark(Landmark.HIPS),
                        hollow.landmark(Landmark.SHOULDERS),
                        hollow.landmark(Landmark.LOWER_BACK)))
                .isLessThan(0.02);
        assertThat(hollow.headCenter().y()).isGreaterThan(round.headCenter().y() + 0.15);
    }

    @Test
    void theBridgeLinesUpShouldersHipsAndKnees() {
        Body bridge = placed("bridge");
        double offLine = aboveLine(
                bridge.landmark(Landmark.SHOULDERS),
                bridge.landmark(Landmark.RIGHT_KNEE),
                bridge.landmark(Landmark.HIPS));
        assertThat(Math.abs(offLine)).isLessThan(0.02);
        assertThat(bridge.landmark(Landmark.SHOULDERS).y())
                .as("shoulders on the mat")
                .isLessThan(0.09);
    }

    @Test
    void kneesFallingToTheSideLeaveTheShouldersAndHeadOnTheMat() {
        for (String id : new String[] {"supine-knees-left-top", "supine-knees-right-top"}) {
            Body body = placed(id);
            Body.TrunkNode top = body.trunk().get(body.trunk().size() - 1);
            assertThat(top.center().y() - top.reach(new Vec3(0, -1, 0)))
                    .as(id + " upper back")
                    .isLessThan(0.03);
            assertThat(body.headCenter().y() - Body.ellipsoidReach(body.headFrame(), new Vec3(0, -1, 0)))
                    .as(id + " head")
                    .isLessThan(0.02);
        }
    }

    @Test
    void inChildPoseTheKneesForeheadAndHandsRestOnTheMatAndTheButtocksNearTheHeels() {
        Body child = placed("child-pose");
        assertThat(lowest(child, Segment.THIGH)).as("knees").isLessThan(0.015);
        assertThat(lowest(child, Segment.HAND)).as("hands").isLessThan(0.03);
        assertThat(child.headCenter().y() - Body.ellipsoidReach(child.headFrame(), new Vec3(0, -1, 0)))
                .as("forehead")
                .isLessThan(0.02);
        assertThat(child.landmark(Landmark.HIPS).y()).as("hips folded down").isLessThan(0.15);
        assertThat(child.landmark(Landmark.HANDS).x())
                .as("arms long forward")
                .isGreaterThan(child.headCenter().x() + 0.1);
    }

    @Test
    void kneesFallingToEitherSideComeWellDownFromBentKnees() {
        double bent =
                placed("supine-knees-bent-top").landmark(Landmark.RIGHT_KNEE).y();
        for (String id : new String[] {"supine-knees-left-top", "supine-knees-right-top"}) {
            Body body = placed(id);
            double upper = Math.max(
                    body.landmark(Landmark.LEFT_KNEE).y(),
                    body.landmark(Landmark.RIGHT_KNEE).y());
            double lower = Math.min(
                    body.landmark(Landmark.LEFT_KNEE).y(),
                    body.landmark(Landmark.RIGHT_KNEE).y());
            assertThat(upper).as(id + " upper knee").isLessThan(bent - 0.08);
            assertThat(lower).as(id + " lower knee").isLessThan(0.12);
        }
    }
}
