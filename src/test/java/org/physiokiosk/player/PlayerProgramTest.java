package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.changes;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;
import static org.physiokiosk.player.Plans.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/** Programs of one and two exercises, and a long session checked against time worked out by hand. */
class PlayerProgramTest {

    private static final long T0 = 5 * S;
    private static final long FRAME = 1_000_000_000L / 60;

    private final PlannedExercise a = planned(liftAndLower(dose(10, 3, 10, 30, Side.EACH)));
    private final PlannedExercise b =
            planned(exercise("b", dose(5, 1, 0, 0, Side.NONE), step("up", 2, 0), step("down", 2, 0)));

    @Test
    void aProgramOfOneHasNoPreviewAndNothingNext() {
        PlayerSession session = new PlayerSession(List.of(b));
        session.start(T0);
        List<PlayerState> seen = changes(session, T0, T0 + 60 * S, S / 10);
        assertThat(seen).noneMatch(s -> s.phase() == Phase.NEXT_EXERCISE);
        assertThat(seen)
                .allSatisfy(s -> assertThat(s.nextExercise()).isEmpty())
                .allSatisfy(s -> assertThat(s.exerciseCount()).isEqualTo(1));
        assertThat(seen.get(seen.size() - 1).completed()).isTrue();
    }

    @Test
    void aProgramOfTwoPreviewsTheSecondBetweenThem() {
        PlayerSession session = new PlayerSession(List.of(b, b));
        session.start(T0);
        List<PlayerState> seen = changes(session, T0, T0 + 100 * S, S / 10);
        List<String> outline = seen.stream()
                .filter(s -> s.phase() != Phase.MOVE)
                .map(s ->
                        s.phase() + " " + s.exerciseIndex() + (s.nextExercise().isPresent() ? " then more" : ""))
                .toList();
        assertThat(outline).containsExactly("GET_READY 0 then more", "NEXT_EXERCISE 1", "GET_READY 1", "DONE 1");
        assertThat(seen)
                .filteredOn(s -> s.phase() == Phase.NEXT_EXERCISE)
                .singleElement()
                .satisfies(s -> assertThat(s.phaseNanos()).isEqualTo(Script.NEXT_EXERCISE_SECONDS * S));
        assertThat(session.totalNanos()).isEqualTo((3 + 20 + 5 + 3 + 20) * S);
    }

    @Test
    void previousInTheSecondExercisesCountdownGoesBackToTheFirstExercisesLastStep() {
        PlayerSession session = new PlayerSession(List.of(b, b));
        session.start(T0);
        session.tick(T0 + 24 * S); // 1 s into the preview
        assertThat(session.state().phase()).isEqualTo(Phase.NEXT_EXERCISE);
        session.previous(T0 + 24 * S);
        assertThat(session.state().exerciseIndex()).isZero();
        assertThat(session.state().stepIndex()).isEqualTo(1);
        assertThat(session.state().rep()).isEqualTo(5);
    }

    /** The phases of the program [a, b] and their lengths in seconds, written out from the rules by hand. */
    private static List<long[]> expectedPhases() {
        List<long[]> phases = new ArrayList<>();
        phases.add(new long[] {Phase.GET_READY.ordinal(), 3});
        for (int set = 1; set <= 3; set++) {
            for (int side = 0; side < 2; side++) {
                if (side == 1 || set > 1) { // a later set begins on the side the one before did not end on
                    phases.add(new long[] {Phase.SWITCH_SIDE.ordinal(), 5});
                }
                phases.add(new long[] {Phase.MOVE.ordinal(), 2}); // each side's setup
                for (int rep = 0; rep < 10; rep++) {
                    phases.add(new long[] {Phase.MOVE.ordinal(), 2});
                    phases.add(new long[] {Phase.HOLD.ordinal(), 10});
                    phases.add(new long[] {Phase.MOVE.ordinal(), 3});
                }
            }
            if (set < 3) {
                phases.add(new long[] {Phase.REST.ordinal(), 30});
            }
        }
        phases.add(new long[] {Phase.NEXT_EXERCISE.ordinal(), 5});
        phases.add(new long[] {Phase.GET_READY.ordinal(), 3});
        for (int i = 0; i < 10; i++) {
            phases.add(new long[] {Phase.MOVE.ordinal(), 2});
        }
        return phases;
    }

