package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The loader reports exactly what the loader of 2026-11-30 (78d2164, before the fourth pass) reported, in file,
 * line, column, severity, message and order, and loads the same items, on 300 randomly mutated clinic folders
 * made from the test fixture. Loading got faster by passes that skip work when a file is clean; this catches a
 * skip that also skips a problem. The expected text was written by that loader ({@link LoaderDifferential} on its
 * classes); when a message changes on purpose, write it again with the new loader and say so in the commit.
 */
class LoaderDifferentialTest {

    static final Path EXPECTED = Path.of("src/test/resources/content-differential/base-seed-11.txt");
    static final int FOLDERS = 300;
    static final long SEED = 11;

    @Test
    void mutatedFoldersAreReportedAsBefore() throws IOException {
        String actual = LoaderDifferential.report(ContentFixtures.FIXTURES.resolve("base"), FOLDERS, SEED);

        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        assertThat(actual.lines().toList())
                .containsExactlyElementsOf(expected.lines().toList());
        assertThat(expected)
                .as("the folders hold problems of many kinds")
                .contains(
                        "unknown field",
                        "not valid JSON",
                        "must be a whole number",
                        "text is missing",
                        "unknown pose",
                        "not UTF-8");
    }
}
