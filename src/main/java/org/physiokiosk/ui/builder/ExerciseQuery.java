package org.physiokiosk.ui.builder;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Equipment;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.StartPosition;

/**
 * The library's filters as the panes hold them. Stand-in until the program package's search is merged:
 * words match the title or summary in either language with accents and case ignored; an empty set of a
 * filter means "any".
 */
record ExerciseQuery(String text, Set<Region> regions, Set<Category> categories, Set<StartPosition> positions,
                     Set<Equipment> equipment) {

    List<Exercise> apply(Collection<Exercise> exercises, String language) {
        List<String> words = List.of(fold(text == null ? "" : text).split("\\s+"));
        return exercises.stream()
                .filter(exercise -> regions.isEmpty() || !Collections.disjoint(regions, exercise.regions()))
                .filter(exercise -> categories.isEmpty() || categories.contains(exercise.category()))
                .filter(exercise -> positions.isEmpty() || positions.contains(exercise.startPosition()))
                .filter(exercise -> equipment.isEmpty() || equipment.containsAll(exercise.equipment()))
                .filter(exercise -> matches(exercise, words))
                .sorted(Comparator.comparing(exercise -> fold(exercise.title().in(language))))
                .toList();
    }

    private static boolean matches(Exercise exercise, List<String> words) {
        StringBuilder haystack = new StringBuilder();
        for (String language : exercise.title().languages()) {
            haystack.append(' ').append(exercise.title().in(language)).append(' ').append(exercise.summary().in(language));
        }
        String folded = fold(haystack.toString());
        return words.stream().allMatch(folded::contains);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
