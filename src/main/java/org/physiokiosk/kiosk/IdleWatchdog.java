package org.physiokiosk.kiosk;

import java.time.Duration;
import java.util.Objects;

/**
 * Decides when an untouched kiosk asks "are you still there?" and when it gives up and forgets the visit.
 * Pure: the caller pushes in the monotonic time (nanoseconds) of every touch and of every tick, so a test
 * runs an hour of waiting room in a millisecond. Remaining time always comes from the time pushed in, never
 * from counting ticks, so a late tick cannot stretch the countdown.
 */
public final class IdleWatchdog {

    /** The countdown the question gives before the visit is forgotten. */
    public static final Duration DEFAULT_COUNTDOWN = Duration.ofSeconds(20);

    public enum State {
        /** Someone is (or may be) using the kiosk. */
        ACTIVE,
        /** The question is on screen and the countdown runs. */
        ASKING
    }

    /** What a tick decided; the caller shows or hides the question, or resets the visit. */
    public enum Change {
        NONE,
        ASK,
        RESET
    }

    private final long timeoutNanos;
    private final long countdownNanos;
    private State state = State.ACTIVE;
    private long lastActivity;
    private long askedAt;

    public IdleWatchdog(Duration timeout, Duration countdown, long nowNanos) {
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(countdown);
        if (timeout.isNegative() || timeout.isZero() || countdown.isNegative() || countdown.isZero()) {
            throw new IllegalArgumentException("timeout and countdown must be positive");
        }
        this.timeoutNanos = timeout.toNanos();
        this.countdownNanos = countdown.toNanos();
        this.lastActivity = nowNanos;
    }

    /** A touch anywhere: someone is there, so the question (if shown) goes away and the wait starts again. */
    public void touch(long nowNanos) {
        state = State.ACTIVE;
        lastActivity = nowNanos;
    }

    /** The patient answered "continue"; the same as a touch. */
    public void continueVisit(long nowNanos) {
        touch(nowNanos);
    }

    /**
     * Moves the clock to {@code nowNanos}. While {@code held} (a running exercise) idle time does not build
     * up: the wait starts from the moment the hold ends, since a patient following the player does not touch.
     */
    public Change tick(long nowNanos, boolean held) {
        return tick(nowNanos, held, Duration.ZERO);
    }

    /**
     * As {@link #tick(long, boolean)}, for a screen that needs at least {@code patience} untouched before the
     * question (staff building a program at the kiosk); a shorter patience than the timeout changes nothing.
     */
    public Change tick(long nowNanos, boolean held, Duration patience) {
        if (state == State.ACTIVE) {
            if (held) {
                lastActivity = nowNanos;
                return Change.NONE;
            }
            if (nowNanos - lastActivity >= Math.max(timeoutNanos, patience.toNanos())) {
                state = State.ASKING;
                askedAt = nowNanos;
                return Change.ASK;
            }
            return Change.NONE;
        }
        if (nowNanos - askedAt >= countdownNanos) {
            // The visit ends: start waiting afresh for the next patient.
            state = State.ACTIVE;
            lastActivity = nowNanos;
            return Change.RESET;
        }
        return Change.NONE;
    }

    public State state() {
        return state;
    }

    /** Whole seconds left on the countdown, rounded up so it never shows 0 while still waiting; 0 when not asking. */
    public long secondsLeft(long nowNanos) {
        if (state != State.ASKING) {
            return 0;
        }
        long left = Math.max(0, countdownNanos - (nowNanos - askedAt));
        return (left + 999_999_999L) / 1_000_000_000L;
    }
}
