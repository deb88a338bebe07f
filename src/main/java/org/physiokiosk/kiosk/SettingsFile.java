package org.physiokiosk.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.physiokiosk.common.FileErrors;
import org.physiokiosk.common.Language;

/**
 * Reads {@code settings.properties}. A missing file means demo settings; a bad value is reported and the
 * default used instead, so a typo never keeps the kiosk from starting. The app never writes this file.
 */
public final class SettingsFile {

    private static final Set<String> KEYS = Set.of(
            "clinicName",
            "contactLine",
            "language",
            "idleSeconds",
            "contentFolder",
            "therapistPinHash",
            "programStore",
            "programStoreCredentials",
            "programCodeGraceDays");
    /**
     * The longest clinic name a kiosk shows: two lines of the start screen's heading (hostile walk F21: a name of
     * 97 characters pushed the start screen past a 1280x800 window). A longer name in the file is shortened.
     */
    public static final int MAX_CLINIC_NAME_LENGTH = 80;

    private static final int MAX_GRACE_DAYS = 366;
    private static final int MIN_IDLE_SECONDS = 15;
    private static final int MAX_IDLE_SECONDS = 3600;
    /** Far above any real settings file; a bigger one (a log or a picture saved under this name) is not read. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    /** The settings, and what was wrong with the file (empty when nothing). */
    public record Read(Settings settings, List<String> problems) {}

    public static Read read(Path file) {
        if (!Files.exists(file)) {
            return new Read(Settings.DEMO, List.of());
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Read(Settings.DEMO, List.of(file + ": a folder, not a settings file; using demo settings"));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Read(
                        Settings.DEMO,
                        List.of(file + ": " + Files.size(file) + " bytes, larger than any settings file ("
                                + MAX_FILE_BYTES + " at most); not read, using demo settings"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Read(
                    Settings.DEMO,
                    List.of(file + ": cannot read settings (" + FileErrors.describe(e) + "); using demo settings"));
        }
        SettingsLines.Parsed parsed = SettingsLines.parse(bytes, file.toString());
        Map<String, String> properties = parsed.values();
        List<String> problems = new ArrayList<>(parsed.problems());
        // Every problem names its line, so a clinic's IT person finds it in Notepad without reading the code.
        Function<String, String> at = key -> file + ":" + parsed.lines().get(key) + ": ";
        for (String key : properties.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(at.apply(key) + "unknown setting '" + key + "' ignored; "
                        + SettingKeys.nearest(key, KEYS)
                                .map(known -> "did you mean '" + known + "'?")
                                .orElse("known: " + String.join(", ", new TreeSet<>(KEYS))));
            }
        }
        String clinicName = properties
                .getOrDefault("clinicName", Settings.DEMO.clinicName())
                .strip();
        if (clinicName.length() > MAX_CLINIC_NAME_LENGTH) {
            String shortened = shortened(clinicName);
            problems.add(at.apply("clinicName") + "clinicName has " + clinicName.length()
                    + " characters; at most " + MAX_CLINIC_NAME_LENGTH + " fit the kiosk's screens; showing '"
                    + shortened + "'");
            clinicName = shortened;
        }
        String language =
                properties.getOrDefault("language", Settings.DEMO.language()).strip();
        if (!Language.isSupported(language)) {
            problems.add(at.apply("language") + "language '" + language + "' is not one of " + Language.codes()
                    + "; using " + Language.REFERENCE.code());
            language = Language.REFERENCE.code();
        }
        Optional<Path> content = Optional.empty();
        String folder = properties.getOrDefault("contentFolder", "").strip();
        if (!folder.isEmpty()) {
            try {
                content = Optional.of(Path.of(folder));
            } catch (InvalidPathException e) {
                problems.add(at.apply("contentFolder") + "contentFolder '" + folder + "' is not a path here ("
                        + e.getReason() + "); using the bundled content only");
            }
        }
        String contactLine = properties.getOrDefault("contactLine", "").strip();
        Duration idle = Settings.DEFAULT_IDLE_TIMEOUT;
        String idleText = properties.get("idleSeconds");
        if (idleText != null) {
            try {
                int seconds = Integer.parseInt(idleText.strip());
                if (seconds < MIN_IDLE_SECONDS || seconds > MAX_IDLE_SECONDS) {
                    throw new NumberFormatException();
                }
                idle = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                problems.add(
                        at.apply("idleSeconds") + "idleSeconds '" + idleText.strip() + "' is not a whole number from "
                                + MIN_IDLE_SECONDS + " to " + MAX_IDLE_SECONDS + "; using " + idle.toSeconds());
            }
        }
        Optional<String> pinHash = Optional.ofNullable(properties.get("therapistPinHash"))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        String store = properties.getOrDefault("programStore", "").strip();
        if (!store.isEmpty() && !store.startsWith("postgresql://")) {
            problems.add(at.apply("programStore") + "programStore '" + store
                    + "' is not a postgresql:// address; programs stay in the data folder");
            store = "";
        }
        Optional<Path> credentials = Optional.empty();
        String credentialsText =
                properties.getOrDefault("programStoreCredentials", "").strip();
        if (!credentialsText.isEmpty()) {
            try {
                credentials = Optional.of(Path.of(credentialsText));
            } catch (InvalidPathException e) {
                problems.add(at.apply("programStoreCredentials") + "programStoreCredentials '" + credentialsText
                        + "' is not a path here (" + e.getReason() + ")");
            }
        }
        int graceDays = Settings.DEFAULT_CODE_GRACE_DAYS;
        String graceText = properties.get("programCodeGraceDays");
        if (graceText != null) {
            try {
                int days = Integer.parseInt(graceText.strip());
                if (days < 0 || days > MAX_GRACE_DAYS) {
                    throw new NumberFormatException();
                }
                graceDays = days;
            } catch (NumberFormatException e) {
                problems.add(at.apply("programCodeGraceDays") + "programCodeGraceDays '" + graceText.strip()
                        + "' is not a whole number from 0 to " + MAX_GRACE_DAYS + "; using " + graceDays);
            }
        }
        return new Read(
                new Settings(
                        clinicName.isEmpty() ? Settings.DEMO.clinicName() : clinicName,
                        contactLine,
                        language,
                        idle,
                        content,
                        pinHash,
                        store,
                        credentials,
                        graceDays),
                problems);
    }

    /** The name cut to the limit at a word's end where one is near, and "…" to show it was cut. */
    static String shortened(String name) {
        String head = name.substring(0, MAX_CLINIC_NAME_LENGTH - 1);
        int space = head.lastIndexOf(' ');
        if (space >= MAX_CLINIC_NAME_LENGTH / 2) {
            head = head.substring(0, space);
        }
        return head.strip() + "…";
    }

    private SettingsFile() {}
}
