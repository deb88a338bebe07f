package org.physiokiosk.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.common.KebabCase;

/**
 * One degree of freedom of the figure, in degrees from the upright anatomical position (standing, arms
 * hanging, looking ahead). The limits are those of a healthy adult, so no pose can bend a joint the wrong way:
 * a knee stops at straight ({@code 0}), an elbow too.
 *
 * <p>The shoulder is set as clinicians measure it: how far the arm is raised ({@code shoulder-raise}, 0 hanging,
 * 180 overhead), in which plane ({@code shoulder-plane}: 0 forward, 90 out to the side, 180 backward, negative
 * across the body), and how far it is turned outward about its own axis ({@code shoulder-turn}). Raise and plane
 * never lock each other up, unlike flexion-then-abduction, so an arm can swing from forward to the side to behind.
 * Shoulder raise reaches 190 because the shoulder blade adds to the joint in arms-overhead positions.
 */
public enum Dof {
    BODY_PITCH(-180, 180),
    BODY_TURN(-180, 180),
    BODY_ROLL(-180, 180),
    LUMBAR_FLEX(-35, 60),
    LUMBAR_SIDE(-30, 30),
    LUMBAR_TURN(-20, 20),
    THORACIC_FLEX(-30, 60),
    THORACIC_SIDE(-30, 30),
    THORACIC_TURN(-45, 45),
    NECK_FLEX(-60, 70),
    NECK_SIDE(-45, 45),
    NECK_TURN(-80, 80),
    HEAD_FLEX(-30, 30),
    LEFT_HIP_FLEX(-30, 145),
    LEFT_HIP_ABDUCT(-30, 60),
    LEFT_HIP_TURN(-45, 60),
    LEFT_KNEE_FLEX(0, 160),
    LEFT_ANKLE_FLEX(-90, 30),
    LEFT_SHOULDER_RAISE(0, 190),
    LEFT_SHOULDER_PLANE(-60, 180),
    LEFT_SHOULDER_TURN(-90, 90),
    LEFT_ELBOW_FLEX(0, 150),
    LEFT_WRIST_FLEX(-90, 90),
    RIGHT_HIP_FLEX(-30, 145),
    RIGHT_HIP_ABDUCT(-30, 60),
    RIGHT_HIP_TURN(-45, 60),
    RIGHT_KNEE_FLEX(0, 160),
    RIGHT_ANKLE_FLEX(-90, 30),
    RIGHT_SHOULDER_RAISE(0, 190),
    RIGHT_SHOULDER_PLANE(-60, 180),
    RIGHT_SHOULDER_TURN(-90, 90),
    RIGHT_ELBOW_FLEX(0, 150),
    RIGHT_WRIST_FLEX(-90, 90);

    private static final String LEFT = "left-";
    private static final String RIGHT = "right-";

    /*
     * Looked up once: the figure asks for a joint's other side for every sided joint of every pose it blends,
     * at every frame the player paints, and a regular expression and a search per call were 8 % of a cold
     * handout render.
     */
    private static final Map<String, Dof> BY_JSON_NAME = new HashMap<>();
    private static final Dof[] ON_LEFT = new Dof[values().length];
    private static final Dof[] ON_RIGHT = new Dof[values().length];

    static {
        for (Dof dof : values()) {
            BY_JSON_NAME.put(dof.jsonName, dof);
        }
        for (Dof dof : values()) {
            String bare = dof.jsonName.replaceFirst("^(left|right)-", "");
            ON_LEFT[dof.ordinal()] = BY_JSON_NAME.getOrDefault(LEFT + bare, dof);
            ON_RIGHT[dof.ordinal()] = BY_JSON_NAME.getOrDefault(RIGHT + bare, dof);
        }
    }

    private final double min;
    private final double max;
    private final String jsonName;

    Dof(double min, double max) {
        this.min = min;
        this.max = max;
        this.jsonName = KebabCase.of(this);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean allows(double degrees) {
        return degrees >= min && degrees <= max;
    }

    /** The name in pose files: {@code RIGHT_KNEE_FLEX} is {@code "right-knee-flex"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The same joint on one side: {@code LEFT_KNEE_FLEX.on(RIGHT)} is {@code RIGHT_KNEE_FLEX}. */
    public Dof on(BodySide side) {
        return (side == BodySide.LEFT ? ON_LEFT : ON_RIGHT)[ordinal()];
    }

    public boolean sided() {
        return name().startsWith("LEFT_") || name().startsWith("RIGHT_");
    }

    public static Optional<Dof> byName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }

    /**
     * The joints a name stands for: a sided joint without {@code left-}/{@code right-} ({@code "knee-flex"})
     * sets both sides, so symmetric poses are written once.
     */
    public static Optional<Dof[]> forName(String name) {
        Optional<Dof> exact = byName(name);
        if (exact.isPresent()) {
            return Optional.of(new Dof[] {exact.get()});
        }
        Optional<Dof> left = byName(LEFT + name);
        return left.map(l -> new Dof[] {l, l.on(BodySide.RIGHT)});
    }
}
