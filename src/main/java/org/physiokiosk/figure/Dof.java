package org.physiokiosk.figure;

import java.util.Arrays;
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

    private final double min;
    private final double max;

    Dof(double min, double max) {
        this.min = min;
        this.max = max;
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
        return KebabCase.of(this);
    }

    /** The same joint on one side: {@code LEFT_KNEE_FLEX.on(RIGHT)} is {@code RIGHT_KNEE_FLEX}. */
    public Dof on(BodySide side) {
        String bare = jsonName().replaceFirst("^(left|right)-", "");
        return byName((side == BodySide.LEFT ? LEFT : RIGHT) + bare).orElse(this);
    }

    public boolean sided() {
        return name().startsWith("LEFT_") || name().startsWith("RIGHT_");
    }

    public static Optional<Dof> byName(String jsonName) {
        return Arrays.stream(values())
                .filter(d -> d.jsonName().equals(jsonName))
                .findFirst();
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
