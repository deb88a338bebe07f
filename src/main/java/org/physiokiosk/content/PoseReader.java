package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.figure.Anchor;
import org.physiokiosk.figure.BodyPart;
import org.physiokiosk.figure.Dof;
import org.physiokiosk.figure.JointAngles;
import org.physiokiosk.figure.Landmark;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Prop;
import org.physiokiosk.figure.View;

/**
 * Builds a {@link Pose} from an entry of a {@code poses/*.json} file. Every problem is reported where it
 * stands: an unknown joint, an angle a body cannot reach, an unknown view, prop or body part. Whether the
 * base pose named by {@code extends} exists is checked once all folders are read ({@link PoseBases}).
 */
final class PoseReader {

    static final List<String> ANGLE_NAMES = angleNames();

    private PoseReader() {}

    static Pose read(JsonFields f) {
        String id = f.id();
        Optional<String> base = f.optionalString("extends");
        if (base.isPresent() && !Ids.isId(base.get())) {
            f.error(
                    "extends",
                    "'extends' must name a pose id (lower case letters, digits, dashes), found '" + base.get() + "'");
        }
        if (base.isPresent() && base.get().equals(id)) {
            f.error("extends", "a pose cannot extend itself");
        }
        Optional<View> view = f.optionalChoice("view", View.class);
        Optional<Prop> prop = f.optionalChoice("prop", Prop.class);
        Optional<Anchor> anchor = f.optionalChoice("anchor", Anchor.class);
        f.optionalString("comment");
        JointAngles angles = f.optionalObject("angles").map(PoseReader::angles).orElse(JointAngles.none());
        Optional<Set<BodyPart>> highlight =
                f.has("highlight") ? Optional.of(f.choices("highlight", BodyPart.class, false)) : Optional.empty();
        Optional<Landmark> cue = f.optionalChoice("cue", Landmark.class);
        if (base.isEmpty() && !f.has("view")) {
            f.errorHere("a pose that extends no other needs a 'view' (" + JsonName.allOf(View.class) + ")");
        }
        if (id == null || angles == null) {
            return null;
        }
        return new Pose(id, base, view, prop, anchor, angles, highlight, cue);
    }

    /**
     * Reads {@code "knee-flex": 90} (both sides) and {@code "right-knee-flex": 120} (one side; wins over the
     * both-sides value whatever the order). Angles are whole degrees within the joint's healthy range.
     */
    private static JointAngles angles(JsonFields f) {
        Map<Dof, Double> both = new EnumMap<>(Dof.class);
        Map<Dof, Double> exact = new EnumMap<>(Dof.class);
        for (String name : ANGLE_NAMES) {
            if (!f.has(name)) {
                continue;
            }
            Dof[] dofs = Dof.forName(name).orElseThrow();
            Integer degrees = f.integer(name, new IntRange((int) dofs[0].min(), (int) dofs[0].max()));
            if (degrees == null) {
                continue;
            }
            for (Dof dof : dofs) {
                (dofs.length == 1 ? exact : both).put(dof, degrees.doubleValue());
            }
        }
        both.putAll(exact);
        return JointAngles.of(both);
    }

    private static List<String> angleNames() {
        List<String> names = new ArrayList<>();
        for (Dof dof : Dof.values()) {
            names.add(dof.jsonName());
            if (dof.name().startsWith("LEFT_")) {
                names.add(dof.jsonName().substring("left-".length()));
            }
        }
        return List.copyOf(names);
    }
}
