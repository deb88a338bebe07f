package org.physiokiosk.figure;

/** Where the viewer stands. Side suits most exercises; front and top show sideways and turning movements. */
public enum View {
    /** From the figure's right side: the figure faces to the right of the picture. */
    SIDE,
    /** From in front of the figure: its right side is on the left of the picture, as in a mirror. */
    FRONT,
    /**
     * From above, as a bird sees a figure lying on the floor, but with the eye moved a little toward the
     * figure's right side (the side view's near side). Straight from above, a bent knee hides its height: the
     * thigh rising to the knee and the shin falling back to the foot lie on one line, and bent legs read as
     * straight ones. Tipped by {@link #TOP_TILT_DEGREES} (16 degrees), height shows as a shift toward the top of the picture, so
     * a bent knee makes a peak and knees dropping sideways visibly come down, while what lies on the mat keeps
     * almost its plan shape.
     */
    TOP;

    /** Small enough that knees falling away from the eye (to the left) still read as falling, large enough that a bent knee stands out. */
    static final double TOP_TILT_DEGREES = 16;
    private static final double TILT_SIN = Math.sin(Math.toRadians(TOP_TILT_DEGREES));
    private static final double TILT_COS = Math.cos(Math.toRadians(TOP_TILT_DEGREES));

    /** Screen x (to the right), screen y (up) and depth (toward the viewer) of a world point. */
    double[] project(Vec3 p) {
        return switch (this) {
            case SIDE -> new double[] {p.x(), p.y(), p.z()};
            case FRONT -> new double[] {-p.z(), p.y(), p.x()};
            case TOP -> new double[] {p.x(), p.y() * TILT_SIN - p.z() * TILT_COS, depth(p)};
        };
    }

    double depth(Vec3 p) {
        return switch (this) {
            case SIDE -> p.z();
            case FRONT -> p.x();
            case TOP -> p.y() * TILT_COS + p.z() * TILT_SIN;
        };
    }

    /** The world direction that points to the right on screen, and the one that points up. */
    Vec3 screenRight() {
        return switch (this) {
            case SIDE, TOP -> new Vec3(1, 0, 0);
            case FRONT -> new Vec3(0, 0, -1);
        };
    }

    Vec3 screenUp() {
        return switch (this) {
            case SIDE, FRONT -> new Vec3(0, 1, 0);
            case TOP -> new Vec3(0, TILT_SIN, -TILT_COS);
        };
    }

    /**
     * Which way a direction points in the picture, for showing where the face looks. From above it is taken on
     * the mat's plane, untilted: a face looking at the ceiling has no nose, and a head turned left or right
     * shows its nose equally clearly either way.
     */
    double[] facing(Vec3 d) {
        return this == TOP ? new double[] {d.x(), -d.z()} : project(d);
    }
}
