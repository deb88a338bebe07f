package org.physiokiosk.ui.therapist;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.physiokiosk.kiosk.PinVault;

/**
 * What a PIN gate asks: whether a typed PIN is right, and until when wrong tries lock it out, on the wall clock
 * the lock-out is kept on. One value, so no gate can be built that checks PINs but never asks about a lock-out
 * already running when it opens (the desk's gate did: it showed the lock only after the first try).
 *
 * @param matches     checks a typed PIN (slow on purpose: called on a worker); throws {@link PinVault.LockedOut}
 *                    for a try during a lock-out and for the wrong try that starts one
 * @param wallClock   the clock the lock-out is on
 * @param lockedUntil until when tries are refused (asked on a worker when the gate opens and after a wrong try)
 */
public record PinCheck(Predicate<String> matches, Clock wallClock, Supplier<Optional<Instant>> lockedUntil) {

    /** The vault's check; empty when no PIN is set, so the gate stays shut and says how to set one. */
    public static Optional<PinCheck> of(PinVault vault, Clock wallClock) {
        if (!vault.isSet()) {
            return Optional.empty();
        }
        Predicate<String> matches = pin -> {
            char[] digits = pin.toCharArray();
            try {
                PinVault.Outcome outcome = vault.check(digits, wallClock.instant());
                if (!outcome.matches() && outcome.lockedUntil().isPresent()) {
                    throw new PinVault.LockedOut(outcome.lockedUntil().get());
                }
                return outcome.matches();
            } finally {
                Arrays.fill(digits, '\0');
            }
        };
        return Optional.of(new PinCheck(matches, wallClock, () -> vault.lockedUntil(wallClock.instant())));
    }

    /** A check that never locks out (tests and the builder's development launcher). */
    public static PinCheck withoutLockOut(Predicate<String> matches) {
        return new PinCheck(matches, Clock.systemUTC(), Optional::empty);
    }
}