    @Test
    void aLongSessionShowsTheTrueWholeSecondsWithinOneFrame() {
        List<long[]> phases = expectedPhases();
        long[] ends = new long[phases.size()];
        long sum = 0;
        for (int i = 0; i < ends.length; i++) {
            sum += phases.get(i)[1] * S;
            ends[i] = sum;
        }
        assertThat(sum).as("more than ten minutes").isGreaterThan(600 * S);

        PlayerSession session = new PlayerSession(List.of(a, b));
        session.start(T0);
        Random jitter = new Random(7);
        long t = T0;
        long pausedTotal = 0;
        int ticks = 0;
        boolean pausedOnce = false;
        while (session.state().phase() != Phase.DONE) {
            // 60 Hz with jitter, and now and then a stalled frame (a garbage collection)
            t += ticks % 997 == 0 ? 250_000_000L : FRAME - 3_000_000 + jitter.nextInt(6_000_000);
            ticks++;
            session.tick(t);
            PlayerState state = session.state();
            if (!pausedOnce && state.phase() == Phase.HOLD && t - T0 > 400 * S) {
                pausedOnce = true;
                session.pause(t);
                PlayerState before = session.state();
                long pause = 47 * S + 123_456;
                session.tick(t + pause / 2);
                assertThat(session.state().remainingNanos()).isEqualTo(before.remainingNanos());
                session.resume(t + pause);
                t += pause;
                pausedTotal += pause;
                continue;
            }
            long active = t - T0 - pausedTotal;
            int expectedIndex = 0;
            while (expectedIndex < ends.length && ends[expectedIndex] <= active) {
                expectedIndex++;
            }
            assertThat(state.phaseEndings()).as("phase index at %d ns", active).isEqualTo(expectedIndex);
            if (expectedIndex == ends.length) {
                assertThat(state.completed()).isTrue();
                break;
            }
            assertThat(state.phase().ordinal()).isEqualTo((int) phases.get(expectedIndex)[0]);
            long trueRemaining = ends[expectedIndex] - active;
            assertThat(state.remainingNanos()).isEqualTo(trueRemaining);
            // What the screen shows until the next frame is right for the whole frame, or a frame away from right.
            long shown = state.secondsLeft() * S;
            assertThat(shown)
                    .as("shown %d s, true %d ns", state.secondsLeft(), trueRemaining)
                    .isGreaterThanOrEqualTo(trueRemaining)
                    .isLessThan(trueRemaining + S + FRAME);
            assertThat(ceilSeconds(trueRemaining - FRAME)).isLessThanOrEqualTo(state.secondsLeft());
        }
        assertThat(pausedOnce).isTrue();
        assertThat(session.state().completed()).isTrue();
        assertThat(t - T0 - pausedTotal - sum)
                .as("done within one late frame of the true end")
                .isBetween(0L, 250_000_000L);
        assertThat(ticks).isGreaterThan(55_000);
    }

    private static long ceilSeconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + S - 1) / S;
    }

    @Test
    void theFigureNeverJumpsBetweenSteps() {
        PlayerSession session = new PlayerSession(List.of(a, b));
        session.start(T0);
        List<PlayerState> seen = changes(session, T0, T0 + session.totalNanos(), S / 4);
        String pose = null;
        int exercise = 0;
        for (PlayerState s : seen) {
            if (s.exerciseIndex() != exercise) {
                exercise = s.exerciseIndex();
                pose = null; // a new exercise starts in its own start position
            }
            if (s.phase() == Phase.HOLD) {
                assertThat(s.motion().toPose()).isEqualTo(pose);
                continue; // a hold goes on with its step's movement
            }
            if (pose != null && s.phase() != Phase.DONE) {
                String from = s.motion().fromPose().orElse(s.motion().toPose());
                assertThat(from)
                        .as("%s starts where the figure is", Plans.describe(s))
                        .isEqualTo(pose);
            }
            pose = s.motion().toPose();
        }
    }
}
