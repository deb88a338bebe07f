package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.ProgramItem;

/**
 * What a program opened by its code plays, and which warning signs come first. Plain Java. Exercises this
 * kiosk's catalog does not know (a desk with newer clinic content) are left out rather than failing the visit.
 */
final class KioskProgramPlan {

    private KioskProgramPlan() {}

    /** The therapist's exercises at the therapist's doses, each with its note when there is one. */
    static List<PlannedExercise> of(Catalog catalog, KioskProgram program) {
        List<PlannedExercise> plan = new ArrayList<>();
        for (ProgramItem item : program.items()) {
            catalog.exercise(item.exercise())
                    .ifPresent(exercise -> plan.add(new PlannedExercise(
                            exercise,
                            item.dose(),
                            item.note().isEmpty() ? Optional.empty() : Optional.of(item.note()))));
        }
        return plan;
    }

    /**
     * The warning signs of every complaint one of the exercises belongs to, most urgent first; when none
     * matches (only a clinic's own exercises), every emergency sign, as the handout prints them.
     */
    static List<RedFlag> redFlags(Catalog catalog, List<PlannedExercise> plan) {
        return catalog.redFlagsForExercises(
                plan.stream().map(PlannedExercise::exercise).map(Exercise::id).toList());
    }
}
