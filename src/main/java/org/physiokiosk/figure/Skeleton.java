package org.physiokiosk.figure;

import static org.physiokiosk.figure.Proportions.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics: joint angles to a {@link Body}. The root is the point between the hip joints; the body
 * frame faces forward (+x), up (+y) and to its right (+z). Each joint's rotation is applied in its parent's
 * frame, flexion first, so angles read the way a therapist measures them from upright.
 */
public final class Skeleton {

    private Skeleton() {}

    static Body pose(JointAngles a) {
        Rot pelvis =
                Rot.z(-a.get(Dof.BODY_PITCH)).then(Rot.y(-a.get(Dof.BODY_TURN))).then(Rot.x(a.get(Dof.BODY_ROLL)));
        Vec3 root = Vec3.ZERO;
        List<Body.TrunkNode> trunk = new ArrayList<>(7);
        // The spine runs near the back, behind the hip joints; the trunk's bulk lies in front of it.
        Vec3 spineBase = root.along(pelvis.forward(), -SACRUM_BEHIND_HIPS);
        Vec3 sacrum = spineBase.along(pelvis.up(), PELVIS);
        trunk.add(node(0, spineBase.along(pelvis.down(), 0.03), pelvis));
        trunk.add(node(1, spineBase, pelvis));
        trunk.add(node(2, sacrum, pelvis));
        Rot lumbarHalf = spine(a.get(Dof.LUMBAR_FLEX) / 2, a.get(Dof.LUMBAR_SIDE) / 2, a.get(Dof.LUMBAR_TURN) / 2);
        Rot l1 = pelvis.then(lumbarHalf);
        Vec3 midLumbar = sacrum.along(l1.up(), LUMBAR / 2);
        trunk.add(node(3, midLumbar, l1));
        Rot l2 = l1.then(lumbarHalf);
        Vec3 thoracolumbar = midLumbar.along(l2.up(), LUMBAR / 2);
        trunk.add(node(4, thoracolumbar, l2));
        Rot thoracicHalf =
                spine(a.get(Dof.THORACIC_FLEX) / 2, a.get(Dof.THORACIC_SIDE) / 2, a.get(Dof.THORACIC_TURN) / 2);
        Rot t1 = l2.then(thoracicHalf);
        Vec3 chest = thoracolumbar.along(t1.up(), THORACIC * 0.52);
        trunk.add(node(5, chest, t1));
        Rot t2 = t1.then(thoracicHalf);
        Vec3 neckBase = chest.along(t2.up(), THORACIC * 0.48);
        trunk.add(node(6, neckBase, t2));

        List<Body.Limb> limbs = new ArrayList<>(13);
        Map<Landmark, Vec3> marks = new EnumMap<>(Landmark.class);
        Rot neck = t2.then(spine(a.get(Dof.NECK_FLEX), a.get(Dof.NECK_SIDE), a.get(Dof.NECK_TURN)));
        Vec3 neckStart = neckBase.along(t2.forward(), 0.025);
        Vec3 neckTop = neckStart.along(neck.up(), NECK);
        limbs.add(new Body.Limb(Segment.NECK, null, neckStart.along(t2.down(), 0.02), neckTop, NECK_R, NECK_R * 0.95));
        Rot head = neck.then(Rot.z(-a.get(Dof.HEAD_FLEX)));
        Vec3 headCenter = neckTop.along(head.up(), HEAD_RY * 0.72).along(head.forward(), 0.012);

        for (BodySide side : BodySide.values()) {
            leg(a, side, root.along(pelvis.right(), side.sign() * HIP_SPREAD), pelvis, limbs, marks);
            Vec3 shoulder = trunk.get(6)
                    .center()
                    .along(t2.forward(), -0.012)
                    .along(t2.down(), SHOULDER_DROP)
                    .along(t2.right(), side.sign() * SHOULDER_SPREAD);
            arm(a, side, shoulder, t2, limbs, marks);
        }
        marks.put(Landmark.HEAD, headCenter);
        marks.put(Landmark.CHEST, chest);
        marks.put(Landmark.SHOULDERS, trunk.get(6).center().along(t2.down(), SHOULDER_DROP));
        marks.put(Landmark.LOWER_BACK, midLumbar);
        marks.put(Landmark.HIPS, root);
        marks.put(Landmark.TAILBONE, spineBase.along(pelvis.down(), 0.03));
        marks.put(Landmark.KNEES, mid(marks, Landmark.LEFT_KNEE, Landmark.RIGHT_KNEE));
        marks.put(Landmark.FEET, mid(marks, Landmark.LEFT_FOOT, Landmark.RIGHT_FOOT));
        marks.put(Landmark.HANDS, mid(marks, Landmark.LEFT_HAND, Landmark.RIGHT_HAND));
        marks.put(Landmark.ELBOWS, mid(marks, Landmark.LEFT_ELBOW, Landmark.RIGHT_ELBOW));
        return new Body(trunk, limbs, headCenter, head, marks);
    }

