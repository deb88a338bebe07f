package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.changes;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;
import static org.physiokiosk.player.Plans.step;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Breath;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.Step;

/**
 * Edges of the player that mutation testing (docs/mutation-testing.md) showed no other test pinned down:
 * first indices, the last set, setup holds, the countdown ring and the summary's repetitions.
 */
class PlayerBoundariesTest {

    private static final long T0 = 500 * S;

    private static PlayerSession started(PlannedExercise... plan) {
        PlayerSession session = new PlayerSession(List.of(plan));
        session.start(T0);
        return session;
    }

    @Test
    void theFirstStepOfAnExerciseIsShownAsAStep() {
        Step first = liftAndLower(dose(1, 1, 5, 0, Side.NONE)).steps().get(0);
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        session.tick(T0 + 3 * S);
        PlayerState state = session.state();
        assertThat(state.stepIndex()).isZero();
        assertThat(state.step())
                .as("step index 0 is a step, not 'outside a step'")
                .contains(first);
    }

    @Test
    void noRestFollowsTheLastSet() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 2, 5, 30, Side.NONE))));
        List<String> phases = changes(session, T0, T0 + 120 * S, S / 2).stream()
                .map(Plans::describe)
                .toList();
        assertThat(phases)
                .containsExactly(
                        "GET_READY set1 NONE",
                        "MOVE step0 set1 NONE",
                        "MOVE step1 rep1 set1 NONE",
                        "HOLD step1 rep1 set1 NONE",
                        "MOVE step2 rep1 set1 NONE",
                        "REST set1 NONE",
                        "MOVE step1 rep1 set2 NONE",
                        "HOLD step1 rep1 set2 NONE",
                        "MOVE step2 rep1 set2 NONE",
                        "DONE set2 NONE");
        assertThat(session.totalNanos()).isEqualTo((3 + 2 + 10 + 30 + 10) * S);
    }

    @Test
    void aSetupStepHoldsItsOwnHoldNotTheDoses() {
        Step lieDown = new Step(
                LocalizedText.of("ga liggen", "lie down"), "lying", 2, 4, Optional.of(Breath.OUT), true, false);
        PlayerSession session =
                started(planned(exercise("x", dose(1, 1, 9, 0, Side.NONE), lieDown, step("lifted", 2, 0))));
        session.tick(T0 + 5 * S);
        PlayerState state = session.state();
        assertThat(state.phase()).isEqualTo(Phase.HOLD);
        assertThat(state.stepIndex()).isZero();
        assertThat(state.phaseNanos())
                .as("the setup step's 4 s, not the dose's 9 s")
                .isEqualTo(4 * S);
    }

    @Test
    void theCountdownRingEmptiesFromFullToNothing() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        assertThat(session.state().remainingFraction()).isEqualTo(1.0);
        session.tick(T0 + S);
        assertThat(session.state().remainingFraction()).isCloseTo(2.0 / 3, within(1e-9));
        session.stop();
        assertThat(session.state().phaseNanos()).isZero();
        assertThat(session.state().remainingFraction())
                .as("done: an empty ring, not NaN")
                .isEqualTo(0.0);
    }

    @Test
    void theSummaryCountsTheRepetitionsThePlayerPlays() {
        PlannedExercise planned =
                planned(liftAndLower(dose(new IntRange(8, 12), 1, IntRange.exactly(5), 0, Side.NONE)));
        assertThat(PlayerSession.playedReps(planned)).isEqualTo(8);
        assertThat(new PlayerSession(List.of(planned)).plan()).containsExactly(planned);
    }

    @Test
    void aSideWordAtTheStartOfAPoseNameCounts() {
        assertThat(DrawnSide.of(exercise("x", dose(1, 1, 0, 0, Side.EACH), step("left-leg-raised", 2, 0))))
                .isEqualTo(PlayedSide.LEFT);
        assertThat(DrawnSide.of(exercise(
                        "x", dose(1, 1, 0, 0, Side.EACH), step("right-leg-raised", 2, 0), step("reach-left", 2, 0))))
                .as("the first step's side word decides")
                .isEqualTo(PlayedSide.RIGHT);
        assertThat(DrawnSide.of(exercise("x", dose(1, 1, 0, 0, Side.EACH), step("right-hand-to-left-knee", 2, 0))))
                .as("the side named first")
                .isEqualTo(PlayedSide.RIGHT);
    }

    @Test
    void setsWithoutRestLeaveNoEmptyRestThatWouldCueABeep() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 2, 5, 0, Side.NONE))));
        session.tick(T0 + 60 * S);
        PlayerState done = session.state();
        assertThat(done.completed()).isTrue();
        assertThat(done.phaseEndings())
                .as("get ready, setup, and 3 phases per set")
                .isEqualTo(8);
        assertThat(done.countdownEndings())
                .as("get ready and two holds, no zero-second rest")
                .isEqualTo(3);
    }
}
