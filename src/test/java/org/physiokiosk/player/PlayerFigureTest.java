package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.physiokiosk.player.Plans.S;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.figure.FigureMotion;

/** The session and the figure agree: which movement, which way round, and how far into it, on bundled exercises. */
class PlayerFigureTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    private static PlayerSession play(String exerciseId) {
        PlayerSession session = new PlayerSession(
                List.of(PlannedExercise.asWritten(catalog.exercise(exerciseId).orElseThrow())));
        session.start(0);
        return session;
    }

    private static long lastTick;

    private static PlayerState firstOf(PlayerSession session, Phase phase, int stepIndex) {
        for (long t = 0; t < 600 * S; t += S / 20) {
            session.tick(t);
            lastTick = t;
            if (session.state().phase() == phase && session.state().stepIndex() == stepIndex) {
                return session.state();
            }
        }
        throw new AssertionError("no " + phase + " of step " + stepIndex);
    }

    @Test
    void aMovementRunsOverTheStepsSecondsAndTheHoldKeepsItsEnd() {
        PlayerSession session = play("lowback-knee-to-chest");
        PlayerState move = firstOf(session, Phase.MOVE, 1);
        FigureMotion motion = move.motion().toFigureMotion(catalog.poses()::get);
        assertThat(move.motion().fromPose()).contains("supine-knees-bent");
        assertThat(move.motion().toPose()).isEqualTo("supine-one-knee-to-chest");
        long start = lastTick - move.phaseElapsedNanos();
        session.tick(start + 1_500_000_000L);
        assertThat(motion.progress(session.state().motionElapsedNanos()))
                .as("half of a 3 s movement")
                .isCloseTo(0.5, within(1e-9));
        session.tick(start + 4 * S);
        PlayerState hold = session.state();
        assertThat(hold.phase()).isEqualTo(Phase.HOLD);
        assertThat(hold.motion()).isEqualTo(move.motion());
        assertThat(hold.motionElapsedNanos()).isEqualTo(4 * S);
        assertThat(motion.progress(hold.motionElapsedNanos())).isEqualTo(1);
        assertThat(hold.phaseNanos()).as("the dose's 30 s").isEqualTo(30 * S);
    }

    @Test
    void oneSidedExercisesStartWithTheSideTheirPosesShow() {
        // The knee pulled in is the right one (a side view's near side); the knees drop to the left.
        assertThat(firstOf(play("lowback-knee-to-chest"), Phase.MOVE, 1).side()).isEqualTo(PlayedSide.RIGHT);
        assertThat(firstOf(play("lowback-knee-to-chest"), Phase.MOVE, 1)
                        .motion()
                        .mirror())
                .isFalse();
        assertThat(firstOf(play("leaflet-knees-side-to-side"), Phase.MOVE, 1).side())
                .isEqualTo(PlayedSide.LEFT);
        assertThat(firstOf(play("upper-back-seated-rotation"), Phase.MOVE, 2).side())
                .isEqualTo(PlayedSide.RIGHT);
    }

    @Test
    void everyBundledExercisePlaysToItsEndWithMotionsTheCatalogCanDraw() {
        for (var exercise : catalog.exercises().values()) {
            PlayerSession session = new PlayerSession(List.of(PlannedExercise.asWritten(exercise)));
            session.start(0);
            java.util.Set<StepMotion> seen = new java.util.HashSet<>();
            for (long t = 0; session.state().phase() != Phase.DONE; t += S / 2) {
                session.tick(t);
                if (seen.add(session.state().motion())) {
                    assertThat(session.state().motion().toFigureMotion(catalog.poses()::get))
                            .as(exercise.id())
                            .isNotNull();
                }
            }
            assertThat(session.state().completed()).as(exercise.id()).isTrue();
        }
    }
}
