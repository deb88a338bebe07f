package org.physiokiosk.kiosk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.physiokiosk.common.Language;

/**
 * Reads {@code settings.properties}. A missing file means demo settings; a bad value is reported and the
 * default used instead, so a typo never keeps the kiosk from starting. The app never writes this file.
 */
public final class SettingsFile {

    private static final Set<String> KEYS = Set.of("clinicName", "contactLine", "language", "idleSeconds", "contentFolder",
            "therapistPinHash");
    private static final int MIN_IDLE_SECONDS = 15;
    private static final int MAX_IDLE_SECONDS = 3600;

    /** The settings, and what was wrong with the file (empty when nothing). */
    public record Read(Settings settings, List<String> problems) {
    }

    public static Read read(Path file) {
        if (!Files.exists(file)) {
            return new Read(Settings.DEMO, List.of());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return new Read(Settings.DEMO, List.of(file + ": cannot read settings (" + e.getMessage() + "); using demo settings"));
        }
        List<String> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(file + ": unknown setting '" + key + "' ignored; known: " + String.join(", ", KEYS));
            }
        }
        String clinicName = properties.getProperty("clinicName", Settings.DEMO.clinicName()).strip();
        String language = properties.getProperty("language", Settings.DEMO.language()).strip();
        if (!Language.isSupported(language)) {
            problems.add(file + ": language '" + language + "' is not one of " + Language.codes() + "; using "
                    + Language.REFERENCE.code());
            language = Language.REFERENCE.code();
        }
        Optional<Path> content = Optional.ofNullable(properties.getProperty("contentFolder"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        String contactLine = properties.getProperty("contactLine", "").strip();
        Duration idle = Settings.DEFAULT_IDLE_TIMEOUT;
        String idleText = properties.getProperty("idleSeconds");
        if (idleText != null) {
            try {
                int seconds = Integer.parseInt(idleText.strip());
                if (seconds < MIN_IDLE_SECONDS || seconds > MAX_IDLE_SECONDS) {
                    throw new NumberFormatException();
                }
                idle = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                problems.add(file + ": idleSeconds '" + idleText.strip() + "' is not a whole number from " + MIN_IDLE_SECONDS
                        + " to " + MAX_IDLE_SECONDS + "; using " + idle.toSeconds());
            }
        }
        Optional<String> pinHash = Optional.ofNullable(properties.getProperty("therapistPinHash"))
                .map(String::strip).filter(s -> !s.isEmpty());
        return new Read(new Settings(clinicName.isEmpty() ? Settings.DEMO.clinicName() : clinicName, contactLine, language,
                idle, content, pinHash), problems);
    }

    private SettingsFile() {
    }
}
