package org.physiokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The therapists' PIN: its hash in {@code <data>/therapist-pin} (or, when that file is absent, the settings
 * file's {@code therapistPinHash}, as before), and the count of wrong tries in {@code therapist-pin.attempts}.
 * After {@value #FREE_TRIES} wrong tries in a row each further try waits: 30 s, 1 min, 5 min, then 15 min.
 * The wait is on disk, so pulling the plug does not buy a fresh set of guesses; that file holds a count and a
 * time, never the PIN or its hash. Both files are written whole or not at all. Time is pushed in.
 * Checking costs ~1 s on purpose (see {@link PinHash}): call it off the FX thread.
 */
public final class PinVault {

    public static final String PIN_FILE = "therapist-pin";
    public static final String ATTEMPTS_FILE = "therapist-pin.attempts";
    public static final int FREE_TRIES = 5;
    static final List<Duration> WAITS =
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 12;

    /** What a try came to; {@code lockedUntil} is set when the next try must wait. */
    public record Outcome(boolean matches, Optional<Instant> lockedUntil) {}

    /** Thrown by a try made while locked out; says until when. */
    public static final class LockedOut extends RuntimeException {
        private final transient Instant until;

        public LockedOut(Instant until) {
            super("locked out until " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    private final Path folder;
    private final Optional<String> settingsHash;
    private final PinHash hasher;

    public PinVault(Path folder, Optional<String> settingsHash) {
        this(folder, settingsHash, new PinHash());
    }

    PinVault(Path folder, Optional<String> settingsHash, PinHash hasher) {
        this.folder = folder;
        this.settingsHash = settingsHash.filter(hash -> !hash.isBlank());
        this.hasher = hasher;
    }

    /** The stored hash: the vault's own file first, the settings file's line when there is none. */
    public synchronized Optional<String> storedHash() {
        Path file = folder.resolve(PIN_FILE);
        if (Files.exists(file)) {
            try {
                String hash = Files.readString(file, StandardCharsets.UTF_8).strip();
                return hash.isEmpty() ? Optional.empty() : Optional.of(hash);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settingsHash;
    }

    public boolean isSet() {
        return storedHash().isPresent();
    }

    /** Until when the next try must wait; empty when it may be made now. */
    public synchronized Optional<Instant> lockedUntil(Instant now) {
        return readAttempts().lockedUntil().filter(now::isBefore);
    }

    /**
     * Checks {@code pin} (the caller clears the array). A try during a lock-out is refused with
     * {@link LockedOut} without looking at the PIN; a malformed stored hash is an IllegalArgumentException.
     */
    public synchronized Outcome check(char[] pin, Instant now) {
        Optional<Instant> wait = lockedUntil(now);
        if (wait.isPresent()) {
            throw new LockedOut(wait.get());
        }
        String hash = storedHash().orElseThrow(() -> new IllegalStateException("no PIN is set"));
        if (hasher.matches(pin, hash)) {
            writeAttempts(new Attempts(0, Optional.empty()));
            return new Outcome(true, Optional.empty());
        }
        int failures = readAttempts().failures() + 1;
        Optional<Instant> until = failures < FREE_TRIES
                ? Optional.empty()
                : Optional.of(now.plus(WAITS.get(Math.min(failures - FREE_TRIES, WAITS.size() - 1))));
        writeAttempts(new Attempts(failures, until));
        return new Outcome(false, until);
    }

    /** Sets a new PIN (first start, or changed by a therapist) and forgets earlier wrong tries. */
    public synchronized void set(char[] pin) {
        if (problem(pin, pin).isPresent()) {
            throw new IllegalArgumentException("a PIN has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        writeAtomically(folder.resolve(PIN_FILE), hasher.hash(pin) + "\n");
        writeAttempts(new Attempts(0, Optional.empty()));
    }

    /** Changes the PIN when {@code old} is right; false (and one wrong try counted) when it is not. */
    public synchronized boolean change(char[] old, char[] pin, Instant now) {
        if (!check(old, now).matches()) {
            return false;
        }
        set(pin);
        return true;
    }

    /** Why a new PIN and its repeat cannot be used, as a message key; empty when they can. */
    public static Optional<String> problem(char[] pin, char[] repeat) {
        if (pin.length < MIN_LENGTH || pin.length > MAX_LENGTH || !allDigits(pin)) {
            return Optional.of("pin.new.tooShort");
        }
        if (!Arrays.equals(pin, repeat)) {
            return Optional.of("pin.new.different");
        }
        return Optional.empty();
    }

    private static boolean allDigits(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private record Attempts(int failures, Optional<Instant> lockedUntil) {}

    /** A missing attempts file is no wrong tries; a mangled one counts as many, so the next wrong try waits the longest. */
    private Attempts readAttempts() {
        Path file = folder.resolve(ATTEMPTS_FILE);
        if (!Files.exists(file)) {
            return new Attempts(0, Optional.empty());
        }
        try {
            String[] parts =
                    Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+");
            int failures = Integer.parseInt(parts[0]);
            Optional<Instant> until =
                    parts.length > 1 ? Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1]))) : Optional.empty();
            return new Attempts(failures, until);
        } catch (IOException | RuntimeException e) {
            // Garbling the file must not buy a fresh set of guesses.
            return new Attempts(FREE_TRIES + WAITS.size() - 1, Optional.empty());
        }
    }

    private void writeAttempts(Attempts attempts) {
        writeAtomically(
                folder.resolve(ATTEMPTS_FILE),
                attempts.failures()
                        + attempts.lockedUntil()
                                .map(until -> " " + until.toEpochMilli())
                                .orElse("") + "\n");
    }

    private void writeAtomically(Path target, String text) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
