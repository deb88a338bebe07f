package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line survives its trip through JavaFX's named parameters, --home included. */
class LaunchParametersTest {

    @Test
    void homeAndKioskComeBackFromTheNamedParameters() {
        var options =
                KioskLauncher.optionsFrom(Map.of("kiosk", "true", "therapist", "false", "home", "/srv/kiosk-data"));
        assertThat(options.kiosk()).isTrue();
        assertThat(options.home()).contains(Path.of("/srv/kiosk-data"));
        assertThat(KioskLauncher.optionsFrom(Map.of()).home()).isEmpty();
    }
}
