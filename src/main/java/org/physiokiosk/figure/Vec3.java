package org.physiokiosk.figure;

/** A point or direction in the figure's world: x forward (to the right in side view), y up, z toward the side-view viewer. */
record Vec3(double x, double y, double z) {

    static final Vec3 ZERO = new Vec3(0, 0, 0);

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    /** {@code this + d * k}: the common "walk k along d" step of the kinematics. */
    Vec3 along(Vec3 d, double k) {
        return new Vec3(x + d.x * k, y + d.y * k, z + d.z * k);
    }

    double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec3 mirroredZ() {
        return new Vec3(x, y, -z);
    }

    static Vec3 lerp(Vec3 a, Vec3 b, double t) {
        return new Vec3(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t);
    }
}
