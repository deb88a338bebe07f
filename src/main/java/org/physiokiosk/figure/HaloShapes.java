package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The glow behind the parts that work: the same shapes a little wider, in the highlight colour, painted
 * under the body so only a rim shows. A rim reads in black and white too, as a light band around the part.
 */
final class HaloShapes {

    private static final double PAD = 0.022;
    private static final double SHIFT = 0.025;

    private HaloShapes() {}

    static List<DrawItem> of(Stage stage, ProjectedTrunk trunk, Set<BodyPart> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        PathBuilder p = new PathBuilder();
        for (BodyPart part : parts) {
            switch (part) {
                case HEAD -> {
                    double[] c = stage.screen(stage.body().headCenter());
                    p.ellipse(c[0], c[1], Proportions.HEAD_RY + PAD, Proportions.HEAD_RY + PAD, 0);
                }
                case NECK -> limbs(stage, p, Segment.NECK, 1);
                case SHOULDERS -> {
                    trunk.band(p, 5, 6, PAD, 0, 0);
                    limbs(stage, p, Segment.UPPER_ARM, 0.5);
                }
                case UPPER_BACK -> band(stage, trunk, p, 4, 6, -1);
                case LOWER_BACK -> band(stage, trunk, p, 2, 4, -1);
                case ABDOMEN -> band(stage, trunk, p, 2, 4, 1);
                case PELVIS -> band(stage, trunk, p, 0, 2, 0);
                // Centred, not pushed toward the back: under lifted hips (a bridge) the gap to the mat stays clear.
                case BUTTOCKS -> band(stage, trunk, p, 0, 1, 0);
                case HIPS -> {
                    band(stage, trunk, p, 0, 1, 0);
                    limbs(stage, p, Segment.THIGH, 0.4);
                }
                case THIGHS -> limbs(stage, p, Segment.THIGH, 1);
                case LEGS -> {
                    limbs(stage, p, Segment.THIGH, 1);
                    limbs(stage, p, Segment.SHANK, 1);
                }
                case ARMS -> {
                    limbs(stage, p, Segment.UPPER_ARM, 1);
                    limbs(stage, p, Segment.FOREARM, 1);
                }
            }
        }
        return List.of(new DrawItem(p.build(), ColorRole.HIGHLIGHT, null, 0));
    }

    /** A band over the trunk, moved toward its back ({@code -1}) or belly ({@code +1}) side. */
    private static void band(Stage stage, ProjectedTrunk trunk, PathBuilder p, int from, int to, int towardFront) {
        Rot frame = stage.body().trunk().get((from + to) / 2).frame();
        double[] f = stage.view().project(frame.forward());
        trunk.band(p, from, to, PAD, f[0] * SHIFT * towardFront, f[1] * SHIFT * towardFront);
    }

    /** Capsules over every limb of one kind, from its root out to {@code fraction} of its length. */
    private static void limbs(Stage stage, PathBuilder p, Segment segment, double fraction) {
        List<Body.Limb> found = new ArrayList<>(2);
        for (Body.Limb limb : stage.body().limbs()) {
            if (limb.segment() == segment) {
                found.add(limb);
            }
        }
        for (Body.Limb limb : found) {
            double[] a = stage.screen(limb.a());
            double[] b = stage.screen(Vec3.lerp(limb.a(), limb.b(), fraction));
            double rb = limb.ra() + (limb.rb() - limb.ra()) * fraction;
            p.capsule(a[0], a[1], limb.ra() + PAD, b[0], b[1], rb + PAD);
        }
    }
}
