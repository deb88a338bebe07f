package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;

/**
 * A clinic's content as the hostile walk wrote it (F22, F24): an exercise whose name is ~240 characters and that
 * has twelve cautions, under a fourth complaint of its own.
 */
final class LongClinicContent {

    static final String EXERCISE_ID = "clinic-long";
    static final String CONDITION_ID = "clinic-neck";

    private LongClinicContent() {}

    static Catalog of(Catalog base) {
        Exercise model = base.exercises().values().iterator().next();
        String nl = "Een hele lange titel voor een oefening die de praktijk zelf heeft geschreven met veel woorden "
                + "erin om te zien wat er gebeurt";
        String en = "A very long title for an exercise that the clinic wrote itself, with a great many words in it "
                + "to see what happens";
        List<LocalizedText> cautions = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            cautions.add(LocalizedText.of(
                    "Let op punt %d: stop als de pijn erger wordt of uitstraalt naar je been.".formatted(i),
                    "Caution %d: stop if the pain gets worse or spreads into your leg.".formatted(i)));
        }
        Exercise long_ = new Exercise(
                EXERCISE_ID,
                LocalizedText.of(nl + " " + nl, en + " " + en),
                model.summary(),
                model.regions(),
                model.category(),
                model.startPosition(),
                model.equipment(),
                model.steps(),
                model.dose(),
                cautions,
                model.progression(),
                List.of(),
                model.sources());
        Map<String, Exercise> exercises = new LinkedHashMap<>(base.exercises());
        exercises.put(EXERCISE_ID, long_);
        Condition first = base.conditions().values().iterator().next();
        Map<String, Condition> conditions = new LinkedHashMap<>(base.conditions());
        conditions.put(
                CONDITION_ID,
                new Condition(
                        CONDITION_ID,
                        LocalizedText.of("Stijve nek", "Stiff neck"),
                        first.summary(),
                        first.whatItIs(),
                        first.symptoms(),
                        first.causes(),
                        first.whatHelps(),
                        List.of(EXERCISE_ID, model.id()),
                        first.redFlags(),
                        first.sources()));
        return with(base, exercises, conditions);
    }

    /** {@code base} with other exercises and complaints, everything else as it was. */
    static Catalog with(Catalog base, Map<String, Exercise> exercises, Map<String, Condition> conditions) {
        return new Catalog(
                exercises,
                conditions,
                base.templates(),
                base.sources(),
                base.redFlags(),
                base.advice(),
                base.disclaimer(),
                base.poses());
    }

    static Exercise exercise(Catalog catalog) {
        return catalog.exercises().get(EXERCISE_ID);
    }

    static Condition condition(Catalog catalog) {
        return catalog.conditions().get(CONDITION_ID);
    }
}
