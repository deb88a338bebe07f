package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.physiokiosk.kiosk.WindowWatch.Action;
import org.physiokiosk.kiosk.WindowWatch.Native;

class WindowWatchTest {

    private static final long SECOND = 1_000_000_000L;
    private final WindowWatch watch = new WindowWatch();

    @Test
    void aShowingWindowNeedsNothing() {
        assertThat(watch.check(true, Native.MAPPED, 0)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.UNKNOWN, 2 * SECOND)).isEqualTo(Action.NONE);
    }

    @Test
    void aStageHiddenWithoutThePinIsShownAgainAtOnce() {
        assertThat(watch.check(false, Native.UNKNOWN, 0)).isEqualTo(Action.RESHOW);
    }

    @Test
    void aDestroyedNativeWindowIsShownAgainOnTheSecondReadingInARow() {
        assertThat(watch.check(true, Native.MAPPED, 0)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.GONE, 2 * SECOND)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.GONE, 4 * SECOND)).isEqualTo(Action.RESHOW);
    }

    @Test
    void anXServerThatNeverFoundTheWindowIsNotBelieved() {
        for (int i = 0; i < 20; i++) {
            assertThat(watch.check(true, Native.GONE, i * 2 * SECOND))
                    .as("reading %d", i)
                    .isEqualTo(Action.NONE);
        }
    }

    @Test
    void aWindowUnmappedForAMomentIsLeftAlone() {
        assertThat(watch.check(true, Native.GONE, 0)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.MAPPED, 2 * SECOND)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.GONE, 4 * SECOND)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.UNKNOWN, 6 * SECOND)).isEqualTo(Action.NONE);
        assertThat(watch.check(true, Native.GONE, 8 * SECOND)).isEqualTo(Action.NONE);
    }

    @Test
    void afterAnAuthorisedQuitAHiddenOrDestroyedWindowIsWanted() {
        watch.authoriseQuit();
        assertThat(watch.check(false, Native.GONE, 0)).isEqualTo(Action.NONE);
        assertThat(watch.check(false, Native.GONE, 2 * SECOND)).isEqualTo(Action.NONE);
        assertThat(watch.quitAuthorised()).isTrue();
    }

    @Test
    void reshowsThatDoNotHoldEndInAnExitForTheSessionToRestart() {
        for (int i = 0; i < WindowWatch.MAX_RESHOWS; i++) {
            assertThat(watch.check(false, Native.UNKNOWN, i * SECOND)).isEqualTo(Action.RESHOW);
        }
        assertThat(watch.check(false, Native.UNKNOWN, 10 * SECOND)).isEqualTo(Action.EXIT);
    }

    @Test
    void reshowsFarApartNeverAddUpToAnExit() {
        long minute = WindowWatch.RESHOW_SPAN.toNanos();
        for (int i = 0; i < 10; i++) {
            assertThat(watch.check(false, Native.UNKNOWN, i * minute)).isEqualTo(Action.RESHOW);
            assertThat(watch.check(true, Native.MAPPED, i * minute + SECOND)).isEqualTo(Action.NONE);
        }
    }
}
