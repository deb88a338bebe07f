package org.physiokiosk.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * The PIN gate's lock-out as the pad shows it: whole minutes and seconds left until {@code until}, counted on the
 * wall clock the app pushes in (the vault keeps the lock's end as a wall-clock time, so it survives a restart).
 * Rounded up: the pad never says 0:00 while it is still locked.
 */
public record PinWait(Instant until) {

    /** Time left at {@code now}; zero once the lock has ended. */
    public Duration left(Instant now) {
        Duration left = Duration.between(now, until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean isOver(Instant now) {
        return left(now).isZero();
    }

    /** Whole seconds left, rounded up (1 until the very end). */
    public long secondsLeft(Instant now) {
        Duration left = left(now);
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }

    public long minutesPart(Instant now) {
        return secondsLeft(now) / 60;
    }

    public long secondsPart(Instant now) {
        return secondsLeft(now) % 60;
    }
}
