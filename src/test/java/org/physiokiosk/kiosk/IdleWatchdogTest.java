package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.physiokiosk.kiosk.IdleWatchdog.Change;
import org.physiokiosk.kiosk.IdleWatchdog.State;

/** The idle rules with the time pushed in: an hour of waiting room runs in a millisecond. */
class IdleWatchdogTest {

    private static final long S = 1_000_000_000L;
    private static final long T0 = 5_000 * S;

    private final IdleWatchdog watchdog = new IdleWatchdog(Duration.ofSeconds(60), Duration.ofSeconds(20), T0);

    @Test
    void asksAfterTheTimeoutWithoutATouch() {
        assertThat(watchdog.tick(T0 + 59 * S, false)).isEqualTo(Change.NONE);
        assertThat(watchdog.state()).isEqualTo(State.ACTIVE);
        assertThat(watchdog.tick(T0 + 60 * S, false)).isEqualTo(Change.ASK);
        assertThat(watchdog.state()).isEqualTo(State.ASKING);
        assertThat(watchdog.tick(T0 + 61 * S, false)).as("asks once").isEqualTo(Change.NONE);
    }

    @Test
    void aScreenThatAsksForMorePatienceWaitsThatLong() {
        Duration fiveMinutes = Duration.ofMinutes(5);
        assertThat(watchdog.tick(T0 + 60 * S, false, fiveMinutes)).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 299 * S, false, fiveMinutes)).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 300 * S, false, fiveMinutes)).isEqualTo(Change.ASK);
        assertThat(watchdog.tick(T0 + 320 * S, false, fiveMinutes)).isEqualTo(Change.RESET);
    }

    @Test
    void lessPatienceThanTheTimeoutChangesNothing() {
        assertThat(watchdog.tick(T0 + 59 * S, false, Duration.ofSeconds(10))).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 60 * S, false, Duration.ofSeconds(10))).isEqualTo(Change.ASK);
    }

    @Test
    void aTouchStartsTheWaitAgain() {
        watchdog.touch(T0 + 50 * S);
        assertThat(watchdog.tick(T0 + 100 * S, false)).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 110 * S, false)).isEqualTo(Change.ASK);
    }

    @Test
    void theCountdownRunsTwentySecondsThenResets() {
        watchdog.tick(T0 + 60 * S, false);
        assertThat(watchdog.secondsLeft(T0 + 60 * S)).isEqualTo(20);
        assertThat(watchdog.secondsLeft(T0 + 60 * S + 1)).as("rounded up").isEqualTo(20);
        assertThat(watchdog.secondsLeft(T0 + 75 * S)).isEqualTo(5);
        assertThat(watchdog.tick(T0 + 79 * S, false)).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 80 * S, false)).isEqualTo(Change.RESET);
        assertThat(watchdog.state()).isEqualTo(State.ACTIVE);
        assertThat(watchdog.secondsLeft(T0 + 80 * S)).isZero();
        assertThat(watchdog.tick(T0 + 139 * S, false))
                .as("the next patient gets the full wait")
                .isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 140 * S, false)).isEqualTo(Change.ASK);
    }

    @Test
    void continueDuringTheCountdownKeepsTheVisit() {
        watchdog.tick(T0 + 60 * S, false);
        watchdog.continueVisit(T0 + 70 * S);
        assertThat(watchdog.state()).isEqualTo(State.ACTIVE);
        assertThat(watchdog.tick(T0 + 90 * S, false))
                .as("no reset where the countdown would have ended")
                .isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 130 * S, false)).isEqualTo(Change.ASK);
    }

    @Test
    void aRunningExerciseHoldsTheClockAndTheWaitStartsWhenItStops() {
        assertThat(watchdog.tick(T0 + 600 * S, true))
                .as("ten minutes of exercise without a touch")
                .isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 659 * S, false)).isEqualTo(Change.NONE);
        assertThat(watchdog.tick(T0 + 660 * S, false)).isEqualTo(Change.ASK);
    }

    @Test
    void aLateTickDoesNotStretchTheCountdown() {
        watchdog.tick(T0 + 60 * S, false);
        assertThat(watchdog.tick(T0 + 300 * S, false))
                .as("one tick long after the end still resets")
                .isEqualTo(Change.RESET);
    }

    @Test
    void refusesAZeroTimeout() {
        assertThatThrownBy(() -> new IdleWatchdog(Duration.ZERO, Duration.ofSeconds(20), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
