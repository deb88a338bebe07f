package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a clinic sets once: its name and contact line (printed on handouts), the kiosk's start language,
 * how long an untouched kiosk waits before it asks "are you still there?", its own content folder, and
 * the hash of the therapists' PIN (never the PIN itself).
 */
public record Settings(String clinicName, String contactLine, String language, Duration idleTimeout,
                       Optional<Path> contentFolder, Optional<String> therapistPinHash) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Settings DEMO = new Settings("PhysioKiosk", "", "nl", DEFAULT_IDLE_TIMEOUT, Optional.empty(),
            Optional.empty());
}
