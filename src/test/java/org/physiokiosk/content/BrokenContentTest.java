package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic folder full of broken files, laid over a good base: every problem gets one precise line, and
 * every good file still loads.
 */
class BrokenContentTest {

    @TempDir
    static Path folder;

    static LoadResult result;

    @BeforeAll
    static void loadBrokenFolder() throws IOException {
        Path clinic = ContentFixtures.copy("broken", folder.resolve("clinic"));
        try (OutputStream out = Files.newOutputStream(clinic.resolve("exercises/huge.json"))) {
            byte[] line = "{\"schemaVersion\": 1, \"padding\": \"0123456789012345678901234567890123456789\"}\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        result = new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    @Test
    void everyBrokenFileGetsOnePreciseLine() {
        assertThat(result.problems())
                .map(ContentProblem::format)
                .containsExactly(
                        "clinic/conditions/dangling.json:10:32: error: unknown exercise 'no-such-exercise' (none with that id is loaded; it may be skipped for its own error)",
                        "clinic/exercises/bridge.json:12:12: error: 'reps' is 0; it must be from 1 to 100",
                        "clinic/exercises/clinic-good.json:5:3: warning: the English (en) text is missing; the Dutch text is shown instead",
                        "clinic/exercises/empty.json:1:1: error: file is empty; expected a JSON object",
                        "clinic/exercises/hold-huge.json:10:75: error: 'holdSeconds' is 100000; it must be from 0 to 600",
                        "clinic/exercises/hold-negative.json:12:34: error: 'holdSeconds' is -5; it must be from 0 to 600",
                        "clinic/exercises/huge.json:1:1: error: file is 10.0 MiB; a content file may be at most 1 MiB",
                        "clinic/exercises/latin1.json:4:23: error: not UTF-8 text (byte 0xEB at offset 64); save the file as UTF-8",
                        "clinic/exercises/malformed.json:8:3: error: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                        "clinic/exercises/twin-copy.json:3:3: warning: the file of 'twin' should be named twin.json",
                        "clinic/exercises/twin-copy.json:3:3: error: duplicate id 'twin': also defined in clinic/exercises/twin.json; neither is loaded",
                        "clinic/exercises/twin.json:3:3: error: duplicate id 'twin': also defined in clinic/exercises/twin-copy.json; neither is loaded",
                        "clinic/exercises/unknown-field.json:13:3: error: unknown field 'setts'; expected one of: $schema, category, cautions, dose, equipment, id, progression, regions, schemaVersion, sources, startPosition, steps, summary, title, variants");
        assertThat(result.errorCount()).isEqualTo(11);
    }

    @Test
    void goodFilesBesideThemStillLoad() {
        Catalog catalog = result.catalog();
        assertThat(catalog.exercises()).containsOnlyKeys("bridge", "clinic-good");
        assertThat(catalog.conditions()).containsOnlyKeys("back-pain");
        assertThat(catalog.templates()).containsOnlyKeys("basic");
        assertThat(catalog.redFlags()).containsOnlyKeys("fever", "long-pain");
    }

    @Test
    void aBrokenReplacementNeverOverwritesTheGoodBundledItem() {
        Dose bridge = result.catalog().exercises().get("bridge").dose();
        assertThat(bridge.reps()).isEqualTo(new IntRange(5, 10));
    }

    @Test
    void aMissingTranslationFallsBackToDutch() {
        LocalizedText summary = result.catalog().exercises().get("clinic-good").summary();
        assertThat(summary.in("en")).isEqualTo("Alleen Nederlands.");
    }
}
