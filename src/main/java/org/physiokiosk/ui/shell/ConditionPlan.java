package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.player.PlannedExercise;

/**
 * What "do them all" plays for a complaint: the templates made of exactly the complaint's exercises (one
 * template, or several that share none and together cover them, as the low-back leaflets do), with the
 * templates' doses and notes; else the complaint's exercises in its order at their own doses. Plain Java.
 */
final class ConditionPlan {

    private ConditionPlan() {}

    static List<PlannedExercise> of(Catalog catalog, Condition condition, String language) {
        List<ProgramTemplate> templates = templatesOf(catalog, condition);
        if (templates.isEmpty()) {
            return catalog.exercisesOf(condition).stream()
                    .map(PlannedExercise::asWritten)
                    .toList();
        }
        return templates.stream()
                .flatMap(template -> template.items().stream())
                .map(item -> {
                    var exercise = catalog.exercises().get(item.exercise());
                    return new PlannedExercise(
                            exercise,
                            item.dose().applyTo(exercise.dose()),
                            item.note().map(note -> note.in(language)));
                })
                .toList();
    }

    /** The templates that together are the complaint's exercises, in the order the complaint lists them; or none. */
    static List<ProgramTemplate> templatesOf(Catalog catalog, Condition condition) {
        Set<String> wanted = new HashSet<>(condition.exercises());
        List<ProgramTemplate> inside = catalog.templates().values().stream()
                .filter(template -> !template.items().isEmpty())
                .filter(template -> wanted.containsAll(exercisesOf(template)))
                .sorted(Comparator.comparingInt(template ->
                        condition.exercises().indexOf(template.items().get(0).exercise())))
                .toList();
        List<ProgramTemplate> picked = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ProgramTemplate template : inside) {
            Set<String> exercises = exercisesOf(template);
            if (exercises.stream().noneMatch(covered::contains)) {
                picked.add(template);
                covered.addAll(exercises);
            }
        }
        return covered.equals(wanted) ? picked : List.of();
    }

    private static Set<String> exercisesOf(ProgramTemplate template) {
        Set<String> ids = new HashSet<>();
        template.items().forEach(item -> ids.add(item.exercise()));
        return ids;
    }
}
