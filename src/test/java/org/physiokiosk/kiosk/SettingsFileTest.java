package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsFileTest {

    @TempDir
    Path folder;

    @Test
    void noFileMeansDemoSettings() {
        SettingsFile.Read read = SettingsFile.read(folder.resolve("settings.properties"));
        assertThat(read.settings()).isEqualTo(Settings.DEMO);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void aClinicsSettingsAreRead() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "clinicName=Fysio De Linde\nlanguage=en\ncontentFolder=/srv/clinic-content\n");
        Settings settings = SettingsFile.read(file).settings();
        assertThat(settings.clinicName()).isEqualTo("Fysio De Linde");
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.contentFolder()).contains(Path.of("/srv/clinic-content"));
    }

    @Test
    void aBadValueIsReportedAndReplacedByTheDefault() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "language=klingon\ncolour=red\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().language()).isEqualTo("nl");
        assertThat(read.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("klingon"))
                .anySatisfy(p -> assertThat(p).contains("unknown setting 'colour'"));
        assertThat(Files.readString(file)).as("never rewritten").isEqualTo("language=klingon\ncolour=red\n");
    }

    @Test
    void aWindowsPathAndAccentsAreKeptAsWritten() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(
                file,
                "\uFEFFclinicName = Kinesitherapie Zoë & Léa\r\ncontentFolder=C:\\Clinic\\content\r\n"
                        + "contactLine: Dorpsstraat 1, 9000 Gent · 09 123 45 67\r\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().clinicName()).isEqualTo("Kinesitherapie Zoë & Léa");
        assertThat(read.settings().contentFolder()).contains(Path.of("C:\\Clinic\\content"));
        assertThat(read.settings().contactLine()).isEqualTo("Dorpsstraat 1, 9000 Gent · 09 123 45 67");
    }

    @Test
    void aFileSavedAsWindows1252IsReadWithAWarningNotDropped() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.write(
                file,
                "clinicName=Fysio Citroën\nlanguage=en\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().clinicName()).isEqualTo("Fysio Citroën");
        assertThat(read.settings().language()).isEqualTo("en");
        assertThat(read.problems()).singleElement().asString().contains("UTF-8");
    }

    @Test
    void oneBadValueIsReplacedWhileTheRestIsKept() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(
                file,
                "clinicName=De Linde\nidleSeconds=soon\nthis line has no separator\nlanguage=en\n"
                        + "idleSeconds=5\ntherapistPinHash=pbkdf2-sha256$1$a$b\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().clinicName()).isEqualTo("De Linde");
        assertThat(read.settings().language()).isEqualTo("en");
        assertThat(read.settings().idleTimeout()).isEqualTo(Settings.DEFAULT_IDLE_TIMEOUT);
        assertThat(read.settings().therapistPinHash()).contains("pbkdf2-sha256$1$a$b");
        assertThat(read.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains(":3: not a 'key=value' line"))
                .anySatisfy(p -> assertThat(p).contains("'idleSeconds' is set twice"))
                .anySatisfy(p -> assertThat(p).contains("idleSeconds '5' is not a whole number from 15"));
    }

    @Test
    void anIdleTimeoutInRangeIsUsed() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "idleSeconds=90\n");
        assertThat(SettingsFile.read(file).settings().idleTimeout()).hasSeconds(90);
    }

    @Test
    void theDataFolderFollowsPropertyThenEnvironment() {
        Path home = Path.of("/home/desk");
        assertThat(AppFolders.resolve("/opt/pk", Map.of("XDG_DATA_HOME", "/x"), home)
                        .home())
                .isEqualTo(Path.of("/opt/pk"));
        assertThat(AppFolders.resolve(null, Map.of("PHYSIOKIOSK_HOME", "/p", "XDG_DATA_HOME", "/x"), home)
                        .home())
                .isEqualTo(Path.of("/p"));
        assertThat(AppFolders.resolve(null, Map.of("XDG_DATA_HOME", "/x"), home).home())
                .isEqualTo(Path.of("/x/physiokiosk"));
        assertThat(AppFolders.resolve(null, Map.of(), home).logFolder())
                .isEqualTo(Path.of("/home/desk/.local/share/physiokiosk/logs"));
    }

    @Test
    void withoutProgramStoreKeysProgramsStayInTheDataFolder() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "clinicName=Fysio De Linde\n");
        Settings settings = SettingsFile.read(file).settings();
        assertThat(settings.sharedProgramStore()).isFalse();
        assertThat(settings.programStoreCredentials()).isEmpty();
        assertThat(settings.programCodeGraceDays()).isEqualTo(14);
    }

    @Test
    void aSharedProgramStoreAndItsGracePeriodAreRead() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(
                file,
                "programStore=postgresql://db.clinic.lan:5432/physiokiosk?sslmode=verify-full\n"
                        + "programStoreCredentials=/etc/physiokiosk/kiosk.credentials\nprogramCodeGraceDays=21\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().programStore())
                .isEqualTo("postgresql://db.clinic.lan:5432/physiokiosk?sslmode=verify-full");
        assertThat(read.settings().sharedProgramStore()).isTrue();
        assertThat(read.settings().programStoreCredentials()).contains(Path.of("/etc/physiokiosk/kiosk.credentials"));
        assertThat(read.settings().programCodeGraceDays()).isEqualTo(21);
    }

    @Test
    void aBadProgramStoreOrGracePeriodIsReportedAndTheDefaultUsed() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "programStore=mysql://db/x\nprogramCodeGraceDays=400\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().sharedProgramStore()).isFalse();
        assertThat(read.settings().programCodeGraceDays()).isEqualTo(14);
        assertThat(read.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("mysql://"))
                .anySatisfy(p -> assertThat(p).contains("programCodeGraceDays '400'"));
    }

    /**
     * Hostile walk F21: a 97-character name pushed the start screen past a 1280x800 window. The file keeps working:
     * the name is shortened at a word's end with "…", the problem names the file and the line, the rest is read.
     */
    @Test
    void aClinicNameLongerThanTheScreensShowIsShortenedAndReportedWithItsLine() throws Exception {
        Path file = folder.resolve("settings.properties");
        String name =
                "Praktijk voor Fysiotherapie, Manuele Therapie en Oefentherapie Cesar Amersfoort-Noord en Leusden";
        Files.writeString(file, "# our kiosk\nlanguage=en\nclinicName=" + name + "\nidleSeconds=90\n");
        SettingsFile.Read read = SettingsFile.read(file);
        String shown = read.settings().clinicName();
        assertThat(shown)
                .hasSizeLessThanOrEqualTo(SettingsFile.MAX_CLINIC_NAME_LENGTH)
                .endsWith("…")
                .isEqualTo("Praktijk voor Fysiotherapie, Manuele Therapie en Oefentherapie Cesar…");
        assertThat(name).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(read.problems())
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith(file + ":3: clinicName has " + name.length() + " characters; at most 80")
                        .contains(shown));
        assertThat(read.settings().language()).isEqualTo("en");
        assertThat(read.settings().idleTimeout()).hasSeconds(90);
    }

    @Test
    void aNameOfExactlyTheLimitIsKeptWhole() throws Exception {
        Path file = folder.resolve("settings.properties");
        String name = "Fysio ".repeat(20).substring(0, SettingsFile.MAX_CLINIC_NAME_LENGTH - 1) + "X";
        Files.writeString(file, "clinicName=" + name + "\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().clinicName()).isEqualTo(name);
    }

    @Test
    void everyProblemNamesItsFileAndLine() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(
                file,
                "clinicName=De Linde\nidleSeconds=abc\nlanguage=de\nIdleSecond=30\nprogramCodeGraceDays=-1\n"
                        + "programStore=mysql://x\ncolour=red\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().clinicName()).isEqualTo("De Linde");
        assertThat(read.problems())
                .hasSize(6)
                .allSatisfy(p -> assertThat(p).matches(java.util.regex.Pattern.quote(file.toString()) + ":[2-7]: .+"))
                .anySatisfy(p ->
                        assertThat(p).endsWith(":4: unknown setting 'IdleSecond' ignored; did you mean 'idleSeconds'?"))
                .anySatisfy(p -> assertThat(p).contains(":7: unknown setting 'colour' ignored; known: clinicName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "14", "3601", "99999", "abc", "60s", "1e3", ""})
    void anIdleTimeoutOutsideItsRangeIsTheDefault(String value) throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "language=en\nidleSeconds=" + value + "\n");
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.settings().idleTimeout()).isEqualTo(Settings.DEFAULT_IDLE_TIMEOUT);
        assertThat(read.settings().language()).isEqualTo("en");
        assertThat(read.problems()).singleElement().asString().contains(":2: idleSeconds '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "x-UTF-16LE-BOM"})
    void aFileSavedAsUtf16IsRead(String charset) throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.write(
                file,
                "clinicName=Kinesitherapie Zoë\r\nidleSeconds=90\r\n"
                        .getBytes(java.nio.charset.Charset.forName(charset)));
        SettingsFile.Read read = SettingsFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().clinicName()).isEqualTo("Kinesitherapie Zoë");
        assertThat(read.settings().idleTimeout()).hasSeconds(90);
    }

    @Test
    void aFileOfZerosAFolderOrAHugeFileMeansDemoSettingsAndSaysWhy() throws Exception {
        Path zeros = Files.write(folder.resolve("zeros.properties"), new byte[4096]);
        Path aFolder = Files.createDirectories(folder.resolve("folder.properties"));
        Path huge = Files.write(folder.resolve("huge.properties"), new byte[(int) SettingsFile.MAX_FILE_BYTES + 1]);
        assertThat(SettingsFile.read(zeros).problems())
                .singleElement()
                .asString()
                .contains("holds zero bytes");
        assertThat(SettingsFile.read(aFolder).problems())
                .singleElement()
                .asString()
                .contains("a folder, not a settings file");
        assertThat(SettingsFile.read(huge).problems())
                .singleElement()
                .asString()
                .contains("larger than any settings file");
        assertThat(SettingsFile.read(zeros).settings()).isEqualTo(Settings.DEMO);
        assertThat(SettingsFile.read(huge).settings()).isEqualTo(Settings.DEMO);
    }

    @Test
    void aMisspeltKeyIsMatchedToTheSettingItMeant() {
        java.util.Set<String> keys = java.util.Set.of("clinicName", "idleSeconds", "language");
        assertThat(SettingKeys.nearest("clinicname", keys)).contains("clinicName");
        assertThat(SettingKeys.nearest("idle_seconds", keys)).contains("idleSeconds");
        assertThat(SettingKeys.nearest("lang", keys)).isEmpty();
        assertThat(SettingKeys.nearest("colour", keys)).isEmpty();
    }
}
