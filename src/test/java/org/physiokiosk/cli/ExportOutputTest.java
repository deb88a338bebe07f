package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TempFolders;
import picocli.CommandLine;

/**
 * Where {@code export} writes, as a stranger types it: a folder, the root, a device, a saved program by mistake, a
 * path with spaces and accents. Nothing that is not a PDF is ever replaced, and a refusal is one plain line.
 */
class ExportOutputTest {

    private static final String TEMPLATE = "sciatica-program";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path folder;
    private Path home;
    private DataFolderProperty dataFolder;

    @BeforeEach
    void ownSettingsFolder() throws IOException {
        folder = TempFolders.create("export-output");
        home = Files.createDirectories(folder.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "clinicName=Praktijk Testlaan\n");
        dataFolder = DataFolderProperty.set(home);
    }

    @AfterEach
    void restore() {
        dataFolder.restore();
        TempFolders.remove(folder);
    }

    private int run(String... args) {
        CommandLine commandLine = KioskCommand.commandLine(options -> {});
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private int export(Path target) {
        return run("export", "--template", TEMPLATE, "--out", target.toString());
    }

    @Test
    void aFolderAsOutputIsRefusedAndKept() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("handouts"));
        assertThat(export(empty)).isEqualTo(1);
        assertThat(empty).isEmptyDirectory();
        assertThat(err.toString())
                .contains("handouts is a folder; give a file name in it, such as")
                .doesNotContain(".tmp", "Exception");
    }

    @Test
    void theRootOrAnEmptyNameIsAPlainRefusalNotAStackTrace() {
        assertThat(run("export", "--template", TEMPLATE, "--out", "/")).isEqualTo(1);
        assertThat(run("export", "--template", TEMPLATE, "--out", ""))
                .as("a usage error")
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("export: '/' is not a file name")
                .contains("Invalid value for option '--out': an empty name; give a file or folder")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSavedProgramGivenAsOutputIsNotOverwritten() throws IOException {
        Path program = Files.writeString(folder.resolve("k7qm4xpr2a.json"), "{ \"schemaVersion\" : 1 }");
        assertThat(export(program)).isEqualTo(1);
        assertThat(program).hasContent("{ \"schemaVersion\" : 1 }");
        assertThat(err.toString()).contains("k7qm4xpr2a.json exists and is not a PDF; it is left as it is");
    }

    @Test
    void aDeviceIsNeverReplaced() {
        Path device = Path.of("/dev/null");
        assumeThat(Files.exists(device)).isTrue();
        assertThat(export(device)).isEqualTo(1);
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(err.toString()).contains("/dev/null is not an ordinary file");
    }

    @Test
    void anOlderPdfOrAnEmptyFileIsReplacedWithNoTempFileLeft() throws IOException {
        Path folderWithSpaces = Files.createDirectories(folder.resolve("mäp met spatie"));
        Path old = Files.writeString(folderWithSpaces.resolve("hé handout.pdf"), "%PDF-1.4 old");
        Path empty = Files.createFile(folderWithSpaces.resolve("leeg.pdf"));
        assertThat(export(old)).isZero();
        assertThat(export(empty)).isZero();
        assertThat(Files.readString(old, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .isNotEqualTo("%PDF-1.4 old");
        assertThat(Files.size(empty)).isPositive();
        try (Stream<Path> left = Files.list(folderWithSpaces)) {
            assertThat(left)
                    .extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("hé handout.pdf", "leeg.pdf");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path old = Files.writeString(folder.resolve("old.pdf"), "%PDF-1.4 old");
        assertThatThrownBy(() -> OutputFile.write(old, stream -> {
                    stream.write("%PDF-half".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    throw new IOException("No space left on device");
                }))
                .hasMessage("No space left on device");
        assertThat(old).hasContent("%PDF-1.4 old");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aMissingProgramFileOrAFolderIsSaidSo() throws IOException {
        Path pdf = folder.resolve("x.pdf");
        Path programs = Files.createDirectories(folder.resolve("programs.json"));
        assertThat(run("export", "--program", folder.resolve("absent.json").toString(), "--out", pdf.toString()))
                .isEqualTo(1);
        assertThat(run("export", "--program", programs.toString(), "--out", pdf.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("absent.json: no such file")
                .contains("programs.json: a folder (a saved program is <id>.json)");
    }

    @Test
    void settingsProblemsAreNotedOnTheErrorStreamWithTheirLine() throws IOException {
        Files.writeString(home.resolve("settings.properties"), "clinicName=Praktijk Testlaan\nclinicname=Typo\n");
        assertThat(export(folder.resolve("x.pdf"))).isZero();
        assertThat(err.toString())
                .contains("export: note: " + home.resolve("settings.properties")
                        + ":2: unknown setting 'clinicname' ignored; did you mean 'clinicName'?");
    }
}
