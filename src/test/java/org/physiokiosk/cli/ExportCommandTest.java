package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import picocli.CommandLine;

/** {@code export} against the bundled content, with a settings folder of its own. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private DataFolderProperty dataFolder;

    @BeforeEach
    void ownSettingsFolder() throws IOException {
        Path home = Files.createDirectories(folder.resolve("home"));
        Files.writeString(
                home.resolve("settings.properties"), "clinicName=Praktijk Testlaan\ncontactLine=010 765 43 21\n");
        dataFolder = DataFolderProperty.set(home);
    }

    @AfterEach
    void restore() {
        dataFolder.restore();
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new KioskCommand(options -> {}));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void templateBecomesAnEnglishHandoutWithTheClinicsName() throws IOException {
        Path pdf = folder.resolve("sciatica.pdf");
        assertThat(run("export", "--template", "sciatica-program", "--out", pdf.toString(), "--lang", "en"))
                .isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(text(pdf))
                .contains("Praktijk Testlaan")
                .contains("Exercises for sciatica")
                .contains("Stop if the pain gets worse.");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void homeGivesTheClinicsNameAndContactLineBeforeOrAfterTheCommand() throws IOException {
        Path desk = Files.createDirectories(folder.resolve("desk"));
        Files.writeString(
                desk.resolve("settings.properties"),
                "clinicName=Fysio De Brug\ncontactLine=Brugweg 1 · 020 111 22 33\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path before = folder.resolve("before.pdf");
        Path after = folder.resolve("after.pdf");
        CommandLine forwarding = KioskCommand.commandLine(options -> {});
        forwarding.setOut(new PrintWriter(out));
        forwarding.setErr(new PrintWriter(err));
        assertThat(forwarding.execute(
                        "--home",
                        desk.toString(),
                        "export",
                        "--template",
                        "sciatica-program",
                        "--out",
                        before.toString()))
                .isZero();
        assertThat(run(
                        "export",
                        "--home",
                        desk.toString(),
                        "--template",
                        "sciatica-program",
                        "--out",
                        after.toString()))
                .isZero();
        for (Path pdf : List.of(before, after)) {
            assertThat(text(pdf))
                    .contains("Fysio De Brug")
                    .contains("Brugweg 1 · 020 111 22 33")
                    .doesNotContain("Praktijk Testlaan");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDataFolderWithoutSettingsIsNamedOnTheErrorStream() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path pdf = folder.resolve("plain.pdf");
        assertThat(run("export", "--home", empty.toString(), "--template", "sciatica-program", "--out", pdf.toString()))
                .isZero();
        assertThat(text(pdf)).contains("PhysioKiosk");
        assertThat(err.toString())
                .contains(empty.resolve("settings.properties").toString())
                .contains("--home DIR");
    }

    @Test
    void savedProgramFileIsExportedInItsOwnLanguage() throws Exception {
        Dose dose = new Dose(
                IntRange.exactly(8), 2, IntRange.exactly(0), 30, Side.NONE, IntRange.exactly(1), java.util.Set.of());
        Program saved = new FileProgramStore(folder.resolve("programs"))
                .save(new Program(
                        Optional.empty(),
                        0,
                        "Brug en bol",
                        Optional.of("J. Jansen"),
                        "Sanne",
                        LocalDate.of(2026, 12, 1),
                        Optional.empty(),
                        "",
                        "nl",
                        List.of(new ProgramItem("sciatica-bridge", dose, 7, "Rustig aan."))));
        Path file = folder.resolve("programs").resolve(saved.id().orElseThrow() + ".json");
        Path pdf = folder.resolve("out.pdf");
        assertThat(run("export", "--program", file.toString(), "--out", pdf.toString()))
                .isZero();
        assertThat(text(pdf))
                .contains("Brug en bol")
                .contains("2 series van 8 keer · 1 keer per dag")
                .contains("Rustig aan.");
    }

    @Test
    void unknownTemplateIsExitOneNamingTheKnownOnes() {
        assertThat(run(
                        "export",
                        "--template",
                        "no-such-template",
                        "--out",
                        folder.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("unknown template 'no-such-template'")
                .contains("sciatica-program");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void missingOrBrokenProgramFileIsExitOne() throws IOException {
        assertThat(run(
                        "export",
                        "--program",
                        folder.resolve("absent.json").toString(),
                        "--out",
                        folder.resolve("x.pdf").toString()))
                .isEqualTo(1);
        Path broken = Files.writeString(folder.resolve("abcdefgh23.json"), "{ \"schemaVersion\": 1, \"title\": ");
        assertThat(run(
                        "export",
                        "--program",
                        broken.toString(),
                        "--out",
                        folder.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("absent.json").contains("abcdefgh23.json");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void unwritableOutputIsExitOne() {
        Path nowhere = folder.resolve("no-such-folder").resolve("x.pdf");
        assertThat(run("export", "--template", "sciatica-program", "--out", nowhere.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot write").contains("no-such-folder");
    }

    @Test
    void badUsageIsExitTwo() {
        String pdf = folder.resolve("x.pdf").toString();
        assertThat(run("export", "--template", "sciatica-program")).isEqualTo(2);
        assertThat(run("export", "--out", pdf)).isEqualTo(2);
        assertThat(run("export", "--template", "sciatica-program", "--program", "p.json", "--out", pdf))
                .isEqualTo(2);
        assertThat(run("export", "--template", "sciatica-program", "--out", pdf, "--lang", "de"))
                .isEqualTo(2);
    }
}
