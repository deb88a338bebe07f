package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start's save: a clinic name longer than the kiosk's screens show is refused, nothing written; the name
 * typed always lands in the settings file, and an administrator's file keeps everything else.
 */
class FirstSetupTest {

    @TempDir
    Path home;

    @Test
    void aNameLongerThanTheLimitIsRefusedAndNothingIsWritten() {
        AppFolders folders = new AppFolders(home);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));
        String tooLong = "F".repeat(SettingsFile.MAX_CLINIC_NAME_LENGTH + 1);

        assertThat(setup.save(tooLong, "2468".toCharArray(), "2468".toCharArray()))
                .contains("setup.clinicTooLong");
        assertThat(Files.exists(folders.settingsFile())).isFalse();
        assertThat(setup.needed()).as("no PIN stored either").isTrue();

        String longest = "F".repeat(SettingsFile.MAX_CLINIC_NAME_LENGTH);
        assertThat(setup.save(" " + longest + "\n", "2468".toCharArray(), "2468".toCharArray()))
                .isEmpty();
        assertThat(SettingsFile.read(folders.settingsFile()).settings().clinicName())
                .isEqualTo(longest);
    }

    @Test
    void runsOfWhiteSpaceInTheNameAreOneSpace() {
        AppFolders folders = new AppFolders(home);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));

        assertThat(setup.save(" Fysio  Emoji\u00A0 Praktijk\t\n", "2468".toCharArray(), "2468".toCharArray()))
                .isEmpty();
        assertThat(SettingsFile.read(folders.settingsFile()).settings().clinicName())
                .isEqualTo("Fysio Emoji Praktijk");
    }

    private static final char[] PIN = "2468".toCharArray();

    @Test
    void aNameTypedIsAddedToTheAdministratorsSettingsFileKeepingEveryOtherLine() throws Exception {
        AppFolders folders = new AppFolders(home);
        String before = "# Set by IT\r\nidleSeconds=60\r\ncontentFolder=C:\\Clinic\\content\r\n";
        Files.writeString(folders.settingsFile(), before);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));

        assertThat(setup.save("Fysio De Brug", PIN.clone(), PIN.clone())).isEmpty();

        assertThat(Files.readString(folders.settingsFile())).isEqualTo(before + "clinicName=Fysio De Brug\r\n");
        SettingsFile.Read read = SettingsFile.read(folders.settingsFile());
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().clinicName()).isEqualTo("Fysio De Brug");
        assertThat(read.settings().idleTimeout()).hasSeconds(60);
        assertThat(setup.needed()).isFalse();
    }

    @Test
    void aFileThatNamesTheClinicKeepsItsNameAndIsNotTouched() throws Exception {
        AppFolders folders = new AppFolders(home);
        Files.writeString(folders.settingsFile(), "clinicName = Praktijk Zuid\nlanguage=en");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folders.settingsFile(), written);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));
        assertThat(setup.clinicNameInSettings()).contains("Praktijk Zuid");

        assertThat(setup.save("", PIN.clone(), PIN.clone()))
                .as("the name is not asked")
                .isEmpty();

        assertThat(Files.readString(folders.settingsFile())).isEqualTo("clinicName = Praktijk Zuid\nlanguage=en");
        assertThat(Files.getLastModifiedTime(folders.settingsFile())).isEqualTo(written);
        assertThat(setup.needed()).isFalse();
    }

    @Test
    void theDemoNameKeptLeavesAFileWithoutANameUntouched() throws Exception {
        AppFolders folders = new AppFolders(home);
        Files.writeString(folders.settingsFile(), "idleSeconds=90\n");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folders.settingsFile(), written);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));

        assertThat(setup.save(Settings.DEMO.clinicName(), PIN.clone(), PIN.clone()))
                .isEmpty();

        assertThat(Files.getLastModifiedTime(folders.settingsFile())).isEqualTo(written);
        assertThat(setup.needed()).isFalse();
    }

    @Test
    void aFileSavedAsWindows1252IsRewrittenAsUtf8WithItsAccents() throws Exception {
        AppFolders folders = new AppFolders(home);
        Files.write(
                folders.settingsFile(),
                "# Caf\u00e9 om de hoek\nidleSeconds=90\n".getBytes(Charset.forName("windows-1252")));
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));

        assertThat(setup.save("Fysio Cr\u00e8me", PIN.clone(), PIN.clone())).isEmpty();

        assertThat(Files.readString(folders.settingsFile(), StandardCharsets.UTF_8))
                .isEqualTo("# Caf\u00e9 om de hoek\nidleSeconds=90\nclinicName=Fysio Cr\u00e8me\n");
    }

    @Test
    void aSettingsFileThatIsNoTextIsNotWrittenOverAndTheSetUpStaysToDo() throws Exception {
        AppFolders folders = new AppFolders(home);
        byte[] binary = {'a', 0, 'b', 0, 0, 'c', '\n'};
        Files.write(folders.settingsFile(), binary);
        FirstSetup setup = new FirstSetup(folders, new PinVault(home, Optional.empty()));

        assertThatThrownBy(() -> setup.save("Fysio De Brug", PIN.clone(), PIN.clone()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("settings.properties");

        assertThat(Files.readAllBytes(folders.settingsFile())).isEqualTo(binary);
        assertThat(setup.needed()).as("no PIN stored, so the set-up asks again").isTrue();
        try (var left = Files.list(home)) {
            assertThat(left).noneMatch(path -> path.getFileName().toString().endsWith(".tmp"));
        }
    }
}
