package org.physiokiosk.figure;

import java.util.Optional;
import java.util.Set;

/**
 * A named position of the figure, as written in {@code content/poses/}. A pose may {@code extend} a base
 * pose and set only what differs; the loader resolves it with {@link #over(Pose)}, after which
 * {@link #base()} is empty. Unset values fall back to a side view on the floor, anchored at the pelvis.
 *
 * @param highlight the parts that work (empty set: none; absent: the base's)
 * @param cue       the point whose path from the previous pose the motion arrow follows (absent: no arrow)
 */
public record Pose(
        String id,
        Optional<String> base,
        Optional<View> view,
        Optional<Prop> prop,
        Optional<Anchor> anchor,
        JointAngles angles,
        Optional<Set<BodyPart>> highlight,
        Optional<Landmark> cue) {

    public Pose {
        highlight = highlight.map(Set::copyOf);
    }

    /** A pose with only angles set: handy in tests and for poses built in code. */
    public static Pose of(String id, View view, Prop prop, JointAngles angles) {
        return new Pose(
                id,
                Optional.empty(),
                Optional.of(view),
                Optional.of(prop),
                Optional.empty(),
                angles,
                Optional.empty(),
                Optional.empty());
    }

    public View viewOrDefault() {
        return view.orElse(View.SIDE);
    }

    public Prop propOrDefault() {
        return prop.orElse(Prop.FLOOR);
    }

    public Anchor anchorOrDefault() {
        return anchor.orElse(Anchor.PELVIS);
    }

    public Set<BodyPart> highlightOrNone() {
        return highlight.orElse(Set.of());
    }

    /** This pose laid over its (resolved) base: what is set here wins, the rest comes from the base. */
    public Pose over(Pose resolvedBase) {
        return new Pose(
                id,
                Optional.empty(),
                view.or(resolvedBase::view),
                prop.or(resolvedBase::prop),
                anchor.or(resolvedBase::anchor),
                angles.over(resolvedBase.angles),
                highlight.or(resolvedBase::highlight),
                cue.or(resolvedBase::cue));
    }

    public Pose withAngles(JointAngles replaced) {
        return new Pose(id, base, view, prop, anchor, replaced, highlight, cue);
    }
}
