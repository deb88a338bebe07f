package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(read.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("klingon"))
                .anySatisfy(p -> assertThat(p).contains("unknown setting 'colour'"));
        assertThat(Files.readString(file)).as("never rewritten").isEqualTo("language=klingon\ncolour=red\n");
    }

    @Test
    void theDataFolderFollowsPropertyThenEnvironment() {
        Path home = Path.of("/home/desk");
        assertThat(AppFolders.resolve("/opt/pk", Map.of("XDG_DATA_HOME", "/x"), home).home()).isEqualTo(Path.of("/opt/pk"));
        assertThat(AppFolders.resolve(null, Map.of("PHYSIOKIOSK_HOME", "/p", "XDG_DATA_HOME", "/x"), home).home())
                .isEqualTo(Path.of("/p"));
        assertThat(AppFolders.resolve(null, Map.of("XDG_DATA_HOME", "/x"), home).home()).isEqualTo(Path.of("/x/physiokiosk"));
        assertThat(AppFolders.resolve(null, Map.of(), home).logFolder())
                .isEqualTo(Path.of("/home/desk/.local/share/physiokiosk/logs"));
    }
}
