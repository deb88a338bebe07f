package org.physiokiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.kiosk.LaunchOptions;

class KioskArgumentsTest {

    @Test
    void noArgumentsIsTheDemoWindow() {
        assertThat(KioskArguments.parse()).contains(LaunchOptions.demo());
    }

    @Test
    void readsTheKiosksOwnOptionsInBothSpellings() {
        assertThat(KioskArguments.parse("--kiosk", "--lang", "en", "--content=/srv/clinic"))
                .contains(new LaunchOptions(true, Optional.of(Path.of("/srv/clinic")), Optional.of("en"), false));
        assertThat(KioskArguments.parse("--therapist", "--lang=nl", "--content", "clinic"))
                .contains(new LaunchOptions(false, Optional.of(Path.of("clinic")), Optional.of("nl"), true));
    }

    @Test
    void readsTheDataFolder() {
        assertThat(KioskArguments.parse("--kiosk", "--home", "/srv/kiosk-data"))
                .contains(new LaunchOptions(
                        true,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        false,
                        java.util.Optional.of(java.nio.file.Path.of("/srv/kiosk-data"))));
        assertThat(KioskArguments.parse("--home")).isEmpty();
    }

    @Test
    void leavesEverythingElseToPicocli() {
        assertThat(KioskArguments.parse("export", "--template", "x")).isEmpty();
        assertThat(KioskArguments.parse("--version")).isEmpty();
        assertThat(KioskArguments.parse("--help")).isEmpty();
        assertThat(KioskArguments.parse("--lang")).as("a value is missing").isEmpty();
        assertThat(KioskArguments.parse("--lang", "--kiosk"))
                .as("an option is no value")
                .isEmpty();
        assertThat(KioskArguments.parse("--lang=")).isEmpty();
        assertThat(KioskArguments.parse("--kiosk=true"))
                .as("picocli decides what that means")
                .isEmpty();
        assertThat(KioskArguments.parse("--kisok")).isEmpty();
        assertThat(KioskArguments.parse("--kiosk", "--lang", "de"))
                .as("a language the kiosk does not have: picocli says which it has, the kiosk does not start")
                .isEmpty();
        assertThat(KioskArguments.parse("--lang=EN")).isEmpty();
        assertThat(KioskArguments.parse("--home", " "))
                .as("blank: not the working folder")
                .isEmpty();
        assertThat(KioskArguments.parse("--content", "")).isEmpty();
    }
}
