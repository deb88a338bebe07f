package org.physiokiosk.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.player.PlannedExercise;

/**
 * What "do them all" plays for a complaint: the template made of exactly the complaint's exercises, with the
 * template's doses and notes, or else the complaint's exercises in order at their own doses. Plain Java.
 */
final class ConditionPlan {

    private ConditionPlan() {
    }

    static List<PlannedExercise> of(Catalog catalog, Condition condition, String language) {
        return templateOf(catalog, condition)
                .map(template -> template.items().stream()
                        .filter(item -> catalog.exercises().containsKey(item.exercise()))
                        .map(item -> {
                            var exercise = catalog.exercises().get(item.exercise());
                            return new PlannedExercise(exercise, item.dose().applyTo(exercise.dose()),
                                    item.note().map(note -> note.in(language)));
                        }).toList())
                .orElseGet(() -> catalog.exercisesOf(condition).stream().map(PlannedExercise::asWritten).toList());
    }

    /** The template whose exercises are the complaint's (as a set: a template may order them its own way). */
    static Optional<ProgramTemplate> templateOf(Catalog catalog, Condition condition) {
        var wanted = new HashSet<>(condition.exercises());
        return catalog.templates().values().stream()
                .filter(template -> template.items().size() == wanted.size())
                .filter(template -> wanted.equals(new HashSet<>(template.items().stream()
                        .map(ProgramTemplate.Item::exercise).toList())))
                .findFirst();
    }
}
