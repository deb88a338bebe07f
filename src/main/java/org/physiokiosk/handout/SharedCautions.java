package org.physiokiosk.handout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;

/**
 * The cautions every exercise of a program carries, word for word (all bundled exercises carry "exercising
 * should not make your pain worse ..."). They are printed once, in the cautions' red, under the heading of
 * the exercises instead of three lines under each exercise: the warning is read before the first exercise
 * and still applies to all, and the room it took is what kept two exercises from sharing a page (decision
 * 0023). A program of one exercise keeps them in the exercise.
 */
final class SharedCautions {

    private SharedCautions() {}

    static Set<String> of(List<Exercise> exercises, String language) {
        if (exercises.size() < 2) {
            return Set.of();
        }
        Set<String> shared = new LinkedHashSet<>();
        for (LocalizedText caution : exercises.get(0).cautions()) {
            shared.add(caution.in(language));
        }
        for (Exercise exercise : exercises.subList(1, exercises.size())) {
            shared.retainAll(
                    exercise.cautions().stream().map(c -> c.in(language)).toList());
        }
        return shared;
    }
}
