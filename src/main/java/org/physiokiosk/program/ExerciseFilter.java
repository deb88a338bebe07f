package org.physiokiosk.program;

import java.util.Set;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Equipment;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.StartPosition;

/**
 * What the therapist is looking for in the library. An empty set means any; a non-empty set matches an
 * exercise that has at least one of its values (a region it works on, equipment it uses). {@code text} is
 * free text: every word must be found in the exercise's words, in any language, accents and case ignored.
 */
public record ExerciseFilter(
        Set<Region> regions,
        Set<Category> categories,
        Set<StartPosition> startPositions,
        Set<Equipment> equipment,
        String text) {

    public static final ExerciseFilter ANY = new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), "");

    public ExerciseFilter {
        regions = Set.copyOf(regions);
        categories = Set.copyOf(categories);
        startPositions = Set.copyOf(startPositions);
        equipment = Set.copyOf(equipment);
        text = text == null ? "" : text;
    }

    public ExerciseFilter withRegions(Set<Region> newRegions) {
        return new ExerciseFilter(newRegions, categories, startPositions, equipment, text);
    }

    public ExerciseFilter withCategories(Set<Category> newCategories) {
        return new ExerciseFilter(regions, newCategories, startPositions, equipment, text);
    }

    public ExerciseFilter withStartPositions(Set<StartPosition> newStartPositions) {
        return new ExerciseFilter(regions, categories, newStartPositions, equipment, text);
    }

    public ExerciseFilter withEquipment(Set<Equipment> newEquipment) {
        return new ExerciseFilter(regions, categories, startPositions, newEquipment, text);
    }

    public ExerciseFilter withText(String newText) {
        return new ExerciseFilter(regions, categories, startPositions, equipment, newText);
    }
}
