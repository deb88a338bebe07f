package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled content as it ships: it loads without a single problem, and the doses that the sources give
 * are pinned here, so an edit cannot change them silently.
 */
class BundledContentTest {

    private static final String LEAFLET = "haga-lumbago-leaflet";
    private static final String QUESTIONS = "low-back-pain-article";
    private static LoadResult result;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        result = new ContentLoader().loadBundledAnd(Optional.empty());
        catalog = result.catalog();
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertThat(result.problems()).map(ContentProblem::format).isEmpty();
        assertThat(catalog.exercises()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(catalog.conditions()).containsOnlyKeys("low-back-pain", "sciatica", "upper-back-pain");
        assertThat(catalog.sources()).hasSize(5);
    }

    @Test
    void everyLeafletExerciseHasFiveRepetitionsAndSlowMovements() {
        List<Exercise> leaflet = catalog.exercises().values().stream()
                .filter(e -> e.sources().contains(LEAFLET))
                .toList();
        assertThat(leaflet).extracting(Exercise::id).hasSize(8).allMatch(id -> id.startsWith("leaflet-"));
        for (Exercise exercise : leaflet) {
            assertThat(exercise.dose().reps()).as(exercise.id()).isEqualTo(IntRange.exactly(5));
            assertThat(exercise.dose().isDefault(Dose.REPS)).as(exercise.id()).isFalse();
            assertThat(exercise.repeatedSteps())
                    .as("at least three seconds per movement in " + exercise.id())
                    .allMatch(step -> step.seconds() >= 3);
        }
        assertThat(side("leaflet-knees-side-to-side")).isEqualTo(Side.ALTERNATE);
        assertThat(side("leaflet-leg-lengthening")).isEqualTo(Side.ALTERNATE);
    }

    @Test
    void theLeafletsKneesToChestHoldsAboutFiveSeconds() {
        Dose dose = exercise("leaflet-knees-to-chest").dose();
        assertThat(dose.holdSeconds()).isEqualTo(IntRange.exactly(5));
        assertThat(dose.isDefault(Dose.HOLD_SECONDS)).isFalse();
        assertThat(exercise("leaflet-knees-to-chest").steps()).anyMatch(step -> step.holdSeconds() == 5);
    }

    @Test
    void theQuestionsSectionRunsFiveToTenTimesTwiceADay() {
        List<Exercise> questions = catalog.exercises().values().stream()
                .filter(e -> e.id().startsWith("lowback-"))
                .toList();
        assertThat(questions).hasSize(5);
        for (Exercise exercise : questions) {
            assertThat(exercise.sources()).contains(QUESTIONS);
            assertThat(exercise.dose().reps()).as(exercise.id()).isEqualTo(new IntRange(5, 10));
            assertThat(exercise.dose().timesPerDay()).as(exercise.id()).isEqualTo(IntRange.exactly(2));
            assertThat(exercise.dose().isDefault(Dose.REPS) || exercise.dose().isDefault(Dose.TIMES_PER_DAY))
                    .isFalse();
        }
        Dose kneeToChest = exercise("lowback-knee-to-chest").dose();
        assertThat(kneeToChest.holdSeconds()).isEqualTo(IntRange.exactly(30));
        assertThat(kneeToChest.isDefault(Dose.HOLD_SECONDS)).isFalse();
        assertThat(kneeToChest.side()).isEqualTo(Side.EACH);
    }

    @Test
    void valuesNoSourceGivesAreMarkedAsOurs() {
        for (String id : List.of(
                "sciatica-bridge",
                "sciatica-sit-up",
                "sciatica-oblique",
                "sciatica-figure-four",
                "sciatica-child-pose",
                "upper-back-side-lying-rotation",
                "upper-back-seated-rotation",
                "upper-back-seated-extension")) {
            assertThat(exercise(id).dose().isDefault(Dose.REPS))
                    .as("the source of %s gives no repetitions", id)
                    .isTrue();
        }
        assertThat(exercise("lowback-abdominals").dose().isDefault(Dose.HOLD_SECONDS))
                .as("'as long as possible'")
                .isTrue();
    }

