package org.physiokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The first start of a kiosk without a PIN: stores the PIN in the vault and, only when there is no
 * settings.properties yet, writes one with the clinic's name. An existing settings file is never touched,
 * not even to add the name: it is the administrator's.
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

    /** Saves; returns the message key of what was wrong with the input, empty when all is written. */
    public Optional<String> save(String clinicName, char[] pin, char[] repeat) {
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
        vault.set(pin);
        writeSettingsIfAbsent(name);
        return Optional.empty();
    }

    private void writeSettingsIfAbsent(String clinicName) {
        Path target = folders.settingsFile();
        if (Files.exists(target)) {
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
}
