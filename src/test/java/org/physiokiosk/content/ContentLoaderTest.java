package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.content.ContentFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path clinic;

    private LoadResult loadWithClinic() {
        return new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    private static String exercise(String id, String pose, String reps) {
        return """
                {"schemaVersion": 1, "id": "%s",
                 "title": {"nl": "Titel", "en": "Title"}, "summary": {"nl": "Kort.", "en": "Short."},
                 "regions": ["upper-back"], "category": "stretch", "startPosition": "sitting",
                 "steps": [{"text": {"nl": "Zit.", "en": "Sit."}, "pose": "%s", "seconds": 2}],
                 "dose": {"reps": %s, "sets": 2, "holdSeconds": 0, "restSeconds": 0, "side": "alternate", "timesPerDay": 1},
                 "sources": ["test-leaflet"]}
                """.formatted(id, pose, reps);
    }

    @Test
    void theBaseAloneLoadsCleanly() {
        LoadResult result = new ContentLoader().load(List.of(ContentFixtures.base()));
        assertThat(result.problems()).isEmpty();
        Catalog catalog = result.catalog();
        assertThat(catalog.exercises()).containsOnlyKeys("bridge");
        Exercise bridge = catalog.exercises().get("bridge");
        assertThat(bridge.setupSteps()).hasSize(1);
        assertThat(bridge.repeatedSteps()).extracting(Step::pose).containsExactly("bridge-up", "lying");
        assertThat(bridge.dose().isDefault(Dose.SETS)).isTrue();
        assertThat(bridge.dose().isDefault(Dose.REPS)).isFalse();
        assertThat(catalog.disclaimer()).isPresent();
        assertThat(catalog.redFlagsOf(catalog.conditions().get("back-pain")))
                .extracting(RedFlag::id)
                .as("most urgent first")
                .containsExactly("fever", "long-pain");
        assertThat(catalog.templates()
                        .get("basic")
                        .items()
                        .get(0)
                        .dose()
                        .applyTo(bridge.dose())
                        .reps())
                .isEqualTo(IntRange.exactly(8));
    }

    @Test
    void aClinicItemWithTheSameIdReplacesTheBundledOne() {
        write(clinic.resolve("exercises/bridge.json"), exercise("bridge", "lying", "12"));
        LoadResult result = loadWithClinic();
        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog().exercises().get("bridge").dose().reps()).isEqualTo(IntRange.exactly(12));
        assertThat(result.catalog().conditions()).containsKey("back-pain");
    }

    @Test
    void anItemNamingAnUnknownPoseIsLeftOutAndSoIsWhatNamesIt() {
        write(clinic.resolve("exercises/seated.json"), exercise("seated", "no-such-pose", "5"));
        write(clinic.resolve("programs/seated-program.json"), """
                {"schemaVersion": 1, "id": "seated-program", "title": {"nl": "Zit", "en": "Sit"},
                 "items": [{"exercise": "seated"}], "sources": ["test-leaflet"]}
                """);
        LoadResult result = loadWithClinic();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/seated.json:4:51: error: unknown pose 'no-such-pose'",
                        "clinic/programs/seated-program.json:2:13: error: unknown exercise 'seated' (none with that id is loaded; it may be skipped for its own error)");
        assertThat(result.catalog().exercises()).doesNotContainKey("seated");
        assertThat(result.catalog().templates()).doesNotContainKey("seated-program");
    }

    @Test
    void aReplacementNamingAnUnknownPoseGivesWayToTheBundledItemAndNothingElseIsLost() {
        write(clinic.resolve("exercises/bridge.json"), exercise("bridge", "no-such-pose", "12"));
        LoadResult result = loadWithClinic();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/bridge.json:1:22: warning: this replacement is left out, so the bundled item with this id is used instead",
                        "clinic/exercises/bridge.json:4:51: error: unknown pose 'no-such-pose'");
        assertThat(result.catalog().exercises().get("bridge").dose().reps())
                .as("the bundled bridge")
                .isNotEqualTo(IntRange.exactly(12));
        assertThat(result.catalog().conditions())
                .as("the condition that names the bridge stays")
                .containsKey("back-pain");
        assertThat(result.catalog().templates()).containsKey("basic");
    }

    @Test
    void aFileOfANewerSchemaIsRefused() {
        write(
                clinic.resolve("exercises/future.json"),
                exercise("future", "lying", "5").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        assertThat(loadWithClinic().problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/future.json:1:2: error: written for schema version 2; this PhysioKiosk reads version 1: update the app or rewrite the file");
    }

    @Test
    void aBadItemInAListFileIsSkippedOnItsOwn() {
        write(clinic.resolve("red-flags.json"), """
                {"schemaVersion": 1, "redFlags": [
                  {"id": "numb-leg", "urgency": "emergency", "text": {"nl": "Doof been.", "en": "Numb leg."}, "sources": ["test-leaflet"]},
                  {"id": "typo", "urgency": "soon", "text": {"nl": "Iets.", "en": "Something."}, "sources": ["test-leaflet"]}
                ]}
                """);
        LoadResult result = loadWithClinic();
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/red-flags.json:3:18: error: 'urgency' must be one of emergency, contact-gp, see-gp-if-persists, found \"soon\"");
        assertThat(result.catalog().redFlags()).containsOnlyKeys("fever", "long-pain", "numb-leg");
    }

    @Test
    void wrongTypesAndMissingFieldsAreAllReportedInOnePass() {
        write(clinic.resolve("exercises/sloppy.json"), """
                {"schemaVersion": 1, "id": "sloppy", "title": "Sloppy",
                 "regions": ["back"], "category": "stretch", "startPosition": "sitting",
                 "steps": [], "dose": {"reps": 2.5, "sets": 1, "holdSeconds": 0, "restSeconds": 0, "side": "none", "timesPerDay": 1},
                 "sources": ["test-leaflet"]}
                """);
        assertThat(loadWithClinic().problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/sloppy.json:1:1: error: missing required field 'summary'",
                        "clinic/exercises/sloppy.json:1:38: error: a text must be an object with one entry per language, like {\"nl\": \"...\", \"en\": \"...\"}",
                        "clinic/exercises/sloppy.json:2:14: error: 'regions' must be one of lower-back, upper-back, neck, pelvis, hips, buttocks, abdomen, legs, found \"back\"",
                        "clinic/exercises/sloppy.json:3:2: error: 'steps' must not be empty",
                        "clinic/exercises/sloppy.json:3:24: error: 'reps' must be a whole number, found 2.5");
    }

    @Test
    void aMissingClinicFolderIsAnErrorAndTheBundledContentStillLoads() throws Exception {
        Files.delete(clinic);
        LoadResult result = loadWithClinic();
        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge");
    }

    @Test
    void strayFilesAreWarnedAbout() {
        write(clinic.resolve("exercise/typo.json"), "{}");
        assertThat(loadWithClinic().problems())
                .map(ContentProblem::format)
                .singleElement()
                .asString()
                .startsWith(
                        "clinic/exercise:1:1: warning: not a content file or folder (expected advice.json, conditions,")
                .endsWith("; ignored");
    }
}