    @Test
    void templatesKeepTheSourcesPrograms() {
        ProgramTemplate leaflet = catalog.templates().get("leaflet-lumbago-program");
        assertThat(leaflet.items())
                .hasSize(8)
                .allSatisfy(item -> assertThat(item.dose()
                                .applyTo(exercise(item.exercise()).dose())
                                .reps())
                        .isEqualTo(IntRange.exactly(5)));
        ProgramTemplate questions = catalog.templates().get("lowback-questions-program");
        assertThat(questions.items()).hasSize(5).allSatisfy(item -> {
            Dose dose = item.dose().applyTo(exercise(item.exercise()).dose());
            assertThat(dose.reps()).isEqualTo(new IntRange(5, 10));
            assertThat(dose.timesPerDay()).isEqualTo(IntRange.exactly(2));
        });
        assertThat(catalog.templates()).containsKeys("upper-back-program", "sciatica-program");
    }

    @Test
    void everyComplaintWarnsOfEmergenciesAndTheEmergencySignsAreThere() {
        assertThat(catalog.redFlags().values().stream()
                        .filter(f -> f.urgency() == Urgency.EMERGENCY)
                        .map(RedFlag::id))
                .contains(
                        "saddle-numbness",
                        "bladder-bowel-control",
                        "leg-weakness",
                        "pain-after-accident-or-fall",
                        "pain-with-fever");
        for (Condition condition : catalog.conditions().values()) {
            assertThat(catalog.redFlagsOf(condition))
                    .as(condition.id())
                    .anyMatch(flag -> flag.urgency() == Urgency.EMERGENCY);
            assertThat(condition.exercises()).as(condition.id()).isNotEmpty();
        }
    }

    /**
     * The leaflet's rule (002: exercising should not add pain; if it does, exercise less) holds for every
     * exercise, whatever its source. A caution carries it when, in Dutch and in English, it names more pain
     * and stopping; the exact wording may change.
     */
    @Test
    void everyExerciseSaysToDoLessOrStopWhenItHurtsMore() {
        for (Exercise exercise : catalog.exercises().values()) {
            assertThat(exercise.cautions())
                    .as("stop rule in " + exercise.id())
                    .anyMatch(caution ->
                            says(caution, "nl", "meer pijn", "stop") && says(caution, "en", "hurts more", "stop"));
        }
    }

    @Test
    void theUpperBackPageCarriesTheGeneralBackPainWarningSigns() {
        Condition upperBack = catalog.conditions().get("upper-back-pain");
        assertThat(catalog.redFlagsOf(upperBack))
                .extracting(RedFlag::id)
                .contains(
                        "leg-weakness",
                        "leg-numbness",
                        "saddle-numbness",
                        "bladder-bowel-control",
                        "pain-after-accident-or-fall",
                        "pain-with-fever",
                        "pain-with-weight-loss",
                        "pain-feeling-ill",
                        "child-with-back-pain",
                        "pain-two-to-three-weeks");
    }

    @Test
    void weightLossIsAWarningSignOnlyWhenUnintended() {
        RedFlag weightLoss = catalog.redFlags().get("pain-with-weight-loss");
        assertThat(weightLoss.text().in("nl")).contains("zonder dat je dat wilt");
        assertThat(weightLoss.text().in("en")).contains("without trying");
    }

    @Test
    void severeLastingPainMeansCallingTheGp() {
        assertThat(catalog.redFlags().get("severe-lasting-pain").urgency()).isEqualTo(Urgency.CONTACT_GP);
        for (String id : List.of("sciatica", "low-back-pain")) {
            assertThat(catalog.conditions().get(id).redFlags()).as(id).contains("severe-lasting-pain");
        }
    }

    @Test
    void abdominalExercisesWarnAgainstThemInPregnancy() {
        for (String id : List.of("sciatica-sit-up", "sciatica-oblique", "lowback-abdominals")) {
            assertThat(exercise(id).cautions())
                    .as(id)
                    .anyMatch(caution -> says(caution, "nl", "zwanger") && says(caution, "en", "pregnant"));
        }
    }

    @Test
    void noAdvertisementOrBookingCallIsCarriedOver() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty(BundledContent.FOLDER_PROPERTY, "content")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertThat(text)
                        .as(file.toString())
                        .doesNotContain(
                                "spar op",
                                "læs mere",
                                "beoordelingen",
                                "e-book",
                                "maak een afspraak",
                                "rugbrace",
                                "dry needling",
                                "chiropract")
                        .doesNotContainPattern("\\d+[.,]\\d+ ?(kr\\b|€|eur\\b)");
            }
        }
    }

    private static boolean says(LocalizedText text, String language, String... words) {
        String lower = text.has(language) ? text.in(language).toLowerCase(Locale.ROOT) : "";
        return java.util.Arrays.stream(words).allMatch(lower::contains);
    }

    private static Exercise exercise(String id) {
        return catalog.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id));
    }

    private static Side side(String id) {
        return exercise(id).dose().side();
    }
}
