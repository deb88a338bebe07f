package org.physiokiosk.figure;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Joint angles in degrees, some of which may be unset. A pose that extends another sets only what differs;
 * {@link #over(JointAngles)} lays it over its base. An angle left unset in a resolved pose is 0: upright.
 */
public final class JointAngles {

    private static final JointAngles NONE = new JointAngles(filled(Double.NaN));

    private final double[] degrees;

    private JointAngles(double[] degrees) {
        this.degrees = degrees;
    }

    public static JointAngles none() {
        return NONE;
    }

    public static JointAngles of(Map<Dof, Double> set) {
        double[] values = filled(Double.NaN);
        set.forEach((dof, value) -> {
            if (!dof.allows(value)) {
                throw new IllegalArgumentException(
                        dof.jsonName() + " " + value + " is outside " + dof.min() + " to " + dof.max());
            }
            values[dof.ordinal()] = value;
        });
        return new JointAngles(values);
    }

    /** The angle, or 0 (upright) when unset. */
    public double get(Dof dof) {
        double value = degrees[dof.ordinal()];
        return Double.isNaN(value) ? 0 : value;
    }

    public boolean isSet(Dof dof) {
        return !Double.isNaN(degrees[dof.ordinal()]);
    }

    public JointAngles with(Dof dof, double value) {
        return JointAngles.of(Map.of(dof, value)).over(this);
    }

    /** These angles where set, the base's elsewhere. */
    public JointAngles over(JointAngles base) {
        double[] merged = new double[degrees.length];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = Double.isNaN(degrees[i]) ? base.degrees[i] : degrees[i];
        }
        return new JointAngles(merged);
    }

    /** Straight-line blend of every angle; unset angles count as 0. */
    public static JointAngles lerp(JointAngles a, JointAngles b, double t) {
        double[] blended = new double[a.degrees.length];
        for (Dof dof : Dof.values()) {
            blended[dof.ordinal()] = a.get(dof) + (b.get(dof) - a.get(dof)) * t;
        }
        return new JointAngles(blended);
    }

    public Map<Dof, Double> asMap() {
        Map<Dof, Double> map = new EnumMap<>(Dof.class);
        for (Dof dof : Dof.values()) {
            if (isSet(dof)) {
                map.put(dof, degrees[dof.ordinal()]);
            }
        }
        return map;
    }

    private static double[] filled(double value) {
        double[] values = new double[Dof.values().length];
        Arrays.fill(values, value);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JointAngles other && Arrays.equals(degrees, other.degrees);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(degrees);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
