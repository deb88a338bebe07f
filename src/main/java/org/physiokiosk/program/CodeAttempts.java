package org.physiokiosk.program;

import java.time.Duration;
import java.util.List;

/**
 * The kiosk keypad's brake on guessing (one per kiosk): every 5th wrong code in a row locks the keypad, for
 * longer each time (30 s, 1 min, 2 min, then 5 min at most). A right code clears the count
 * and the escalation; so does a quiet spell of 10 minutes without a wrong code, so the next patient in the waiting
 * room does not inherit a stranger's fumbling. Time is pushed in as monotonic nanoseconds
 * ({@code System.nanoTime()}), so tests run an hour of attempts in a millisecond.
 *
 * <p>With 40-bit codes this lets a guesser try about 700 codes a day at one kiosk; with 10,000 live codes
 * the chance of a hit in a year is about 0.2 %, and a hit shows exercises, never a name.
 */
public final class CodeAttempts {

    public static final int WRONG_BEFORE_LOCK = 5;
    public static final List<Duration> LOCKS =
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5));
    public static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    private int wrongInRow;
    private int locksSoFar;
    private boolean locked;
    private long lockedUntil;
    private boolean anyWrong;
    private long lastWrongAt;

    /** How long the keypad stays locked from {@code now}; zero when codes may be typed. */
    public Duration lockedFor(long now) {
        if (!locked || now - lockedUntil >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(lockedUntil - now);
    }

    public boolean isLocked(long now) {
        return !lockedFor(now).isZero();
    }

    /** A code was typed that opens nothing. Ignored while locked: the keypad should not have taken it. */
    public void wrong(long now) {
        if (isLocked(now)) {
            return;
        }
        if (anyWrong && now - lastWrongAt >= FORGET_AFTER.toNanos()) {
            clear();
        }
        anyWrong = true;
        lastWrongAt = now;
        wrongInRow++;
        if (wrongInRow == WRONG_BEFORE_LOCK) {
            Duration lock = LOCKS.get(Math.min(locksSoFar, LOCKS.size() - 1));
            locked = true;
            lockedUntil = now + lock.toNanos();
            locksSoFar++;
            wrongInRow = 0;
        }
    }

    /** A code opened a program: the next patient starts with a clean slate. */
    public void right() {
        clear();
    }

    /** Wrong codes counted towards the next lock (for tests and a kiosk's diagnostics, never shown to a patient). */
    public int wrongInRow() {
        return wrongInRow;
    }

    private void clear() {
        wrongInRow = 0;
        locksSoFar = 0;
        locked = false;
        anyWrong = false;
    }
}
