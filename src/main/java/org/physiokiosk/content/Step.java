package org.physiokiosk.content;

import java.util.Optional;

/**
 * One action of an exercise. {@code pose} is where the figure is at the end of the step; {@code seconds} is
 * how long the movement into it takes, {@code holdSeconds} how long to stay there. Setup steps bring the
 * patient into the start position and are done once, not with every repetition.
 */
public record Step(
        LocalizedText text,
        String pose,
        int seconds,
        int holdSeconds,
        Optional<Breath> breath,
        boolean setup,
        boolean mirror) {

    public static final IntRange SECONDS_LIMIT = new IntRange(1, 60);

    public Step {
        if (seconds < SECONDS_LIMIT.min() || seconds > SECONDS_LIMIT.max()) {
            throw new IllegalArgumentException("seconds " + seconds + " is outside 1–60");
        }
        if (holdSeconds < Dose.HOLD_LIMIT.min() || holdSeconds > Dose.HOLD_LIMIT.max()) {
            throw new IllegalArgumentException("holdSeconds " + holdSeconds + " is outside 0–600");
        }
    }
}
