package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.kiosk.LaunchOptions;

/** --home DIR chooses the data folder over the environment's. */
class HomeOptionTest {

    private final List<LaunchOptions> launches = new ArrayList<>();

    @Test
    void homeGivesTheDataFolderAndIsEmptyWithoutIt() {
        assertThat(KioskCommand.commandLine(launches::add).execute("--kiosk", "--home", "/srv/kiosk-data"))
                .isZero();
        assertThat(KioskCommand.commandLine(launches::add).execute("--kiosk")).isZero();

        assertThat(launches.get(0).home()).contains(Path.of("/srv/kiosk-data"));
        assertThat(launches.get(0).folders().settingsFile())
                .isEqualTo(Path.of("/srv/kiosk-data", "settings.properties"));
        assertThat(launches.get(0).kiosk()).isTrue();
        assertThat(launches.get(1).home()).isEqualTo(Optional.empty());
    }
}
