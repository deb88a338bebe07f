package org.physiokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.physiokiosk.common.DocumentFile;
import org.physiokiosk.common.FileErrors;

/**
 * The first start of a kiosk without a PIN: stores the clinic's name in settings.properties and the PIN in the
 * vault. Without a settings file it writes one. An administrator's file that names the clinic is never touched,
 * and the form says that name without asking ({@link #clinicNameInSettings()}). A file that names no clinic gets the
 * name typed, on a line of its own, every other line kept: the form asked for the name, so it must not be
 * dropped (before, the kiosk went on showing "PhysioKiosk").
 */
public final class FirstSetup {

    private final AppFolders folders;
    private final PinVault vault;

    public FirstSetup(AppFolders folders, PinVault vault) {
        this.folders = folders;
        this.vault = vault;
    }

    /** A kiosk needs the setup when neither the vault's file nor the settings file has a PIN hash. */
    public boolean needed() {
        return !vault.isSet();
    }

    /**
     * The clinic's name when the settings file gives one (as the kiosk shows it): the administrator's name, which
     * the set-up says and does not ask.
     */
    public Optional<String> clinicNameInSettings() {
        Path file = folders.settingsFile();
        try {
            boolean named = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) <= SettingsFile.MAX_FILE_BYTES
                    && SettingsLines.parse(Files.readAllBytes(file), file.toString())
                            .values()
                            .containsKey(CLINIC_NAME);
            return named ? Optional.of(SettingsFile.read(file).settings().clinicName()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves; returns the message key of what was wrong with the input, empty when all is written. The name is not
     * looked at when the settings file already names the clinic.
     */
    public Optional<String> save(String clinicName, char[] pin, char[] repeat) {
        if (clinicNameInSettings().isPresent()) {
            Optional<String> problem = PinVault.problem(pin, repeat);
            if (problem.isEmpty()) {
                vault.set(pin);
            }
            return problem;
        }
        String name = clinicName == null
                ? ""
                // Runs of any white space (a pasted line break, a tab, a double space, a no-break space) are one
                // space: the name is one line on every screen and in the settings file.
                : clinicName.replaceAll("(?U)\\s+", " ").strip();
        if (name.isEmpty()) {
            return Optional.of("setup.clinicMissing");
        }
        if (name.length() > SettingsFile.MAX_CLINIC_NAME_LENGTH) {
            return Optional.of("setup.clinicTooLong");
        }
        Optional<String> problem = PinVault.problem(pin, repeat);
        if (problem.isPresent()) {
            return problem;
        }
        // The name first: a settings file that cannot be written leaves the set-up to be done again, PIN and all.
        writeClinicName(name);
        vault.set(pin);
        return Optional.empty();
    }

    private static final String CLINIC_NAME = "clinicName";

    private void writeClinicName(String clinicName) {
        Path target = folders.settingsFile();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            setClinicName(target, clinicName);
            return;
        }
        try {
            Files.createDirectories(folders.home());
            Path temp = Files.createTempFile(folders.home(), ".", ".tmp");
            try {
                Files.writeString(
                        temp,
                        "# Written at the kiosk's first start; see docs for the other settings.\n" + "clinicName="
                                + clinicName + "\n",
                        StandardCharsets.UTF_8);
                // No REPLACE_EXISTING: where the file system can refuse, a settings file that appeared meanwhile wins.
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // the administrator's file arrived first; it stays
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the name to an existing settings file that names no clinic, written whole or not at all; the file keeps
     * its permissions, as a document replaced does. The demo name kept as it was is not written: the file then
     * says nothing new.
     */
    private void setClinicName(Path target, String clinicName) {
        if (SettingsFile.read(target).settings().clinicName().equals(clinicName)) {
            return;
        }
        try {
            String text = SettingsLines.withLineAdded(Files.readAllBytes(target), CLINIC_NAME + "=" + clinicName)
                    .orElseThrow(() -> new IOException("not a text file"));
            DocumentFile.write(target, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + FileErrors.describe(e), e);
        }
    }
}
