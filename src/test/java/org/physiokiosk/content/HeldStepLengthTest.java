package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.content.ContentFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's held step whose text is longer than stands whole in a hold loads and plays (it pages), and
 * {@code validate} warns at that text, per language, with its length and the limit (decision 0049): a patient
 * holding a stretch cannot tap ▼.
 */
class HeldStepLengthTest {

    private static final int LIMIT = HeldStepLength.MOST_CHARACTERS;

    @TempDir
    Path clinic;

    /** A clinic exercise: a setup step, then a held step and a step that does not hold, with the texts given. */
    private LoadResult loadWith(String heldTexts, String movingTexts) {
        write(clinic.resolve("exercises/long-hold.json"), """
                {"schemaVersion": 1, "id": "long-hold",
                 "title": {"nl": "Lang vasthouden", "en": "Long hold"}, "summary": {"nl": "Kort.", "en": "Short."},
                 "regions": ["lower-back"], "category": "stretch", "startPosition": "lying-on-back",
                 "steps": [
                  {"text": {"nl": "Lig op je rug.", "en": "Lie on your back."}, "pose": "lying", "seconds": 3, "setup": true},
                  {"text": %s, "pose": "bridge-up", "seconds": 3, "holdSeconds": 10, "breath": "slow"},
                  {"text": %s, "pose": "lying", "seconds": 3}
                 ],
                 "dose": {"reps": 3, "sets": 1, "holdSeconds": 10, "restSeconds": 0, "side": "none", "timesPerDay": 1},
                 "sources": ["test-leaflet"]}
                """.formatted(heldTexts, movingTexts));
        return new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    private static String texts(int nl, int en) {
        return "{\"nl\": \"" + words(nl) + "\", \"en\": \"" + words(en) + "\"}";
    }

    /** A text of exactly {@code length} characters, in words. */
    private static String words(int length) {
        return "Adem rustig in en uit. ".repeat(length / 23 + 1).substring(0, length - 1) + ".";
    }

    @Test
    void aHeldTextLongerThanStandsWholeIsWarnedAtPerLanguageAndStillLoads() {
        LoadResult result = loadWith(texts(LIMIT + 1, LIMIT + 60), texts(10, 10));
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/long-hold.json:6:13: warning: step 2 holds, and its Dutch (nl) text is "
                                + (LIMIT + 1) + " characters, more than the " + LIMIT
                                + " sure to stand whole beside the figure in a hold at 1280x800 (150 with the larger text); the patient holding"
                                + " the pose may have to tap ▼ to read the rest",
                        "clinic/exercises/long-hold.json:6:"
                                + (13 + "\"nl\": \"".length() + (LIMIT + 1) + "\", ".length())
                                + ": warning: step 2 holds, and its English (en) text is " + (LIMIT + 60)
                                + " characters, more than the " + LIMIT
                                + " sure to stand whole beside the figure in a hold at 1280x800 (150 with the larger text); the patient holding"
                                + " the pose may have to tap ▼ to read the rest");
        assertThat(result.errorCount()).isZero();
        assertThat(result.catalog().exercises()).containsKey("long-hold");
    }

    @Test
    void aHeldTextAtTheLimitAndALongTextThatDoesNotHoldAreNotWarnedAt() {
        LoadResult result = loadWith(texts(LIMIT, LIMIT), texts(LIMIT * 2, LIMIT * 2));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aMissingEnglishTextIsWarnedAtOnceAndTheDutchOneThatStandsInForItOnce() {
        LoadResult result = loadWith("{\"nl\": \"" + words(LIMIT + 5) + "\"}", texts(10, 10));
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/exercises/long-hold.json:6:4: warning: the English (en) text is missing; the Dutch"
                                + " text is shown instead",
                        "clinic/exercises/long-hold.json:6:13: warning: step 2 holds, and its Dutch (nl) text is "
                                + (LIMIT + 5) + " characters, more than the " + LIMIT
                                + " sure to stand whole beside the figure in a hold at 1280x800 (150 with the larger text); the patient holding"
                                + " the pose may have to tap ▼ to read the rest");
    }

    /** Characters as a reader counts them: one outside the basic plane (an emoji), two UTF-16 units, is one. */
    @Test
    void charactersAreCountedAsCodePoints() {
        String emoji = "\\uD83D\\uDE42"; // 🙂, two UTF-16 units, one character
        String text = words(LIMIT - 1) + emoji;
        LoadResult result = loadWith("{\"nl\": \"" + text + "\", \"en\": \"" + text + "\"}", texts(10, 10));
        assertThat(result.problems()).isEmpty();
    }
}
