package org.physiokiosk.figure;

/** Where the viewer stands. Side suits most exercises; front and top show sideways and turning movements. */
public enum View {
    /** From the figure's right side: the figure faces to the right of the picture. */
    SIDE,
    /** From in front of the figure: its right side is on the left of the picture, as in a mirror. */
    FRONT,
    /** From above, as a bird sees a figure lying on the floor. */
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
}
