package org.physiokiosk.figure;

/** The figure's own left and right. In the side view the right side faces the viewer (it is "near"). */
public enum BodySide {
    LEFT(-1),
    RIGHT(1);

    private final int sign;

    BodySide(int sign) {
        this.sign = sign;
    }

    /** +1 for right, -1 for left: the side's direction along the body's right axis. */
    int sign() {
        return sign;
    }
}
