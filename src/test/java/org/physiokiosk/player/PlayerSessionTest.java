package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.changes;
import static org.physiokiosk.player.Plans.describe;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;
import static org.physiokiosk.player.Plans.setup;
import static org.physiokiosk.player.Plans.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

/** The order and timing of phases for one exercise, with time pushed in. */
class PlayerSessionTest {

    private static final long T0 = 1_000 * S; // an arbitrary monotonic clock origin, not zero

    private static PlayerSession started(PlannedExercise... plan) {
        PlayerSession session = new PlayerSession(List.of(plan));
        session.start(T0);
        return session;
    }

    @Test
    void playsGetReadySetupThenEachRepsStepsWithTheirHolds() {
        PlayerSession session = started(planned(liftAndLower(dose(2, 1, 5, 0, Side.NONE))));
        List<String> phases = changes(session, T0, T0 + 30 * S, S / 10).stream()
                .map(Plans::describe)
                .toList();
        assertThat(phases)
                .containsExactly(
                        "GET_READY set1 NONE",
                        "MOVE step0 set1 NONE",
                        "MOVE step1 rep1 set1 NONE",
                        "HOLD step1 rep1 set1 NONE",
                        "MOVE step2 rep1 set1 NONE",
                        "MOVE step1 rep2 set1 NONE",
                        "HOLD step1 rep2 set1 NONE",
                        "MOVE step2 rep2 set1 NONE",
                        "DONE set1 NONE");
        assertThat(session.totalNanos()).isEqualTo(25 * S);
    }

    @Test
    void phasesEndAtExactSumsOfTheirLengths() {
        PlayerSession session = started(planned(liftAndLower(dose(2, 1, 5, 0, Side.NONE))));
        long[] ends = {3, 5, 7, 12, 15, 17, 22, 25};
        for (int i = 0; i < ends.length; i++) {
            session.tick(T0 + ends[i] * S - 1);
            assertThat(session.state().phaseEndings())
                    .as("just before %d s", ends[i])
                    .isEqualTo(i);
            assertThat(session.state().remainingNanos()).isEqualTo(1);
            assertThat(session.state().secondsLeft()).isEqualTo(1);
            session.tick(T0 + ends[i] * S);
            assertThat(session.state().phaseEndings()).as("at %d s", ends[i]).isEqualTo(i + 1);
        }
        assertThat(session.state().completed()).isTrue();
    }

