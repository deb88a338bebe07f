package org.physiokiosk.figure;

/** Where the viewer stands. Side suits most exercises; front and top show sideways and turning movements. */
public enum View {
    /** From the figure's right side: the figure faces to the right of the picture. */
    SIDE,
    /** From in front of the figure: its right side is on the left of the picture, as in a mirror. */
    FRONT,
    /**
     * Straight from above, as a bird sees a figure lying on the floor; the figure's right is toward the bottom
     * of the picture. Not tipped toward either side: a tipped eye turns height into a shift across the
     * picture, and then knees dropping to one side look raised while knees dropping to the other look dropped.
     * Height shows instead by the shadow on the mat ({@link ShadowShapes}) and by foreshortening.
     */
    TOP;

    /** Screen x (to the right), screen y (up) and depth (toward the viewer) of a world point. */
    double[] project(Vec3 p) {
        return switch (this) {
            case SIDE -> new double[] {p.x(), p.y(), p.z()};
            case FRONT -> new double[] {-p.z(), p.y(), p.x()};
            case TOP -> new double[] {p.x(), -p.z(), p.y()};
        };
    }

    double depth(Vec3 p) {
        return switch (this) {
            case SIDE -> p.z();
            case FRONT -> p.x();
            case TOP -> p.y();
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
            case TOP -> new Vec3(0, 0, -1);
        };
    }

    /**
     * Which way a direction points in the picture, for showing where the face looks. From above it is taken on
     * the mat's plane: a face looking at the ceiling has no nose, and a head turned left or right shows it.
     */
    double[] facing(Vec3 d) {
        return this == TOP ? new double[] {d.x(), -d.z()} : project(d);
    }
}
