package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/** What a clinic sets once: its name, the kiosk's start language, its own content folder. */
public record Settings(String clinicName, String language, Optional<Path> contentFolder) {

    public static final Settings DEMO = new Settings("PhysioKiosk", "nl", Optional.empty());

    public Settings withLanguage(String newLanguage) {
        return new Settings(clinicName, newLanguage, contentFolder);
    }
}
