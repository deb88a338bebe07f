package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    private static final Path GTK = Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0");

    @Test
    void noDisplayOnLinuxIsNamed() {
        var check = new DisplayCheck("Linux", false, Map.of(), path -> true);
        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p).contains("no DISPLAY"));
    }

    @Test
    void missingGtkIsNamedWithTheInstallCommand() {
        var check = new DisplayCheck("Linux", false, Map.of("DISPLAY", ":0"), path -> false);
        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p).contains("GTK 3", "libgtk-3-0"));
    }

    @Test
    void aDisplayWithGtkOrAWaylandSessionIsFine() {
        assertThat(new DisplayCheck("Linux", false, Map.of("DISPLAY", ":0"), GTK::equals).problem())
                .isEmpty();
        assertThat(new DisplayCheck("Linux", false, Map.of("WAYLAND_DISPLAY", "wayland-0"), GTK::equals).problem())
                .isEmpty();
    }

    @Test
    void headlessJavaFxNeedsNoScreen() {
        assertThat(new DisplayCheck("Linux", true, Map.of(), path -> false).problem())
                .isEmpty();
    }

    @Test
    void otherSystemsAreNotJudged() {
        assertThat(new DisplayCheck("Windows 11", false, Map.of(), path -> false).problem())
                .isEmpty();
    }
}
