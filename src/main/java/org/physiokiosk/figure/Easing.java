package org.physiokiosk.figure;

/** How a movement speeds up and slows down: pure functions from [0, 1] onto [0, 1]. */
public enum Easing {
    LINEAR {
        @Override
        public double apply(double t) {
            return clamp(t);
        }
    },
    /** Starts and ends gently (smootherstep): a body part does not jerk into or out of a movement. */
    EASE_IN_OUT {
        @Override
        public double apply(double t) {
            double c = clamp(t);
            return c * c * c * (c * (c * 6 - 15) + 10);
        }
    };

    public abstract double apply(double t);

    static double clamp(double t) {
        return t <= 0 ? 0 : t >= 1 ? 1 : t;
    }
}
