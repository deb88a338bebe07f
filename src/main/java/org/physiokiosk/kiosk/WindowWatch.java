package org.physiokiosk.kiosk;

import java.time.Duration;

/**
 * Decides what the kiosk does when its window stops showing without a PIN-authorised quit: show it again,
 * or, when showing it again has not held, exit so the session's restart loop starts a fresh kiosk. Pure: the
 * caller pushes in what it saw and the monotonic time (nanoseconds).
 *
 * <p>The X server's answer is only believed once it has found the window mapped, and then on two readings in a row: a window manager unmaps a window for a
 * moment (minimise, which the lock-down takes back at once), and right after a re-show the new window may
 * not be mapped yet.
 */
public final class WindowWatch {

    /** Re-shows within this span count together; more than {@link #MAX_RESHOWS} of them and the kiosk exits. */
    public static final Duration RESHOW_SPAN = Duration.ofMinutes(1);

    public static final int MAX_RESHOWS = 3;

    /** What the X server says about the kiosk's own windows. */
    public enum Native {
        /** At least one of the process's windows is mapped. */
        MAPPED,
        /** None is: the window was destroyed (or unmapped) from outside. */
        GONE,
        /** Cannot be told (no X display, Wayland, the connection failed): only the stage is watched. */
        UNKNOWN
    }

    public enum Action {
        NONE,
        /** Hide and show the stage again: JavaFX then makes a new native window. */
        RESHOW,
        /** Re-showing has not helped: exit non-zero, the session starts the kiosk again. */
        EXIT
    }

    private final long spanNanos = RESHOW_SPAN.toNanos();
    private final long[] reshows = new long[MAX_RESHOWS];
    private int reshowCount;
    private boolean quitAuthorised;
    private boolean goneBefore;
    private boolean seenMapped;

    /** The PIN-guarded quit: from now on a hidden window is what was asked for. */
    public void authoriseQuit() {
        quitAuthorised = true;
    }

    public boolean quitAuthorised() {
        return quitAuthorised;
    }

    /**
     * @param stageShowing what JavaFX says (false after a hide without the PIN)
     * @param nativeWindow what the X server says
     */
    public Action check(boolean stageShowing, Native nativeWindow, long nowNanos) {
        if (quitAuthorised) {
            return Action.NONE;
        }
        // Only an X server that has once shown us our window is believed when it says the window is gone: one
        // that never finds it (a window without _NET_WM_PID, a nested server) would otherwise make the kiosk
        // flash and restart forever.
        seenMapped |= nativeWindow == Native.MAPPED;
        boolean gone = nativeWindow == Native.GONE && seenMapped;
        boolean confirmedGone = gone && goneBefore;
        goneBefore = gone && !confirmedGone;
        if (stageShowing && !confirmedGone) {
            return Action.NONE;
        }
        if (recentReshows(nowNanos) >= MAX_RESHOWS) {
            return Action.EXIT;
        }
        reshows[reshowCount++ % MAX_RESHOWS] = nowNanos;
        return Action.RESHOW;
    }

    private int recentReshows(long nowNanos) {
        int recent = 0;
        for (int i = 0; i < Math.min(reshowCount, MAX_RESHOWS); i++) {
            if (nowNanos - reshows[i] < spanNanos) {
                recent++;
            }
        }
        return recent;
    }
}
