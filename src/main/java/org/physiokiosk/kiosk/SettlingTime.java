package org.physiokiosk.kiosk;

/**
 * Decides whether a press counts, given when the window last changed under the finger. A double tap, or a
 * trembling or leaning finger, presses twice within a few hundred milliseconds; when the first press changed
 * the screen, the second would land on whatever now stands there (decision 0028). Presses in the first
 * {@link #QUIET_NANOS} after a change are therefore not taps. Pure: the caller pushes in the monotonic time.
 */
public final class SettlingTime {

    /**
     * How long after a change presses are ignored: longer than a double tap (Android's double-tap timeout is
     * 300 ms) and shorter than anyone needs to see a new screen and aim at something on it (decision 0028).
     */
    public static final long QUIET_NANOS = 400_000_000L;

    private final long quietNanos;
    private boolean changed;
    private long changedAt;

    public SettlingTime() {
        this(QUIET_NANOS);
    }

    public SettlingTime(long quietNanos) {
        if (quietNanos < 0) {
            throw new IllegalArgumentException("the quiet time cannot be negative");
        }
        this.quietNanos = quietNanos;
    }

    /** The window's content changed at {@code nowNanos}: what was under the finger is gone. */
    public void changed(long nowNanos) {
        changed = true;
        changedAt = nowNanos;
    }

    /** True when a press at {@code nowNanos} is a tap on what the patient sees, false while it settles. */
    public boolean acceptsPressAt(long nowNanos) {
        return !changed || nowNanos - changedAt >= quietNanos;
    }
}
