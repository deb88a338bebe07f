package org.physiokiosk.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.content.Breath;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.StartPosition;
import org.physiokiosk.content.Step;

/** Small exercises and doses for player tests, built in code so each test says exactly what it plays. */
final class Plans {

    static final long S = 1_000_000_000L;

    private Plans() {}

    static Step setup(String pose, int seconds) {
        return new Step(
                LocalizedText.of("klaar " + pose, "ready " + pose), pose, seconds, 0, Optional.empty(), true, false);
    }

    static Step step(String pose, int seconds, int hold) {
        return new Step(
                LocalizedText.of("doe " + pose, "do " + pose),
                pose,
                seconds,
                hold,
                Optional.of(Breath.OUT),
                false,
                false);
    }

    static Step mirrored(String pose, int seconds) {
        return new Step(LocalizedText.of("doe " + pose, "do " + pose), pose, seconds, 0, Optional.empty(), false, true);
    }

    static Dose dose(IntRange reps, int sets, IntRange hold, int rest, Side side) {
        return new Dose(reps, sets, hold, rest, side, IntRange.exactly(1), Set.of());
    }

    static Dose dose(int reps, int sets, int hold, int rest, Side side) {
        return dose(IntRange.exactly(reps), sets, IntRange.exactly(hold), rest, side);
    }

    static Exercise exercise(String id, Dose dose, Step... steps) {
        return new Exercise(
                id,
                LocalizedText.of("Oefening " + id, "Exercise " + id),
                LocalizedText.of("s", "s"),
                Set.of(Region.LOWER_BACK),
                Category.MOBILITY,
                StartPosition.LYING_ON_BACK,
                Set.of(),
                List.of(steps),
                dose,
                List.of(),
                List.of(),
                List.of(),
                List.of("src"));
    }

    static PlannedExercise planned(Exercise exercise) {
        return PlannedExercise.asWritten(exercise);
    }

    /** Setup 2 s; lift 2 s then hold (the dose's); lower 3 s. */
    static Exercise liftAndLower(Dose dose) {
        return exercise("lift", dose, setup("lying", 2), step("lifted", 2, 5), step("lying", 3, 0));
    }

    /** Every state change while ticking from {@code from} to {@code to} in {@code stepNanos} steps. */
    static List<PlayerState> changes(PlayerSession session, long from, long to, long stepNanos) {
        List<PlayerState> seen = new ArrayList<>();
        PlayerState last = null;
        for (long t = from; t <= to; t += stepNanos) {
            session.tick(t);
            PlayerState now = session.state();
            if (last == null || now.phaseEndings() != last.phaseEndings()) {
                seen.add(now);
            }
            last = now;
        }
        return seen;
    }

    static String describe(PlayerState s) {
        return s.phase() + (s.stepIndex() >= 0 ? " step" + s.stepIndex() : "") + (s.rep() > 0 ? " rep" + s.rep() : "")
                + " set" + s.set() + " " + s.side() + (s.motion().mirror() ? " mirrored" : "");
    }
}
