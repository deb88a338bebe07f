package org.physiokiosk.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.Program;

/**
 * The exercises of a program that the content no longer holds (a clinic exercise removed since the program was
 * saved). The builder keeps such an item and saves it as it is, since the therapist may put the content back;
 * but no handout can show it, so preview, PDF and print say which one it is instead of failing without a reason.
 */
record MissingExercises(List<Integer> numbers, List<String> ids) {

    static MissingExercises in(Program program, Catalog catalog) {
        List<Integer> numbers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < program.items().size(); i++) {
            String id = program.items().get(i).exercise();
            if (catalog.exercise(id).isEmpty()) {
                numbers.add(i + 1);
                ids.add(id);
            }
        }
        return new MissingExercises(List.copyOf(numbers), List.copyOf(ids));
    }

    /** "2 ('clinic-neck-stretch')" or "2 ('a'), 5 ('b')": the exercises as the therapist sees them numbered. */
    Optional<String> where() {
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            parts.add(numbers.get(i) + " ('" + ids.get(i) + "')");
        }
        return Optional.of(String.join(", ", parts));
    }
}
