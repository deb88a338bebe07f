package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's save: a clinic name longer than the kiosk's screens show is refused, nothing written. */
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
}
