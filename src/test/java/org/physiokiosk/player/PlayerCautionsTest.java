package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.planned;
import static org.physiokiosk.player.Plans.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Side;

/** A run waits at an exercise's cautions until the patient begins or skips it; Stop says where to go on (0027). */
class PlayerCautionsTest {

    private static final long T0 = 7 * S;
    private static final LocalizedText PAIN = LocalizedText.of("Maak je pijn niet erger.", "Do not make it worse.");
    private static final LocalizedText PREGNANT = LocalizedText.of("Zwanger? Niet doen.", "Pregnant? Do not.");

    /** Up 2 s, down 2 s, twice: 8 s of movement. */
    private static PlannedExercise upDown(String id, LocalizedText... cautions) {
        Exercise plain = exercise(id, dose(2, 1, 0, 0, Side.NONE), step("up", 2, 0), step("down", 2, 0));
        return planned(new Exercise(
                plain.id(),
                plain.title(),
                plain.summary(),
                plain.regions(),
                plain.category(),
                plain.startPosition(),
                plain.equipment(),
                plain.steps(),
                plain.dose(),
                List.of(cautions),
                plain.progression(),
                plain.variants(),
                plain.sources()));
    }

    private final PlannedExercise bridge = upDown("bridge", PAIN);
    private final PlannedExercise sitUp = upDown("sit-up", PREGNANT, PAIN);
    private final PlannedExercise plain = upDown("plain");

    @Test
    void theCautionEveryExerciseSharesIsReadOnceAtTheFirstAndOwnCautionsBeforeEach() {
        PlayerRun run = PlayerRun.withCautions(List.of(bridge, sitUp, upDown("oblique", PREGNANT, PAIN)), 0);
        assertThat(run.cautions()).containsExactly(List.of(PAIN), List.of(PREGNANT), List.of(PREGNANT));
        PlayerRun resumed = PlayerRun.withCautions(List.of(bridge, sitUp, bridge), 1);
        assertThat(resumed.cautions())
                .as("going on at the sit-up: the shared caution is read there, the exercises before are not played")
                .containsExactly(List.of(), List.of(PREGNANT, PAIN), List.of());
    }

    @Test
    void theGateWaitsWithoutTimeRunningAndDoesNotHoldTheIdleClock() {
        PlayerSession session = new PlayerSession(PlayerRun.withCautions(List.of(sitUp), 0));
        session.start(T0);
        session.tick(T0 + 600 * S);
        PlayerState state = session.state();
        assertThat(state.phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(state.waitingAtCautions()).isTrue();
        assertThat(state.cautions()).containsExactly(PREGNANT, PAIN);
        assertThat(state.running()).as("nothing moves: the kiosk may go idle").isFalse();

        session.next(T0 + 601 * S);
        session.previous(T0 + 602 * S);
        session.pause(T0 + 603 * S);
        assertThat(session.state().phase())
                .as("only Begin or Skip leave the gate")
                .isEqualTo(Phase.CAUTIONS);
        assertThat(session.state().paused()).isFalse();

        session.begin(T0 + 700 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.GET_READY);
        assertThat(session.state().cautions()).isEmpty();
        session.tick(T0 + 700 * S + 3 * S);
        assertThat(session.state().phase())
                .as("the countdown starts at Begin, not at the gate")
                .isEqualTo(Phase.MOVE);
        session.tick(T0 + 700 * S + 11 * S);
        assertThat(session.state().completed()).isTrue();
    }

    @Test
    void aGateTakesThePreviewsPlaceAndAnExerciseWithoutOwnCautionsKeepsTheCountdown() {
        PlannedExercise shared = upDown("shared", PAIN);
        PlayerSession session = new PlayerSession(PlayerRun.withCautions(List.of(bridge, shared, sitUp), 0));
        session.start(T0);
        assertThat(session.state().phase()).isEqualTo(Phase.CAUTIONS);
        session.begin(T0);
        session.tick(T0 + 11 * S); // get ready 3 s, 8 s of movement
        assertThat(session.state().phase()).isEqualTo(Phase.NEXT_EXERCISE);
        assertThat(session.state().exerciseIndex()).isEqualTo(1);
        session.tick(T0 + 11 * S + 5 * S + 3 * S + 8 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(session.state().exerciseIndex()).isEqualTo(2);
        assertThat(session.state().cautions()).containsExactly(PREGNANT);
    }

    @Test
    void skipAtTheGateLeavesTheExerciseOutAndTheEndIsStillWellDone() {
        PlayerSession session = new PlayerSession(PlayerRun.withCautions(List.of(bridge, sitUp), 0));
        session.start(T0);
        session.begin(T0);
        session.tick(T0 + 11 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.CAUTIONS);
        session.skipExercise(T0 + 12 * S);
        assertThat(session.state().completed()).isTrue();
        assertThat(session.skippedExercises()).containsExactly(1);
    }

    @Test
    void nextExerciseFromAStepGoesToTheNextExerciseInOneCommand() {
        PlayerSession session = new PlayerSession(PlayerRun.withCautions(List.of(plain, plain, sitUp), 0));
        session.start(T0);
        session.tick(T0 + 4 * S); // in the first step
        assertThat(session.state().phase()).isEqualTo(Phase.MOVE);
        session.pause(T0 + 5 * S);
        session.skipExercise(T0 + 6 * S);
        PlayerState state = session.state();
        assertThat(state.exerciseIndex()).isEqualTo(1);
        assertThat(state.phase()).isEqualTo(Phase.NEXT_EXERCISE);
        assertThat(state.paused()).as("a skip goes on playing").isFalse();
        session.tick(T0 + 6 * S + 2 * S);
        assertThat(session.state().phaseElapsedNanos()).isEqualTo(2 * S);
        session.skipExercise(T0 + 9 * S);
        assertThat(session.state().phase())
                .as("the next one's cautions still come")
                .isEqualTo(Phase.CAUTIONS);
        assertThat(session.skippedExercises()).containsExactly(0, 1);
    }

    @Test
    void stopSaysWhichExerciseToGoOnWithAndAResumedRunBeginsThere() {
        List<PlannedExercise> plan = List.of(plain, sitUp, plain);
        PlayerSession session = new PlayerSession(PlayerRun.withCautions(plan, 0));
        assertThat(session.stoppedAt()).isEqualTo(-1);
        session.start(T0);
        session.tick(T0 + 11 * S + 5 * S); // first exercise, then its successor's preview: at the gate
        assertThat(session.state().exerciseIndex()).isEqualTo(1);
        session.stop();
        assertThat(session.stoppedAt()).isEqualTo(1);

        PlayerSession resumed = new PlayerSession(PlayerRun.withCautions(plan, 1));
        resumed.start(T0);
        assertThat(resumed.state().exerciseIndex()).isEqualTo(1);
        assertThat(resumed.state().phase())
                .as("no preview when going on: its cautions come first")
                .isEqualTo(Phase.CAUTIONS);
        assertThat(resumed.state().cautions())
                .as("the first exercise played: all its cautions")
                .containsExactly(PREGNANT, PAIN);
        assertThat(resumed.totalNanos())
                .as("the exercises before are not played")
                .isEqualTo((3 + 8 + 5 + 3 + 8) * S);
    }

    @Test
    void theExercisePagesRunHasNoGate() {
        PlayerSession session = new PlayerSession(List.of(sitUp));
        session.start(T0);
        assertThat(session.state().phase()).isEqualTo(Phase.GET_READY);
    }
}
