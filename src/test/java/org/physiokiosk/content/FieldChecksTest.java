package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.content.ContentFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks on single fields that the mutation run (issue #13) could switch off without a test noticing:
 * each test gives a clinic file one wrong field and asserts both the line the author reads and that the item
 * is not loaded as if nothing were wrong.
 */
class FieldChecksTest {

    @TempDir
    Path clinic;

    private LoadResult load() {
        return new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    private static String exercise(String id, String reps, String step, String sources) {
        return """
                {"schemaVersion": 1, "id": "%s",
                 "title": {"nl": "Titel", "en": "Title"}, "summary": {"nl": "Kort.", "en": "Short."},
                 "regions": ["upper-back"], "category": "stretch", "startPosition": "sitting",
                 "steps": [{"text": {"nl": "Zit.", "en": "Sit."}, "pose": "lying", "seconds": 2%s}],
                 "dose": {"reps": %s, "sets": 2, "holdSeconds": 0, "restSeconds": 0, "side": "none", "timesPerDay": 1},
                 "sources": [%s]}
                """.formatted(id, step, reps, sources);
    }

    @Test
    void aRepsRangeThatRunsBackwardsIsRefusedAndOneOfASingleNumberIsNot() {
        write(
                clinic.resolve("exercises/backwards.json"),
                exercise("backwards", "{\"min\": 10, \"max\": 5}", "", "\"test-leaflet\""));
        write(
                clinic.resolve("exercises/single.json"),
                exercise("single", "{\"min\": 6, \"max\": 6}", "", "\"test-leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/backwards.json:5:11: error: 'reps' runs backwards: min 10 is more than max 5");
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge", "single");
        assertThat(result.catalog().exercises().get("single").dose().reps()).isEqualTo(IntRange.exactly(6));
    }

    @Test
    void aStepFlagThatIsNotTrueOrFalseIsAnError() {
        write(
                clinic.resolve("exercises/flagged.json"),
                exercise("flagged", "5", ", \"setup\": \"yes\"", "\"test-leaflet\""));
        write(
                clinic.resolve("exercises/mirrored.json"),
                exercise("mirrored", "5", ", \"mirror\": true", "\"test-leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/flagged.json:4:82: error: 'setup' must be true or false, found \"yes\"");
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge", "mirrored");
        assertThat(result.catalog().exercises().get("mirrored").steps().get(0).mirror())
                .isTrue();
        assertThat(result.catalog().exercises().get("mirrored").steps().get(0).setup())
                .isFalse();
    }

    @Test
    void aSourceThatIsNotAnIdIsAnError() {
        write(
                clinic.resolve("exercises/sloppy.json"),
                exercise("sloppy", "5", "", "\"test-leaflet\", \"Test Leaflet\""));
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/sloppy.json:6:30: error: 'sources' must list ids, found \"Test Leaflet\": an id "
                                + Ids.RULE);
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge");
    }

    @Test
    void aBlankOrInvisiblyTaintedTitleSkipsOnlyThatSource() {
        write(clinic.resolve("sources.json"), """
                {"schemaVersion": 1, "sources": [
                  {"id": "blank", "title": "  ", "kind": "leaflet"},
                  {"id": "hidden", "title": "Rug\\u200bfolder", "kind": "leaflet"},
                  {"id": "fine", "title": "Rugfolder", "kind": "leaflet"}
                ]}
                """);
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/sources.json:2:19: error: 'title' must be a non-empty text",
                        "clinic/sources.json:3:20: error: 'title' contains an invisible or control character \\u200B (ZERO WIDTH SPACE) at character 4; remove it");
        assertThat(result.catalog().sources()).containsOnlyKeys("test-leaflet", "fine");
    }

    @Test
    void aRedFlagWithANullActionIsKeptAndTheAuthorIsWarned() {
        write(clinic.resolve("red-flags.json"), """
                {"schemaVersion": 1, "redFlags": [
                  {"id": "numb-leg", "urgency": "emergency", "text": {"nl": "Doof been.", "en": "Numb leg."}, "action": null, "sources": ["test-leaflet"]}
                ]}
                """);
        LoadResult result = load();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/red-flags.json:2:95: warning: 'action' is null; it is treated as left out (leave the field out instead)");
        assertThat(result.catalog().redFlags().get("numb-leg").action()).isEmpty();
    }

    @Test
    void aStepTakesOneToSixtySecondsAndHoldsZeroToSixHundred() {
        LocalizedText text = LocalizedText.of("Zit.", "Sit.");
        assertThat(new Step(text, "p", 1, 0, Optional.empty(), false, false).seconds())
                .isEqualTo(1);
        assertThat(new Step(text, "p", 60, 600, Optional.empty(), false, false).holdSeconds())
                .isEqualTo(600);
        for (int[] wrong : new int[][] {{0, 0}, {61, 0}, {1, -1}, {1, 601}}) {
            assertThatThrownBy(() -> new Step(text, "p", wrong[0], wrong[1], Optional.empty(), false, false))
                    .as("%d s, hold %d s", wrong[0], wrong[1])
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
