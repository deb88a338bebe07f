package org.physiokiosk.kiosk;

/**
 * Decides whether a press counts, given when the window last changed under the finger. Two kinds of press land
 * on content they were not aimed at (decisions 0028 and 0047):
 *
 * <ul>
 *   <li>a press made before the new content was on the screen at all: on a slow machine the first tap's screen
 *       is made and laid out while the patient, seeing nothing happen, taps again; that press waits in the
 *       queue and reaches the new screen before anyone saw it. So after a change no press counts until the
 *       caller says the new content is {@link #shown};
 *   <li>the second press of a double tap, a tremor or a leaning hand, a few hundred milliseconds after the
 *       first: presses in the first {@link #QUIET_NANOS} after the content was shown do not count either.
 * </ul>
 *
 * Pure: the caller pushes in the monotonic time at which it handles each step.
 */
public final class SettlingTime {

    /**
     * How long after the new content is shown presses are ignored: longer than a double tap (Android's double-tap
     * timeout is 300 ms) and shorter than anyone needs to see a new screen and aim at something on it (0028).
     */
    public static final long QUIET_NANOS = 400_000_000L;

    /**
     * A window that stops painting must not leave the kiosk deaf: when the new content was never said to be
     * shown, presses count again this long after the change. Far longer than a slow machine takes to lay out a
     * screen; a press queued behind that work is handled right after it, long before this (decision 0047).
     */
    public static final long NEVER_SHOWN_NANOS = 10_000_000_000L;

    private final long quietNanos;
    private long changes;
    private long shownChange;
    private long changedAt;
    private long shownAt;

    public SettlingTime() {
        this(QUIET_NANOS);
    }

    public SettlingTime(long quietNanos) {
        if (quietNanos < 0) {
            throw new IllegalArgumentException("the quiet time cannot be negative");
        }
        this.quietNanos = quietNanos;
    }

    /**
     * The window's content changed at {@code nowNanos}: what was under the finger is gone, and presses wait
     * until the new content is shown. Returns the change's number, for {@link #shown}.
     */
    public long changed(long nowNanos) {
        changes++;
        changedAt = nowNanos;
        return changes;
    }

    /**
     * The content of change {@code change} is on the screen at {@code nowNanos}, and every press made before it
     * was handled; the quiet time runs from here. A later change makes this one's word stale: it is ignored.
     */
    public void shown(long change, long nowNanos) {
        if (change == changes && shownChange != changes) {
            shownChange = change;
            shownAt = nowNanos;
        }
    }

    /** The number of the latest change, 0 before any. */
    public long latestChange() {
        return changes;
    }

    /** True when a press at {@code nowNanos} is a tap on what the patient sees, false while it settles. */
    public boolean acceptsPressAt(long nowNanos) {
        if (changes == 0) {
            return true;
        }
        if (shownChange != changes) {
            return nowNanos - changedAt >= NEVER_SHOWN_NANOS;
        }
        return nowNanos - shownAt >= quietNanos;
    }
}
