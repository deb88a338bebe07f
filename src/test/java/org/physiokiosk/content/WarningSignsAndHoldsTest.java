package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Safety rules of the clinical review that hold for every item, not one pinned value: each warning sign says how
 * urgent it is in both languages and where it comes from; a complaint page shows every sign its own sources give;
 * and a hold never leaves the patient without a breathing cue (people hold their breath in a hold; the leaflet
 * asks to keep breathing calmly throughout).
 */
class WarningSignsAndHoldsTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @Test
    void everyWarningSignHasAnUrgencyASourceAndBothLanguages() {
        assertThat(catalog.redFlags()).isNotEmpty();
        for (RedFlag flag : catalog.redFlags().values()) {
            assertThat(flag.urgency()).as(flag.id()).isNotNull();
            assertThat(flag.sources()).as(flag.id()).isNotEmpty();
            assertThat(bothLanguages(flag.text())).as(flag.id()).isTrue();
            flag.action()
                    .ifPresent(action ->
                            assertThat(bothLanguages(action)).as(flag.id()).isTrue());
        }
    }

    /** A sign one of the page's own sources gives belongs on that page, so none is dropped by an edit. */
    @Test
    void aComplaintShowsEveryWarningSignItsSourcesGive() {
        List<String> missing = new ArrayList<>();
        for (Condition condition : catalog.conditions().values()) {
            for (RedFlag flag : catalog.redFlags().values()) {
                boolean fromItsSources = flag.sources().stream().anyMatch(condition.sources()::contains);
                if (fromItsSources && !condition.redFlags().contains(flag.id())) {
                    missing.add(condition.id() + " lacks " + flag.id() + " (" + flag.sources() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every exercise says to ask a doctor when the pain does not go away, so every page shows that sign. */
    @Test
    void everyComplaintShowsTheSignTheExercisesPointTo() {
        for (Condition condition : catalog.conditions().values()) {
            assertThat(condition.redFlags()).as(condition.id()).contains("pain-persists-despite-exercising-less");
        }
    }

    @Test
    void everyHoldHasABreathingCue() {
        List<String> silent = new ArrayList<>();
        for (Exercise exercise : catalog.exercises().values()) {
            for (Step step : exercise.steps()) {
                if (step.holdSeconds() > 0 && step.breath().isEmpty()) {
                    silent.add(exercise.id() + ": " + step.text().in("en"));
                }
            }
        }
        assertThat(silent).isEmpty();
    }

    private static boolean bothLanguages(LocalizedText text) {
        return text.has("nl")
                && text.has("en")
                && !text.in("nl").isBlank()
                && !text.in("en").isBlank();
    }
}
