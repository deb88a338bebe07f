package org.physiokiosk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar as a clinic's IT person runs it: it finds the content packed inside itself (not the
 * working copy), and the bundled content validates clean.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("physiokiosk.jar", "target/physio-kiosk.jar"));

    private record Run(int exitCode, String output) {}

    private static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void theBundledContentInsideTheJarValidatesClean(@TempDir Path elsewhere) throws Exception {
        Run run = run(elsewhere, "validate");
        assertThat(run.output()).contains("0 error(s), 0 warning(s); loaded 21 exercises, 3 conditions");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aBrokenClinicFolderFailsValidationWithExitOne(@TempDir Path clinic) throws Exception {
        Files.createDirectories(clinic.resolve("exercises"));
        Files.writeString(clinic.resolve("exercises/broken.json"), "{\"schemaVersion\": 1,");
        Run run = run(clinic, "validate", "--content", clinic.toString());
        assertThat(run.output()).contains("exercises/broken.json:1:", "error: not valid JSON");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void versionNamesTheRelease(@TempDir Path elsewhere) throws Exception {
        Run run = run(elsewhere, "--version");
        assertThat(run.output()).startsWith("PhysioKiosk 0.");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void theJarCarriesEveryDependencysNotice() throws Exception {
        try (var jar = new java.util.zip.ZipFile(JAR.toFile())) {
            String notice = new String(
                    jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(notice).contains("Apache PDFBox", "Adobe Glyph List", "Jackson");
        }
    }
}
