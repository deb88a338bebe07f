package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a clinic sets once: its name and contact line (printed on handouts), the kiosk's start language,
 * how long an untouched kiosk waits before it asks "are you still there?", its own content folder, the
 * hash of the therapists' PIN (never the PIN itself), and where programs and their kiosk codes live: empty
 * {@code programStore} means files in the data folder (one PC), a {@code postgresql://} address a shared
 * database (several PCs), whose password file is {@code programStoreCredentials}.
 */
public record Settings(
        String clinicName,
        String contactLine,
        String language,
        Duration idleTimeout,
        Optional<Path> contentFolder,
        Optional<String> therapistPinHash,
        String programStore,
        Optional<Path> programStoreCredentials,
        int programCodeGraceDays) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_CODE_GRACE_DAYS = 14;
    public static final Settings DEMO =
            new Settings("PhysioKiosk", "", "nl", DEFAULT_IDLE_TIMEOUT, Optional.empty(), Optional.empty());

    public Settings {
        programStore = programStore == null ? "" : programStore.strip();
    }

    /** A clinic without a shared store: programs in the data folder, codes valid 14 days past the review date. */
    public Settings(
            String clinicName,
            String contactLine,
            String language,
            Duration idleTimeout,
            Optional<Path> contentFolder,
            Optional<String> therapistPinHash) {
        this(
                clinicName,
                contactLine,
                language,
                idleTimeout,
                contentFolder,
                therapistPinHash,
                "",
                Optional.empty(),
                DEFAULT_CODE_GRACE_DAYS);
    }

    /** True when programs live in a shared PostgreSQL database rather than in the data folder. */
    public boolean sharedProgramStore() {
        return !programStore.isEmpty();
    }
}
