package org.physiokiosk.testing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The kiosk's tap-guard clock for screen walks. A walk taps as a patient who waits for each screen: every look
 * at this clock is a second later than the one before, so no tap of a walk falls in the moment after a change
 * in which the kiosk ignores presses. A test of that moment holds the clock still and moves it by hand.
 */
public final class TapClock implements LongSupplier {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong();
    private volatile long stepPerLook = SECOND;

    @Override
    public long getAsLong() {
        return nanos.addAndGet(stepPerLook);
    }

    /** From now on the clock moves only by {@link #advanceMillis}. */
    public void holdStill() {
        stepPerLook = 0;
    }

    public void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }
}
