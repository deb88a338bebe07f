package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.describe;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/**
 * Pause, next, previous and stop. Timeline of liftAndLower at 2 reps, 2 sets, 10 s rest: get ready 0–3,
 * setup 3–5, lift 5–7, hold 7–12, lower 12–15, lift 15–17, hold 17–22, lower 22–25, rest 25–35, lift 35–37 ...
 */
class PlayerCommandsTest {

    private static final long T0 = 77 * S;
    private final PlayerSession session =
            new PlayerSession(List.of(planned(liftAndLower(dose(2, 2, 5, 10, Side.NONE)))));

    private PlayerState at(long seconds) {
        session.tick(T0 + seconds);
        return session.state();
    }

    @Test
    void pauseInsideAHoldFreezesTheRemainingTimeForAnyLength() {
        session.start(T0);
        session.pause(T0 + 9_300_000_000L);
        PlayerState paused = session.state();
        assertThat(paused.phase()).isEqualTo(Phase.HOLD);
        assertThat(paused.remainingNanos()).isEqualTo(2_700_000_000L);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.running()).isFalse();
        for (long later : new long[] {S, 60 * S, 3600 * S}) {
            PlayerState still = at(9_300_000_000L + later);
            assertThat(still.remainingNanos()).isEqualTo(2_700_000_000L);
            assertThat(still.secondsLeft()).isEqualTo(3);
            assertThat(still.motionElapsedNanos()).isEqualTo(paused.motionElapsedNanos());
            assertThat(still.phaseEndings()).isEqualTo(paused.phaseEndings());
        }
        long resumedAt = 9_300_000_000L + 3600 * S;
        session.resume(T0 + resumedAt);
        assertThat(session.state().paused()).isFalse();
        assertThat(at(resumedAt + 2_700_000_000L - 1).phase()).isEqualTo(Phase.HOLD);
        assertThat(at(resumedAt + 2_700_000_000L).phase())
                .as("the hold ends exactly its remaining time after resume")
                .isEqualTo(Phase.MOVE);
    }

    @Test
    void pauseTwiceAndResumeTwiceAreHarmless() {
        session.start(T0);
        session.pause(T0 + 8 * S);
        session.pause(T0 + 20 * S);
        session.resume(T0 + 30 * S);
        session.resume(T0 + 32 * S); // a second resume must not shift time again
        assertThat(at(33 * S).phase()).isEqualTo(Phase.HOLD);
        assertThat(session.state().phaseElapsedNanos())
                .as("1 s before the pause at 8 s, 3 s after 30 s")
                .isEqualTo(4 * S);
    }

    @Test
    void nextDuringAHoldEndsTheHold() {
        session.start(T0);
        session.next(T0 + 9 * S);
        PlayerState state = session.state();
        assertThat(describe(state)).isEqualTo("MOVE step2 rep1 set1 NONE");
        assertThat(state.phaseElapsedNanos()).isZero();
        assertThat(state.motionElapsedNanos()).isZero();
        assertThat(state.phaseEndings())
                .as("a skip is not a phase running out: no cue")
                .isEqualTo(3);
    }

    @Test
    void nextDuringAMovementSkipsItsHoldToo() {
        session.start(T0);
        session.next(T0 + 6 * S);
        assertThat(describe(session.state())).isEqualTo("MOVE step2 rep1 set1 NONE");
    }

    @Test
    void nextDuringRestStartsTheNextSet() {
        session.start(T0);
        assertThat(at(26 * S).phase()).isEqualTo(Phase.REST);
        session.next(T0 + 26 * S);
        assertThat(describe(session.state())).isEqualTo("MOVE step1 rep1 set2 NONE");
        assertThat(at(28 * S).phase()).as("2 s lift from 26 s").isEqualTo(Phase.HOLD);
    }

    @Test
    void nextWhilePausedStaysPausedAtTheStartOfTheNextUnit() {
        session.start(T0);
        session.pause(T0 + S);
        session.next(T0 + 5 * S);
        assertThat(at(50 * S).phaseElapsedNanos()).isZero();
        assertThat(session.state().paused()).isTrue();
        assertThat(describe(session.state())).isEqualTo("MOVE step0 set1 NONE");
        session.resume(T0 + 60 * S);
        assertThat(at(62 * S).phase()).isEqualTo(Phase.MOVE);
        assertThat(session.state().stepIndex()).isEqualTo(1);
    }

    @Test
    void nextOnTheLastStepCompletes() {
        session.start(T0);
        for (int i = 0; i < 100 && session.state().phase() != Phase.DONE; i++) {
            session.next(T0 + i);
        }
        assertThat(session.state().completed()).isTrue();
        session.next(T0 + 200);
        assertThat(session.state().completed()).isTrue();
    }

    @Test
    void previousBeforeTheFirstStepStays() {
        session.start(T0);
        session.previous(T0 + 2 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.GET_READY);
        assertThat(session.state().secondsLeft())
                .as("the countdown starts over")
                .isEqualTo(3);
    }

    @Test
    void previousAtTheFirstStepRestartsItInsteadOfGoingBackToTheCountdown() {
        session.start(T0);
        session.previous(T0 + 3 * S + 500_000_000L);
        assertThat(describe(session.state())).isEqualTo("MOVE step0 set1 NONE");
        assertThat(session.state().phaseElapsedNanos()).isZero();
    }

    @Test
    void previousLateInAHoldRestartsTheStepFromItsMovement() {
        session.start(T0);
        session.previous(T0 + 10 * S);
        PlayerState state = session.state();
        assertThat(describe(state)).isEqualTo("MOVE step1 rep1 set1 NONE");
        assertThat(state.motionElapsedNanos()).isZero();
        assertThat(at(12 * S).phase()).isEqualTo(Phase.HOLD);
        assertThat(session.state().secondsLeft()).as("the whole hold again").isEqualTo(5);
    }

    @Test
    void previousEarlyInAStepGoesBackOneStep() {
        session.start(T0);
        session.previous(T0 + 13 * S); // 1 s into "lower"
        assertThat(describe(session.state())).isEqualTo("MOVE step1 rep1 set1 NONE");
        session.previous(T0 + 13 * S + 1); // again at once: one more back
        assertThat(describe(session.state())).isEqualTo("MOVE step0 set1 NONE");
    }

    @Test
    void previousGoesBackOnlyWithinTwoSecondsOfAStepsStart() {
        session.start(T0);
        session.previous(T0 + 12 * S + PlayerSession.PREVIOUS_GRACE_NANOS - 1); // "lower" began at 12 s
        assertThat(describe(session.state())).isEqualTo("MOVE step1 rep1 set1 NONE");

        PlayerSession other = new PlayerSession(List.of(planned(liftAndLower(dose(2, 2, 5, 10, Side.NONE)))));
        other.start(T0);
        other.previous(T0 + 12 * S + PlayerSession.PREVIOUS_GRACE_NANOS);
        assertThat(describe(other.state()))
                .as("at exactly two seconds it restarts the step")
                .isEqualTo("MOVE step2 rep1 set1 NONE");
        assertThat(other.state().phaseElapsedNanos()).isZero();
    }

    @Test
    void previousEarlyInTheNextSetGoesBackToTheRest() {
        session.start(T0);
        session.previous(T0 + 36 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.REST);
        assertThat(session.state().secondsLeft()).isEqualTo(10);
    }

    @Test
    void stopEndsAtOnceAndIsNotCompleted() {
        session.start(T0);
        session.pause(T0 + 9 * S);
        session.stop();
        PlayerState state = session.state();
        assertThat(state.phase()).isEqualTo(Phase.DONE);
        assertThat(state.stopped()).isTrue();
        assertThat(state.completed()).isFalse();
        assertThat(state.paused()).isFalse();
        assertThat(state.running()).isFalse();
        session.next(T0 + 10 * S);
        session.previous(T0 + 11 * S);
        session.resume(T0 + 12 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.DONE);
        assertThat(session.state().stopped()).isTrue();
    }

    @Test
    void stopAfterCompletingKeepsItCompleted() {
        session.start(T0);
        at(1000 * S);
        session.stop();
        assertThat(session.state().completed()).isTrue();
    }
}