    /** Flexion bends forward, side bending leans right, turning turns right. */
    private static Rot spine(double flex, double side, double turn) {
        return Rot.z(-flex).then(Rot.x(side)).then(Rot.y(-turn));
    }

    /** Flexion swings the thigh forward, then abduction away from the midline, then turn rotates it outward. */
    private static Rot hip(JointAngles a, BodySide side) {
        int s = side.sign();
        return Rot.z(a.get(Dof.LEFT_HIP_FLEX.on(side)))
                .then(Rot.x(-s * a.get(Dof.LEFT_HIP_ABDUCT.on(side))))
                .then(Rot.y(-s * a.get(Dof.LEFT_HIP_TURN.on(side))));
    }

    private static void leg(
            JointAngles a, BodySide side, Vec3 hip, Rot pelvis, List<Body.Limb> limbs, Map<Landmark, Vec3> marks) {
        Rot thigh = pelvis.then(hip(a, side));
        Vec3 knee = hip.along(thigh.down(), THIGH);
        Rot shank = thigh.then(Rot.z(-a.get(Dof.LEFT_KNEE_FLEX.on(side))));
        Vec3 ankle = knee.along(shank.down(), SHANK);
        Rot foot = shank.then(Rot.z(a.get(Dof.LEFT_ANKLE_FLEX.on(side))));
        Vec3 heel = ankle.along(foot.forward(), -0.022).along(foot.down(), 0.012);
        Vec3 toe = ankle.along(foot.forward(), FOOT - 0.022).along(foot.down(), 0.022);
        limbs.add(new Body.Limb(Segment.THIGH, side, hip, knee, THIGH_R0, THIGH_R1));
        limbs.add(new Body.Limb(Segment.SHANK, side, knee, ankle, SHANK_R0, SHANK_R1));
        limbs.add(new Body.Limb(Segment.FOOT, side, heel, toe, HEEL_R, TOE_R));
        marks.put(side == BodySide.LEFT ? Landmark.LEFT_KNEE : Landmark.RIGHT_KNEE, knee);
        marks.put(side == BodySide.LEFT ? Landmark.LEFT_FOOT : Landmark.RIGHT_FOOT, ankle);
    }

    private static void arm(
            JointAngles a, BodySide side, Vec3 shoulder, Rot chest, List<Body.Limb> limbs, Map<Landmark, Vec3> marks) {
        int s = side.sign();
        double plane = a.get(Dof.LEFT_SHOULDER_PLANE.on(side));
        // Swing the plane round, raise the arm in it, swing back, then turn: plane and raise stay independent.
        Rot upper = chest.then(Rot.y(-s * plane))
                .then(Rot.z(a.get(Dof.LEFT_SHOULDER_RAISE.on(side))))
                .then(Rot.y(s * (plane - a.get(Dof.LEFT_SHOULDER_TURN.on(side)))));
        Vec3 elbow = shoulder.along(upper.down(), UPPER_ARM);
        Rot fore = upper.then(Rot.z(a.get(Dof.LEFT_ELBOW_FLEX.on(side))));
        Vec3 wrist = elbow.along(fore.down(), FOREARM);
        Rot hand = fore.then(Rot.z(a.get(Dof.LEFT_WRIST_FLEX.on(side))));
        Vec3 fingers = wrist.along(hand.down(), HAND);
        limbs.add(new Body.Limb(Segment.UPPER_ARM, side, shoulder, elbow, UPPER_ARM_R0, UPPER_ARM_R1));
        limbs.add(new Body.Limb(Segment.FOREARM, side, elbow, wrist, FOREARM_R0, FOREARM_R1));
        limbs.add(new Body.Limb(Segment.HAND, side, wrist.along(hand.down(), 0.01), fingers, HAND_R0, HAND_R1));
        marks.put(side == BodySide.LEFT ? Landmark.LEFT_ELBOW : Landmark.RIGHT_ELBOW, elbow);
        marks.put(side == BodySide.LEFT ? Landmark.LEFT_HAND : Landmark.RIGHT_HAND, wrist.along(hand.down(), HAND / 2));
    }

    /** A trunk node whose back surface lies just behind the spine point (a little further at the buttocks). */
    private static Body.TrunkNode node(int i, Vec3 spine, Rot frame) {
        double backToSpine = i <= 1 ? BUTTOCK_BEHIND_SPINE : BACK_BEHIND_SPINE;
        return new Body.TrunkNode(
                spine.along(frame.forward(), TRUNK_HALF_DEPTH[i] - backToSpine),
                frame,
                TRUNK_HALF_DEPTH[i],
                TRUNK_HALF_WIDTH[i]);
    }

    private static Vec3 mid(Map<Landmark, Vec3> marks, Landmark a, Landmark b) {
        return Vec3.lerp(marks.get(a), marks.get(b), 0.5);
    }
}
