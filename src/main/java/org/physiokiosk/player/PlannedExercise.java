package org.physiokiosk.player;

import java.util.Optional;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;

/**
 * One exercise the player is to play, with the dose to play it at (the exercise's own, a template's or a
 * therapist's) and an optional note from the therapist shown beside it.
 */
public record PlannedExercise(Exercise exercise, Dose dose, Optional<String> note) {

    public static PlannedExercise asWritten(Exercise exercise) {
        return new PlannedExercise(exercise, exercise.dose(), Optional.empty());
    }
}