    @Test
    void getReadyCountsThreeTwoOne() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        int[] shown = new int[31];
        for (int tenth = 0; tenth <= 30; tenth++) {
            session.tick(T0 + tenth * S / 10);
            shown[tenth] =
                    session.state().phase() == Phase.GET_READY ? session.state().secondsLeft() : -1;
        }
        assertThat(shown[0]).isEqualTo(3);
        assertThat(shown[9]).isEqualTo(3);
        assertThat(shown[10]).isEqualTo(2);
        assertThat(shown[19]).isEqualTo(2);
        assertThat(shown[20]).isEqualTo(1);
        assertThat(shown[29]).isEqualTo(1);
        assertThat(shown[30])
                .as("the countdown never shows 0: at 3 s the movement starts")
                .isEqualTo(-1);
    }

    @Test
    void aFiveSecondHoldShowsFiveFourThreeTwoOne() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        session.tick(T0 + 7 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.HOLD);
        StringBuilder shown = new StringBuilder();
        for (long ms = 0; ms < 5000; ms += 250) {
            session.tick(T0 + 7 * S + ms * 1_000_000);
            int left = session.state().secondsLeft();
            if (shown.isEmpty() || shown.charAt(shown.length() - 1) != (char) ('0' + left)) {
                shown.append(left);
            }
        }
        assertThat(shown).hasToString("54321");
    }

    @Test
    void aStepWithoutHoldGoesStraightToTheNextMovement() {
        PlayerSession session =
                started(planned(exercise("x", dose(2, 1, 0, 0, Side.NONE), step("a", 2, 0), step("b", 2, 0))));
        List<String> phases = changes(session, T0, T0 + 20 * S, S / 4).stream()
                .map(Plans::describe)
                .toList();
        assertThat(phases)
                .noneMatch(p -> p.startsWith("HOLD"))
                .containsExactly(
                        "GET_READY set1 NONE",
                        "MOVE step0 rep1 set1 NONE",
                        "MOVE step1 rep1 set1 NONE",
                        "MOVE step0 rep2 set1 NONE",
                        "MOVE step1 rep2 set1 NONE",
                        "DONE set1 NONE");
    }

    @Test
    void rangesPlayTheirLowerEnd() {
        PlayerSession session =
                started(planned(liftAndLower(dose(new IntRange(5, 10), 1, new IntRange(5, 10), 0, Side.NONE))));
        List<PlayerState> seen = changes(session, T0, T0 + 200 * S, S / 10);
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.HOLD)
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.phaseNanos()).isEqualTo(5 * S))
                .allSatisfy(s -> assertThat(s.reps()).isEqualTo(5));
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.HOLD)
                .extracting(PlayerState::rep)
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theDosesHoldReplacesTheStepsHoldAndNoHoldMeansNone() {
        PlayerSession longer = started(planned(liftAndLower(dose(1, 1, 12, 0, Side.NONE))));
        longer.tick(T0 + 7 * S);
        assertThat(longer.state().phase()).isEqualTo(Phase.HOLD);
        assertThat(longer.state().phaseNanos()).isEqualTo(12 * S);

        PlayerSession none = started(planned(liftAndLower(dose(1, 1, 0, 0, Side.NONE))));
        assertThat(changes(none, T0, T0 + 20 * S, S / 10)).noneMatch(s -> s.phase() == Phase.HOLD);
    }

    @Test
    void setupStepsPlayOnceForAnExerciseOfSeveralSets() {
        PlayerSession session = started(planned(liftAndLower(dose(2, 3, 5, 10, Side.NONE))));
        List<PlayerState> seen = changes(session, T0, T0 + 300 * S, S / 10);
        assertThat(seen).filteredOn(s -> s.stepIndex() == 0).hasSize(1);
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.REST)
                .extracting(PlayerState::set)
                .containsExactly(1, 2);
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.REST)
                .allSatisfy(s -> assertThat(s.phaseNanos()).isEqualTo(10 * S))
                .allSatisfy(s -> assertThat(s.rep()).isZero());
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.HOLD)
                .extracting(PlayerState::set)
                .containsExactly(1, 1, 2, 2, 3, 3);
    }

    @Test
    void noRestWhenTheDoseHasNone() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 2, 5, 0, Side.NONE))));
        assertThat(changes(session, T0, T0 + 100 * S, S / 10)).noneMatch(s -> s.phase() == Phase.REST);
    }

    @Test
    void eachSideDoesAllRepsOnOneSideThenSwitchesAndSetsUpAgain() {
        // No side word in the pose ids: a side view, whose near (drawn) side is the right.
        PlayerSession session = started(planned(liftAndLower(dose(2, 1, 5, 0, Side.EACH))));
        List<String> phases = changes(session, T0, T0 + 100 * S, S / 10).stream()
                .map(Plans::describe)
                .toList();
        assertThat(phases)
                .containsExactly(
                        "GET_READY set1 RIGHT",
                        "MOVE step0 set1 RIGHT",
                        "MOVE step1 rep1 set1 RIGHT",
                        "HOLD step1 rep1 set1 RIGHT",
                        "MOVE step2 rep1 set1 RIGHT",
                        "MOVE step1 rep2 set1 RIGHT",
                        "HOLD step1 rep2 set1 RIGHT",
                        "MOVE step2 rep2 set1 RIGHT",
                        "SWITCH_SIDE set1 LEFT mirrored",
                        "MOVE step0 set1 LEFT mirrored",
                        "MOVE step1 rep1 set1 LEFT mirrored",
                        "HOLD step1 rep1 set1 LEFT mirrored",
                        "MOVE step2 rep1 set1 LEFT mirrored",
                        "MOVE step1 rep2 set1 LEFT mirrored",
                        "HOLD step1 rep2 set1 LEFT mirrored",
                        "MOVE step2 rep2 set1 LEFT mirrored",
                        "DONE set1 LEFT mirrored");
    }

    @Test
    void eachSideWithSeveralSetsSaysEveryChangeOfSideAndGivesItsStartPositionAgain() {
        for (int rest : new int[] {0, 10}) {
            PlayerSession session = started(planned(liftAndLower(dose(1, 3, 5, rest, Side.EACH))));
            List<PlayerState> seen = changes(session, T0, T0 + 300 * S, S / 10);
            assertThat(seen.get(seen.size() - 1).completed()).isTrue();
            List<PlayerState> working = seen.stream()
                    .filter(s -> s.phase() == Phase.MOVE || s.phase() == Phase.HOLD)
                    .toList();
            for (int i = 1; i < working.size(); i++) {
                PlayerState before = working.get(i - 1), after = working.get(i);
                if (before.side() != after.side()) {
                    int at = seen.indexOf(after);
                    assertThat(seen.get(at - 1).phase())
                            .as(
                                    "rest %d s: from %s to %s the patient is told the side changes",
                                    rest, describe(before), describe(after))
                            .isEqualTo(Phase.SWITCH_SIDE);
                    assertThat(after.stepIndex())
                            .as("rest %d s: the new side starts with its setup step (%s)", rest, describe(after))
                            .isZero();
                }
            }
            assertThat(seen).filteredOn(s -> s.phase() == Phase.SWITCH_SIDE).hasSize(5);
        }
    }

    @Test
    void alternateSwitchesSideEveryRepWithoutAPause() {
        PlayerSession session = started(planned(exercise(
                "alt",
                dose(2, 1, 3, 0, Side.ALTERNATE),
                setup("top", 2),
                step("knees-left-top", 3, 3),
                step("top", 3, 0))));
        List<PlayerState> seen = changes(session, T0, T0 + 100 * S, S / 10);
        assertThat(seen).noneMatch(s -> s.phase() == Phase.SWITCH_SIDE);
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.HOLD)
                .extracting(Plans::describe)
                .containsExactly(
                        "HOLD step1 rep1 set1 LEFT", "HOLD step1 rep1 set1 RIGHT mirrored",
                        "HOLD step1 rep2 set1 LEFT", "HOLD step1 rep2 set1 RIGHT mirrored");
        assertThat(seen).as("setup once").filteredOn(s -> s.stepIndex() == 0).hasSize(1);
    }

    @Test
    void aStepMarkedMirrorIsDrawnTheOtherWayOnEverySide() {
        PlayerSession session =
                started(planned(exercise("m", dose(1, 1, 0, 0, Side.EACH), step("a", 2, 0), Plans.mirrored("b", 2))));
        List<String> moves = changes(session, T0, T0 + 30 * S, S / 10).stream()
                .filter(s -> s.phase() == Phase.MOVE)
                .map(Plans::describe)
                .toList();
        assertThat(moves)
                .containsExactly(
                        "MOVE step0 rep1 set1 RIGHT",
                        "MOVE step1 rep1 set1 RIGHT mirrored",
                        "MOVE step0 rep1 set1 LEFT mirrored",
                        "MOVE step1 rep1 set1 LEFT");
    }

    @Test
    void theLastRepOfTheLastSideEndsInDoneCompleted() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.EACH))));
        long total = session.totalNanos();
        assertThat(total).as("3 + (2+2+5+3) + 5 + (2+2+5+3)").isEqualTo(32 * S);
        session.tick(T0 + total - 1);
        PlayerState last = session.state();
        assertThat(describe(last)).isEqualTo("MOVE step2 rep1 set1 LEFT mirrored");
        assertThat(last.secondsLeft()).isEqualTo(1);
        session.tick(T0 + total);
        assertThat(session.state().phase()).isEqualTo(Phase.DONE);
        assertThat(session.state().completed()).isTrue();
        assertThat(session.state().stopped()).isFalse();
        assertThat(session.state().running()).isFalse();
        assertThat(session.state().phaseEndings()).isEqualTo(last.phaseEndings() + 1);
    }

    @Test
    void aLateTickCarriesItsOvershootIntoTheNextPhases() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        session.tick(T0 + 8 * S); // one stalled frame across get-ready, setup and lift
        assertThat(session.state().phase()).isEqualTo(Phase.HOLD);
        assertThat(session.state().phaseElapsedNanos()).isEqualTo(S);
        assertThat(session.state().phaseEndings()).isEqualTo(3);
    }

    @Test
    void timeNeverRunsBackwards() {
        PlayerSession session = started(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE))));
        session.tick(T0 + 2 * S);
        session.tick(T0 + S);
        assertThat(session.state().phaseElapsedNanos()).isEqualTo(2 * S);
    }

    @Test
    void beforeStartNothingRuns() {
        PlayerSession session = new PlayerSession(List.of(planned(liftAndLower(dose(1, 1, 5, 0, Side.NONE)))));
        session.tick(T0 + 10 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.GET_READY);
        assertThat(session.state().secondsLeft()).isEqualTo(3);
    }

    @Test
    void countdownsEndingAreCountedApartFromMovements() {
        PlayerSession session = started(planned(liftAndLower(dose(2, 1, 5, 0, Side.NONE))));
        session.tick(T0 + 3 * S);
        assertThat(session.state().countdownEndings()).as("get ready ended").isEqualTo(1);
        session.tick(T0 + 7 * S);
        assertThat(session.state().countdownEndings())
                .as("setup and lift are movements")
                .isEqualTo(1);
        assertThat(session.state().phaseEndings()).isEqualTo(3);
        session.tick(T0 + 12 * S);
        assertThat(session.state().countdownEndings()).as("the hold ended").isEqualTo(2);
        session.tick(T0 + 25 * S);
        assertThat(session.state().countdownEndings()).isEqualTo(3);
        assertThat(session.state().phaseEndings()).isEqualTo(8);
    }
}
