package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/** How the kiosk window was asked to start, from the command line; {@code home} overrides the data folder. */
public record LaunchOptions(
        boolean kiosk,
        Optional<Path> contentFolder,
        Optional<String> language,
        boolean therapist,
        Optional<Path> home) {

    public LaunchOptions(boolean kiosk, Optional<Path> contentFolder, Optional<String> language, boolean therapist) {
        this(kiosk, contentFolder, language, therapist, Optional.empty());
    }

    public LaunchOptions(boolean kiosk, Optional<Path> contentFolder, Optional<String> language) {
        this(kiosk, contentFolder, language, false);
    }

    public static LaunchOptions demo() {
        return new LaunchOptions(false, Optional.empty(), Optional.empty());
    }

    /** The data folder: {@code --home} when given, else as {@link AppFolders#fromEnvironment()} finds it. */
    public AppFolders folders() {
        return home.map(AppFolders::new).orElseGet(AppFolders::fromEnvironment);
    }
}
