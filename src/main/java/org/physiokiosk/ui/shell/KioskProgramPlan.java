package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.player.PaperProgram;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.ProgramItem;

/**
 * What a program opened by its code plays, and which warning signs come first. Plain Java. An exercise this
 * kiosk's catalog does not know (a removed clinic exercise, a desk with newer content) keeps its number and is
 * shown as missing rather than failing the visit or vanishing (hostile walk F16).
 */
final class KioskProgramPlan {

    private KioskProgramPlan() {}

    /** The therapist's exercises at the therapist's doses, each with its note, numbered as on the paper. */
    static PaperProgram of(Catalog catalog, KioskProgram program) {
        List<PaperProgram.Line> lines = new ArrayList<>();
        for (ProgramItem item : program.items()) {
            Optional<PlannedExercise> planned = catalog.exercise(item.exercise())
                    .map(exercise -> new PlannedExercise(
                            exercise,
                            item.dose(),
                            item.note().isEmpty() ? Optional.empty() : Optional.of(item.note())));
            lines.add(new PaperProgram.Line(lines.size() + 1, planned));
        }
        return new PaperProgram(lines);
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
