package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.BundledContent;
import org.physiokiosk.content.ContentFixtures;
import picocli.CommandLine;

/**
 * {@code validate} on a folder built to hang or bury it: a named pipe (reading one waits for a writer that
 * never comes), a file with 78,000 problems (once minutes of work, quadratic in the count), and a file with
 * junk after its object. It must answer promptly, with every file's lines and a bounded number per file.
 */
class HostileFolderTest {

    private static final int PROBLEMS = 78_000;

    @TempDir
    Path clinic;

    private String previousContent;

    @BeforeEach
    void useFixtureAsBundledContent() {
        previousContent = System.getProperty(BundledContent.FOLDER_PROPERTY);
        System.setProperty(
                BundledContent.FOLDER_PROPERTY,
                ContentFixtures.FIXTURES.resolve("base").toString());
    }

    @AfterEach
    void restore() {
        if (previousContent == null) {
            System.clearProperty(BundledContent.FOLDER_PROPERTY);
        } else {
            System.setProperty(BundledContent.FOLDER_PROPERTY, previousContent);
        }
    }

    @Test
    void aPipeAHugeProblemCountAndTrailingJunkAreReportedPromptly() throws Exception {
        Path exercises = Files.createDirectories(clinic.resolve("exercises"));
        boolean fifo = makeFifo(exercises.resolve("pipe.json"));
        StringBuilder many = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"many\", \"sources\": [\n");
        for (int i = 0; i < PROBLEMS; i++) {
            many.append(i == 0 ? "" : ",\n").append("\"X\"");
        }
        Files.writeString(exercises.resolve("many.json"), many.append("]}\n"));
        Files.writeString(exercises.resolve("junk.json"), "{\"schemaVersion\": 1}}}}} junk\n");

        StringWriter out = new StringWriter();
        long started = System.nanoTime();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CommandLine commandLine = KioskCommand.commandLine(options -> {});
            commandLine.setOut(new PrintWriter(out));
            return commandLine.execute("validate", "--content", clinic.toString());
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("validate on the hostile folder took " + millis + " ms");

        assertThat(exit).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        String prefix = clinic + "/exercises/";
        assertThat(lines)
                .contains(prefix + "junk.json:1:21: error: not valid JSON: more text after the end of the JSON value;"
                        + " a content file holds exactly one {...} object");
        if (fifo) {
            assertThat(lines)
                    .contains(prefix + "pipe.json:1:1: error: not a regular file (a named pipe, socket or device);"
                            + " skipped without reading it");
        }
        List<String> manyLines = lines.stream()
                .filter(line -> line.startsWith(prefix + "many.json:"))
                .toList();
        assertThat(manyLines).as("50 problems, then one line counting the rest").hasSize(50 + 1);
        assertThat(manyLines.get(0)).isEqualTo(prefix + "many.json:1:1: error: missing required field 'title'");
        assertThat(manyLines.get(49))
                .isEqualTo(
                        prefix + "many.json:44:1: error: 'sources' must list ids, found \"X\": an id"
                                + " must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')");
        // 7 missing fields and 78,000 bad ids, of which 50 are shown.
        assertThat(manyLines.get(50))
                .isEqualTo(prefix + "many.json:45:1: error: … and 77,957 more problems in this file"
                        + " (77,957 errors, 0 warnings)");
        assertThat(lines.get(lines.size() - 1))
                .as("the summary counts every problem, shown or not")
                .startsWith((PROBLEMS + 7 + 1 + (fifo ? 1 : 0)) + " error(s), 0 warning(s);");
    }

    /** A named pipe made with mkfifo; false where there is no mkfifo (Windows), and the pipe part is skipped. */
    private static boolean makeFifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString())
                            .inheritIO()
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException noMkfifo) {
            return false;
        }
    }
}
