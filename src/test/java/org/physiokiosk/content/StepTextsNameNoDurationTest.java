package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physiokiosk.common.Language;

/**
 * How long to hold is the dose's to say, and the therapist may change the dose for one patient. A step that
 * says "hold it there for 30 seconds" then disagrees with the countdown and with the handout's dose line
 * ("10 seconden vasthouden") right beside it, so step texts describe the movement and never name a number
 * of seconds. Progressions and cautions may (they speak of the next step up, not of today's dose).
 */
class StepTextsNameNoDurationTest {

    private static final Pattern DURATION =
            Pattern.compile("\\d+\\s*(seconde|seconds?|sec\\b|tellen|counts?|minu)", Pattern.CASE_INSENSITIVE);

    @Test
    void noBundledStepNamesHowManySecondsToHold() {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> found = new ArrayList<>();
        for (Exercise exercise : catalog.exercises().values()) {
            for (Step step : exercise.steps()) {
                for (Language language : Language.values()) {
                    String text = step.text().in(language.code());
                    if (DURATION.matcher(text).find()) {
                        found.add(exercise.id() + " (" + language.code() + "): " + text);
                    }
                }
            }
        }
        assertThat(found).as("step texts that name a duration").isEmpty();
    }

    @Test
    void thePatternFindsTheWordingsItIsMeantFor() {
        assertThat(DURATION.matcher("Houd hem daar 30 seconden.").find()).isTrue();
        assertThat(DURATION.matcher("Hold your knees there for about 5 seconds.")
                        .find())
                .isTrue();
        assertThat(DURATION.matcher("Houd dit 10 tellen vast.").find()).isTrue();
        assertThat(DURATION.matcher("Herhaal dit 5 keer.").find()).isFalse();
    }
}
