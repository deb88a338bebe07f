package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The posed figure in the world: the trunk as a chain of spine nodes with an oval cross-section, the limbs as
 * tapered capsules, the head as an ellipsoid, and named landmarks. Produced by {@link Skeleton}.
 */
record Body(List<TrunkNode> trunk, List<Limb> limbs, Vec3 headCenter, Rot headFrame, Map<Landmark, Vec3> landmarks) {

    /** A point of the spine with its frame and the trunk's half depth and half width there. */
    record TrunkNode(Vec3 center, Rot frame, double halfDepth, double halfWidth) {

        /** How far the trunk's surface reaches from the centre in direction {@code d} (unit, across the spine). */
        double reach(Vec3 d) {
            double f = halfDepth * frame.forward().dot(d);
            double r = halfWidth * frame.right().dot(d);
            return Math.sqrt(f * f + r * r);
        }
    }

    /** A tapered capsule from {@code a} (radius {@code ra}) to {@code b} (radius {@code rb}). */
    record Limb(Segment segment, BodySide side, Vec3 a, Vec3 b, double ra, double rb) {}

    Vec3 landmark(Landmark l) {
        return landmarks.get(l);
    }

    /** The same body moved by {@code offset}. */
    Body moved(Vec3 offset) {
        List<TrunkNode> nodes = new ArrayList<>(trunk.size());
        for (TrunkNode n : trunk) {
            nodes.add(new TrunkNode(n.center.plus(offset), n.frame, n.halfDepth, n.halfWidth));
        }
        List<Limb> moved = new ArrayList<>(limbs.size());
        for (Limb l : limbs) {
            moved.add(new Limb(l.segment, l.side, l.a.plus(offset), l.b.plus(offset), l.ra, l.rb));
        }
        Map<Landmark, Vec3> marks = new EnumMap<>(Landmark.class);
        landmarks.forEach((k, v) -> marks.put(k, v.plus(offset)));
        return new Body(nodes, moved, headCenter.plus(offset), headFrame, marks);
    }

    /** The body as seen in a mirror that flips z: the other side now faces the viewer of the side view. */
    Body mirrored() {
        List<TrunkNode> nodes = new ArrayList<>(trunk.size());
        for (TrunkNode n : trunk) {
            nodes.add(new TrunkNode(n.center.mirroredZ(), n.frame.mirroredZ(), n.halfDepth, n.halfWidth));
        }
        List<Limb> flipped = new ArrayList<>(limbs.size());
        for (Limb l : limbs) {
            flipped.add(new Limb(l.segment, l.side, l.a.mirroredZ(), l.b.mirroredZ(), l.ra, l.rb));
        }
        Map<Landmark, Vec3> marks = new EnumMap<>(Landmark.class);
        landmarks.forEach((k, v) -> marks.put(k, v.mirroredZ()));
        return new Body(nodes, flipped, headCenter.mirroredZ(), headFrame.mirroredZ(), marks);
    }

    /** Smallest and largest x and z the body reaches: {minX, maxX, minZ, maxZ}. */
    double[] footprint() {
        return footprintOf(UnaryOperator.identity());
    }

    /** The footprint of the body with every point moved by {@code place} first (for example onto its shadow). */
    double[] footprintOf(UnaryOperator<Vec3> place) {
        double[] f = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Limb l : limbs) {
            grow(f, place.apply(l.a), l.ra);
            grow(f, place.apply(l.b), l.rb);
        }
        for (TrunkNode n : trunk) {
            grow(f, place.apply(n.center), Math.max(n.halfDepth, n.halfWidth));
        }
        grow(f, place.apply(headCenter), Proportions.HEAD_RY);
        return f;
    }

    private static void grow(double[] f, Vec3 p, double r) {
        f[0] = Math.min(f[0], p.x() - r);
        f[1] = Math.max(f[1], p.x() + r);
        f[2] = Math.min(f[2], p.z() - r);
        f[3] = Math.max(f[3], p.z() + r);
    }

    /** The body's lowest point: where it rests on its support. */
    double lowestY() {
        double low = headCenter.y() - ellipsoidReach(headFrame, new Vec3(0, -1, 0));
        for (TrunkNode n : trunk) {
            low = Math.min(low, n.center.y() - n.reach(new Vec3(0, -1, 0)));
        }
        TrunkNode bottom = trunk.get(0);
        low = Math.min(
                low,
                bottom.center
                        .along(bottom.frame.down(), Proportions.TRUNK_CAP_BOTTOM)
                        .y());
        for (Limb l : limbs) {
            low = Math.min(low, Math.min(l.a.y() - l.ra, l.b.y() - l.rb));
        }
        return low;
    }

    /** Half the head's extent along world direction {@code d}. */
    static double ellipsoidReach(Rot frame, Vec3 d) {
        double f = Proportions.HEAD_RX * frame.forward().dot(d);
        double u = Proportions.HEAD_RY * frame.up().dot(d);
        double r = Proportions.HEAD_RX * frame.right().dot(d);
        return Math.sqrt(f * f + u * u + r * r);
    }
}
