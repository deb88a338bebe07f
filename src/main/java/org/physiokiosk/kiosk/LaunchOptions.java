package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/** How the kiosk window was asked to start, from the command line. */
public record LaunchOptions(boolean kiosk, Optional<Path> contentFolder,
                            Optional<String> language, boolean therapist) {

    public LaunchOptions(boolean kiosk, Optional<Path> contentFolder, Optional<String> language) {
        this(kiosk, contentFolder, language, false);
    }

    public static LaunchOptions demo() {
        return new LaunchOptions(false, Optional.empty(), Optional.empty());
    }
}
