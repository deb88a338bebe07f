package org.physiokiosk.figure;

/**
 * A rotation as a 3x3 matrix whose columns are a body frame's axes in the world: {@link #forward()},
 * {@link #up()} and {@link #right()}. Joint angles turn into products of the three elementary rotations.
 */
final class Rot {

    static final Rot IDENTITY = new Rot(1, 0, 0, 0, 1, 0, 0, 0, 1);

    private final double m00, m01, m02, m10, m11, m12, m20, m21, m22;

    private Rot(
            double m00,
            double m01,
            double m02,
            double m10,
            double m11,
            double m12,
            double m20,
            double m21,
            double m22) {
        this.m00 = m00;
        this.m01 = m01;
        this.m02 = m02;
        this.m10 = m10;
        this.m11 = m11;
        this.m12 = m12;
        this.m20 = m20;
        this.m21 = m21;
        this.m22 = m22;
    }

    /** About the forward axis: positive tips up toward right. */
    static Rot x(double degrees) {
        double c = Math.cos(Math.toRadians(degrees)), s = Math.sin(Math.toRadians(degrees));
        return new Rot(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** About the up axis: positive turns right toward forward. */
    static Rot y(double degrees) {
        double c = Math.cos(Math.toRadians(degrees)), s = Math.sin(Math.toRadians(degrees));
        return new Rot(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /** About the right axis: positive turns forward toward up. */
    static Rot z(double degrees) {
        double c = Math.cos(Math.toRadians(degrees)), s = Math.sin(Math.toRadians(degrees));
        return new Rot(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    Rot then(Rot o) {
        return new Rot(
                m00 * o.m00 + m01 * o.m10 + m02 * o.m20,
                m00 * o.m01 + m01 * o.m11 + m02 * o.m21,
                m00 * o.m02 + m01 * o.m12 + m02 * o.m22,
                m10 * o.m00 + m11 * o.m10 + m12 * o.m20,
                m10 * o.m01 + m11 * o.m11 + m12 * o.m21,
                m10 * o.m02 + m11 * o.m12 + m12 * o.m22,
                m20 * o.m00 + m21 * o.m10 + m22 * o.m20,
                m20 * o.m01 + m21 * o.m11 + m22 * o.m21,
                m20 * o.m02 + m21 * o.m12 + m22 * o.m22);
    }

    Vec3 apply(double x, double y, double z) {
        return new Vec3(m00 * x + m01 * y + m02 * z, m10 * x + m11 * y + m12 * z, m20 * x + m21 * y + m22 * z);
    }

    /** The frame seen in a mirror that flips z: the figure's other side faces the viewer. */
    Rot mirroredZ() {
        return new Rot(m00, m01, m02, m10, m11, m12, -m20, -m21, -m22);
    }

    Vec3 forward() {
        return new Vec3(m00, m10, m20);
    }

    Vec3 up() {
        return new Vec3(m01, m11, m21);
    }

    Vec3 right() {
        return new Vec3(m02, m12, m22);
    }

    Vec3 down() {
        return new Vec3(-m01, -m11, -m21);
    }
}
