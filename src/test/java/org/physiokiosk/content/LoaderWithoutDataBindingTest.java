package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Healthy content is read without Jackson's ObjectMapper: making one cost a cold start about 290 classes and tens
 * of milliseconds on the kiosk's way to its start screen and in every command (docs/benchmarks.md, "Content
 * loading without data binding"). Only a fresh JVM can tell, so the bundled content is loaded in one. A broken
 * file still gets the mapper's exact message and place (BrokenContentTest, ContentMessagesTest).
 */
class LoaderWithoutDataBindingTest {

    /** The child: loads the bundled content and says how many exercises it read. */
    public static void main(String[] args) {
        LoadResult result = new ContentLoader().loadBundledAnd(Optional.empty());
        System.out.println("exercises " + result.catalog().exercises().size());
    }

    @Test
    void theBundledContentLoadsWithoutAnObjectMapper() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-verbose:class",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoaderWithoutDataBindingTest.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(lines).anyMatch(line -> line.matches("exercises [1-9][0-9]*"));
        assertThat(lines).anyMatch(line -> line.contains("com.fasterxml.jackson.core.JsonFactory "));
        assertThat(lines).noneMatch(line -> line.contains("com.fasterxml.jackson.databind.ObjectMapper "));
    }
}
