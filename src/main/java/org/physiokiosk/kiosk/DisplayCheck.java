package org.physiokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Says in one line why the kiosk window cannot open, before JavaFX tries and fails with a stack trace: no
 * display to draw on, or (on Linux) no GTK 3, which JavaFX needs there and loads only at run time.
 */
public final class DisplayCheck {

    /** Where Debian, Ubuntu, Fedora and friends keep their shared libraries. */
    private static final List<String> LIBRARY_FOLDERS = List.of(
            "/usr/lib/x86_64-linux-gnu",
            "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64",
            "/usr/lib",
            "/lib64",
            "/lib");

    private static final String GTK3 = "libgtk-3.so.0";

    private final String osName;
    private final boolean headless;
    private final Map<String, String> environment;
    private final Predicate<Path> exists;

    /** @param headless true when JavaFX runs without a screen (Monocle's headless platform, in tests) */
    public DisplayCheck(String osName, boolean headless, Map<String, String> environment, Predicate<Path> exists) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.headless = headless;
        this.environment = environment;
        this.exists = exists;
    }

    public static DisplayCheck ofThisMachine() {
        return new DisplayCheck(
                System.getProperty("os.name", ""),
                "Monocle".equals(System.getProperty("glass.platform")),
                System.getenv(),
                Files::exists);
    }

    /** Empty when the window can open as far as can be told; otherwise what is missing and what to do. */
    public Optional<String> problem() {
        if (!osName.contains("linux") || headless) {
            return Optional.empty();
        }
        if (isBlank("DISPLAY") && isBlank("WAYLAND_DISPLAY")) {
            return Optional.of(
                    "PhysioKiosk needs a screen: no DISPLAY or WAYLAND_DISPLAY is set. Start it in a graphical "
                            + "session (or see docs/kiosk-lockdown.md); the commands (validate, list, export, ...) work without one.");
        }
        boolean gtk = LIBRARY_FOLDERS.stream().anyMatch(folder -> exists.test(Path.of(folder, GTK3)));
        if (!gtk) {
            return Optional.of("PhysioKiosk needs GTK 3 to open its window on Linux, and " + GTK3 + " was not found. "
                    + "Install it (Debian/Ubuntu: sudo apt-get install libgtk-3-0).");
        }
        return Optional.empty();
    }

    private boolean isBlank(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank();
    }
}
