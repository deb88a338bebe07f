package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.content.ContentFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id a clinic's item names must exist: a condition that names a red flag nobody loaded would show a
 * patient fewer warning signs than its author wrote. Each check below is one a mutant could switch off
 * (found by the mutation run: issue #13), so each test names the item left out and where its error points.
 */
class ReferenceCheckTest {

    @TempDir
    Path clinic;

    private LoadResult load() {
        return new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    private static String condition(String id, String exercises, String redFlags, String sources) {
        return """
                {"schemaVersion": 1, "id": "%s",
                 "title": {"nl": "Nek", "en": "Neck"}, "summary": {"nl": "Pijn.", "en": "Pain."},
                 "whatItIs": [{"nl": "Pijn.", "en": "Pain."}], "symptoms": [{"nl": "Stijf.", "en": "Stiff."}],
                 "causes": [{"nl": "Zitten.", "en": "Sitting."}], "whatHelps": [{"nl": "Bewegen.", "en": "Moving."}],
                 "exercises": [%s],
                 "redFlags": [%s],
                 "sources": [%s]}
                """.formatted(id, exercises, redFlags, sources);
    }

    private static String exercise(String id, String variants, String sources) {
        return """
                {"schemaVersion": 1, "id": "%s",
                 "title": {"nl": "Titel", "en": "Title"}, "summary": {"nl": "Kort.", "en": "Short."},
                 "regions": ["upper-back"], "category": "stretch", "startPosition": "sitting",
                 "steps": [{"text": {"nl": "Zit.", "en": "Sit."}, "pose": "lying", "seconds": 2}],
                 "dose": {"reps": 5, "sets": 2, "holdSeconds": 0, "restSeconds": 0, "side": "none", "timesPerDay": 1},
                 "variants": [%s],
                 "sources": [%s]}
                """.formatted(id, variants, sources);
    }

    private static final String UNKNOWN = " (none with that id is loaded; it may be skipped for its own error)";

    @Test
    void aConditionNamingAnUnknownRedFlagIsLeftOutWhereverTheFlagStandsInItsList() {
        write(
                clinic.resolve("conditions/neck.json"),
                condition("neck", "\"bridge\"", "\"fever\", \"no-such-flag\"", "\"test-leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly("clinic/conditions/neck.json:6:24: error: unknown red flag 'no-such-flag'" + UNKNOWN);
        assertThat(result.catalog().conditions()).containsOnlyKeys("back-pain");
    }

    @Test
    void aConditionNamingAnUnknownExerciseOrSourceIsLeftOut() {
        write(
                clinic.resolve("conditions/neck.json"),
                condition("neck", "\"bridge\", \"no-such-exercise\"", "\"fever\"", "\"test-leaflet\""));
        write(
                clinic.resolve("conditions/shoulder.json"),
                condition("shoulder", "\"bridge\"", "\"fever\"", "\"no-such-source\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/conditions/neck.json:5:26: error: unknown exercise 'no-such-exercise'" + UNKNOWN,
                        "clinic/conditions/shoulder.json:7:14: error: unknown source 'no-such-source'" + UNKNOWN);
        assertThat(result.catalog().conditions()).containsOnlyKeys("back-pain");
    }

    @Test
    void aRedFlagWithoutItsSourceIsLeftOutAndSoIsTheConditionThatWarnsWithIt() {
        write(clinic.resolve("red-flags.json"), """
                {"schemaVersion": 1, "redFlags": [
                  {"id": "numb-leg", "urgency": "emergency", "text": {"nl": "Doof been.", "en": "Numb leg."}, "sources": ["no-such-source"]}
                ]}
                """);
        write(
                clinic.resolve("conditions/neck.json"),
                condition("neck", "\"bridge\"", "\"numb-leg\"", "\"test-leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/conditions/neck.json:6:15: error: unknown red flag 'numb-leg'" + UNKNOWN,
                        "clinic/red-flags.json:2:107: error: unknown source 'no-such-source'" + UNKNOWN);
        assertThat(result.catalog().redFlags()).containsOnlyKeys("fever", "long-pain");
        assertThat(result.catalog().conditions()).containsOnlyKeys("back-pain");
    }

    @Test
    void adviceAndExercisesWithoutTheirSourceAreLeftOut() {
        write(clinic.resolve("advice.json"), """
                {"schemaVersion": 1, "advice": [
                  {"id": "rest", "text": {"nl": "Rust.", "en": "Rest."}, "sources": ["no-such-source"]}
                ]}
                """);
        write(clinic.resolve("exercises/reach.json"), exercise("reach", "", "\"test-leaflet\", \"no-such-source\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/advice.json:2:70: error: unknown source 'no-such-source'" + UNKNOWN,
                        "clinic/exercises/reach.json:7:30: error: unknown source 'no-such-source'" + UNKNOWN);
        assertThat(result.catalog().advice()).doesNotContainKey("rest");
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge");
    }

    @Test
    void aTemplateNamingAnUnknownExerciseOrSourceIsLeftOut() {
        write(clinic.resolve("programs/neck-program.json"), """
                {"schemaVersion": 1, "id": "neck-program", "title": {"nl": "Nek", "en": "Neck"},
                 "items": [{"exercise": "bridge"}, {"exercise": "no-such-exercise"}], "sources": ["test-leaflet"]}
                """);
        write(clinic.resolve("programs/other.json"), """
                {"schemaVersion": 1, "id": "other", "title": {"nl": "Ander", "en": "Other"},
                 "items": [{"exercise": "bridge"}], "sources": ["no-such-source"]}
                """);
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/programs/neck-program.json:2:37: error: unknown exercise 'no-such-exercise'" + UNKNOWN,
                        "clinic/programs/other.json:2:49: error: unknown source 'no-such-source'" + UNKNOWN);
        assertThat(result.catalog().templates()).containsOnlyKeys("basic");
    }

    @Test
    void anUnknownVariantLosesOnlyItsLinkAndTheExerciseStays() {
        write(
                clinic.resolve("exercises/reach.json"),
                exercise("reach", "\"bridge\", \"no-such-variant\"", "\"test-leaflet\""));
        write(clinic.resolve("exercises/stretch.json"), exercise("stretch", "\"bridge\"", "\"test-leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly("clinic/exercises/reach.json:6:25: warning: unknown exercise 'no-such-variant'"
                        + UNKNOWN + "; the variant link is dropped");
        assertThat(result.errorCount()).isZero();
        assertThat(result.catalog().exercises().get("reach").variants()).containsExactly("bridge");
        assertThat(result.catalog().exercises().get("stretch").variants()).containsExactly("bridge");
    }

    @Test
    void aConditionIsFoundByIdWithItsExercisesInItsOwnOrder() {
        write(clinic.resolve("exercises/reach.json"), exercise("reach", "", "\"test-leaflet\""));
        write(
                clinic.resolve("conditions/neck.json"),
                condition("neck", "\"reach\", \"bridge\"", "\"fever\"", "\"test-leaflet\""));
        Catalog catalog = load().catalog();
        assertThat(catalog.condition("neck")).isPresent();
        assertThat(catalog.condition("no-such-condition")).isEmpty();
        assertThat(catalog.exercisesOf(catalog.condition("neck").orElseThrow()))
                .extracting(Exercise::id)
                .containsExactly("reach", "bridge");
    }

    @Test
    void aProgramWarnsWithTheFlagsOfItsConditionsMostUrgentFirstAndAClinicsOwnExerciseWithEveryEmergency() {
        // The one rule the kiosk's safety check and the handout's box share (it had no test in this package).
        write(clinic.resolve("exercises/reach.json"), exercise("reach", "", "\"test-leaflet\""));
        write(clinic.resolve("exercises/own.json"), exercise("own", "", "\"test-leaflet\""));
        write(
                clinic.resolve("conditions/neck.json"),
                condition("neck", "\"reach\"", "\"long-pain\"", "\"test-leaflet\""));
        Catalog catalog = load().catalog();
        assertThat(catalog.redFlagsForExercises(List.of("bridge")))
                .extracting(RedFlag::id)
                .as("back-pain lists long-pain first; the emergency comes first")
                .containsExactly("fever", "long-pain");
        assertThat(catalog.redFlagsForExercises(List.of("reach")))
                .extracting(RedFlag::id)
                .containsExactly("long-pain");
        assertThat(catalog.redFlagsForExercises(List.of("reach", "bridge")))
                .extracting(RedFlag::id)
                .containsExactly("fever", "long-pain");
        assertThat(catalog.redFlagsForExercises(List.of("own")))
                .extracting(RedFlag::id)
                .as("no condition uses it: every emergency flag, nothing else")
                .containsExactly("fever");
    }
}
