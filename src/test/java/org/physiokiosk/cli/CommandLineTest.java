package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.BundledContent;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.kiosk.LaunchOptions;
import picocli.CommandLine;

/** The commands as a clinic's IT person runs them, against the small fixture content. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<LaunchOptions> launches = new ArrayList<>();
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

    private int run(String... args) {
        CommandLine commandLine = KioskCommand.commandLine(launches::add);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void validateOnGoodContentExitsZeroWithASummary() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString())
                .isEqualTo(
                        "0 error(s), 0 warning(s); loaded 1 exercises, 1 conditions, 1 templates, 2 red flags, 2 poses, 1 sources"
                                + System.lineSeparator());
    }

    @Test
    void validateOnBrokenContentPrintsOneLinePerProblemAndExitsOne() {
        Path broken = ContentFixtures.FIXTURES.resolve("broken");
        assertThat(run("validate", "--content", broken.toString())).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.subList(0, 12)).allMatch(line -> line.matches("\\S+\\.json:\\d+:\\d+: (error|warning): .+"));
        assertThat(lines.get(12)).startsWith("10 error(s), 2 warning(s);");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("validate", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void listJsonPrintsTheDocumentedShape() throws Exception {
        assertThat(run("list", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode bridge = json.get("exercises").get(0);
        assertThat(bridge.get("id").asText()).isEqualTo("bridge");
        assertThat(bridge.get("title").get("en").asText()).isEqualTo("Bridge");
        assertThat(bridge.get("sources").get(0).asText()).isEqualTo("test-leaflet");
        JsonNode dose = bridge.get("dose");
        assertThat(dose.get("reps").get("min").asInt()).isEqualTo(5);
        assertThat(dose.get("reps").get("max").asInt()).isEqualTo(10);
        assertThat(dose.get("timesPerDay").get("min").asInt()).isEqualTo(2);
        assertThat(dose.get("side").asText()).isEqualTo("none");
        assertThat(dose.get("defaults")).extracting(JsonNode::asText).containsExactly("sets", "restSeconds");
        JsonNode lift = bridge.get("steps").get(1);
        assertThat(lift.get("pose").asText()).isEqualTo("bridge-up");
        assertThat(lift.get("breath").asText()).isEqualTo("out");
        assertThat(lift.get("seconds").asInt()).isEqualTo(3);
        assertThat(lift.get("holdSeconds").asInt()).isEqualTo(5);
        JsonNode condition = json.get("conditions").get(0);
        assertThat(condition.get("exercises").get(0).asText()).isEqualTo("bridge");
        assertThat(condition.get("redFlags").get(0).get("urgency").asText()).isEqualTo("emergency");
        assertThat(json.get("templates").get(0).get("exercises").get(0).asText())
                .isEqualTo("bridge");
        JsonNode source = json.get("sources").get(0);
        assertThat(source.get("title").asText()).isEqualTo("Test leaflet");
        assertThat(source.get("publisher").asText()).isEqualTo("Test hospital");
    }

    @Test
    void theOverviewMarksOurDefaultsSoNobodyTakesThemForTheSources() {
        assertThat(run("list")).isZero();
        assertThat(out.toString())
                .contains(
                        "bridge",
                        "reps 5–10 x 1* sets, hold 5 s, side none, 2/day",
                        "(* our conservative default; the source gives no value)");
    }

    @Test
    void noCommandOpensTheKioskWithTheGivenOptions() {
        assertThat(run("--kiosk", "--lang", "en")).isZero();
        assertThat(launches).singleElement().satisfies(options -> {
            assertThat(options.kiosk()).isTrue();
            assertThat(options.language()).contains("en");
        });
    }

    @Test
    void optionsBeforeTheCommandApplyToIt() {
        Path broken = ContentFixtures.FIXTURES.resolve("broken");
        assertThat(run("--content", broken.toString(), "validate"))
                .as("the clinic folder is checked, not skipped")
                .isEqualTo(1);
        assertThat(out.toString()).contains("twin.json:3:3: error: duplicate id 'twin'");
    }

    @Test
    void anOptionBeforeACommandThatDoesNotTakeItIsAUsageError() {
        assertThat(run("--kiosk", "validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Option '--kiosk' does not apply to 'validate'");
        assertThat(run("--lang", "en", "validate")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anOptionGivenOnBothSidesOfTheCommandIsAUsageError() {
        assertThat(run("--content", "a", "validate", "--content", "b")).isEqualTo(2);
        assertThat(err.toString()).contains("Option '--content' is given both before and after 'validate'");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        assertThat(run("--lang", "xx")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'xx' for --lang; expected one of: en, nl");
        assertThat(launches).isEmpty();
    }

    @Test
    void anEmptyFileOrFolderIsAUsageErrorForEveryCommandNotTheWorkingFolder() {
        assertThat(run("validate", "--content=")).isEqualTo(2);
        assertThat(run("--content=", "validate")).isEqualTo(2);
        assertThat(run("--content", "", "--kiosk")).isEqualTo(2);
        assertThat(run("--home", " ")).isEqualTo(2);
        assertThat(run("export", "--program", "", "--out", "handout.pdf")).isEqualTo(2);
        assertThat(run("gallery", "--out", "")).isEqualTo(2);

        assertThat(err.toString())
                .contains("Invalid value for option '--content': an empty name; give a file or folder")
                .contains("Invalid value for option '--home': an empty name; give a file or folder")
                .contains("Invalid value for option '--program': an empty name; give a file or folder")
                .contains("Invalid value for option '--out': an empty name; give a file or folder")
                .doesNotContain("Exception");
        assertThat(out.toString()).as("nothing was read or written").isEmpty();
        assertThat(launches).isEmpty();
    }

    @Test
    void galleryWithABadRegexOrScaleIsAUsageErrorNotAStackTrace(@TempDir Path folder) {
        String png = folder.resolve("sheet.png").toString();
        assertThat(run("gallery", "--out", png, "--only", "([")).isEqualTo(2);
        assertThat(err.toString())
                .contains("Invalid value for --only: '([' is not a regular expression")
                .doesNotContain("Exception", "\tat ");
        for (String scale : new String[] {"0", "-1", "NaN", "1000", "big"}) {
            assertThat(run("gallery", "--out", png, "--scale", scale)).as(scale).isEqualTo(2);
        }
        assertThat(err.toString())
                .contains("Invalid value for --scale: 0.0; it must be from 0.25 to 8.0")
                .doesNotContain("Exception");
        assertThat(run("gallery", "--out", png, "--lang", "xx")).isEqualTo(2);
        assertThat(folder.resolve("sheet.png")).doesNotExist();
    }

    @Test
    void theLanguageBeforeGalleryIsTheGallerysLanguage(@TempDir Path folder) {
        Path png = folder.resolve("sheet.png");
        assertThat(run("--lang", "nl", "gallery", "--out", png.toString(), "--scale", "0.25"))
                .isZero();
        assertThat(png).exists();
    }

    @Test
    void pdfBoxFontFallbackIsNotWarnedAboutOnANormalRun() {
        run("--version");
        assertThat(java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font")
                        .isLoggable(java.util.logging.Level.WARNING))
                .isFalse();
    }

    @Test
    void helpIsAlsoACommand() {
        assertThat(run("help")).isZero();
        assertThat(out.toString()).contains("validate", "list", "gallery", "help");
        assertThat(run("help", "validate")).isZero();
        assertThat(out.toString()).contains("Check the content files.");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("PhysioKiosk ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "list");
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        CommandLine commandLine = KioskCommand.commandLine(options -> {
            throw new IllegalStateException("boom\nsecond line");
        });
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("--kiosk")).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("physio-kiosk: stopped by an unexpected error (IllegalStateException: boom)."
                        + " Please report this line." + System.lineSeparator());
    }

    @Test
    void theHelpNamesTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Exit codes:")
                .containsPattern("\\s0\\s+done")
                .containsPattern("\\s1\\s+the input could not be used")
                .containsPattern("\\s2\\s+bad usage");
    }

    @Test
    void aFileGivenAsTheContentFolderIsSaidToBeAFile(@TempDir Path folder) throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("content.json"), "{}");
        assertThat(run("validate", "--content", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("error: a file, not a folder: give the content folder");
    }

    @Test
    void programsWithoutItsCommandIsAUsageError() {
        assertThat(run("programs")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command: give export, import or migrate");
    }
}
