package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinVaultTest {

    private static final PinHash FAST = new PinHash(1_000, new SecureRandom());
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path home;

    private PinVault vault(Optional<String> settingsHash) {
        return new PinVault(home, settingsHash, FAST);
    }

    @Test
    void falls_back_to_the_settings_hash_when_it_has_no_file_of_its_own() {
        PinVault vault = vault(Optional.of(FAST.hash("2468".toCharArray())));
        assertThat(vault.isSet()).isTrue();
        assertThat(vault.check("2468".toCharArray(), T0).matches()).isTrue();
        assertThat(vault.check("1357".toCharArray(), T0).matches()).isFalse();
        assertThat(vault(Optional.empty()).isSet()).isFalse();
    }

    @Test
    void its_own_file_wins_over_the_settings_hash_and_is_written_without_leftovers() throws Exception {
        PinVault vault = vault(Optional.of(FAST.hash("2468".toCharArray())));
        vault.set("97531".toCharArray());
        assertThat(vault.check("97531".toCharArray(), T0).matches()).isTrue();
        assertThat(vault.check("2468".toCharArray(), T0).matches()).isFalse();
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(PinVault.PIN_FILE, PinVault.ATTEMPTS_FILE);
        }
        assertThat(Files.readString(home.resolve(PinVault.PIN_FILE)))
                .startsWith("pbkdf2-sha256$")
                .doesNotContain("97531");
    }

    @Test
    void five_wrong_tries_lock_it_for_longer_and_longer_and_the_lock_survives_a_restart() throws Exception {
        PinVault vault = vault(Optional.empty());
        vault.set("2468".toCharArray());
        Instant now = T0;
        for (int i = 1; i <= 4; i++) {
            assertThat(vault.check("0000".toCharArray(), now).lockedUntil()).isEmpty();
        }
        assertThat(vault.check("0000".toCharArray(), now).lockedUntil()).contains(now.plusSeconds(30));
        // Even the right PIN waits, and a second vault on the same folder (a restart) sees the same wait.
        Instant during = now.plusSeconds(29);
        assertThatThrownBy(() -> vault.check("2468".toCharArray(), during)).isInstanceOf(PinVault.LockedOut.class);
        assertThat(vault(Optional.empty()).lockedUntil(during)).contains(now.plusSeconds(30));
        assertThat(Files.readString(home.resolve(PinVault.ATTEMPTS_FILE)))
                .doesNotContain("2468")
                .doesNotContain("pbkdf2");

        PinVault restarted = vault(Optional.empty());
        now = now.plusSeconds(30);
        assertThat(restarted.check("0000".toCharArray(), now).lockedUntil()).contains(now.plus(Duration.ofMinutes(1)));
        now = now.plus(Duration.ofMinutes(1));
        assertThat(restarted.check("0000".toCharArray(), now).lockedUntil()).contains(now.plus(Duration.ofMinutes(5)));
        now = now.plus(Duration.ofMinutes(5));
        assertThat(restarted.check("0000".toCharArray(), now).lockedUntil()).contains(now.plus(Duration.ofMinutes(15)));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(restarted.check("0000".toCharArray(), now).lockedUntil()).contains(now.plus(Duration.ofMinutes(15)));
        now = now.plus(Duration.ofMinutes(15));

        assertThat(restarted.check("2468".toCharArray(), now).matches()).isTrue();
        assertThat(restarted.check("0000".toCharArray(), now).lockedUntil())
                .as("the count starts again")
                .isEmpty();
    }

    @Test
    void a_garbled_attempts_file_does_not_buy_fresh_guesses() throws Exception {
        PinVault vault = vault(Optional.of(FAST.hash("2468".toCharArray())));
        Files.writeString(home.resolve(PinVault.ATTEMPTS_FILE), "zero");
        assertThat(vault.check("0000".toCharArray(), T0).lockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void changing_needs_the_old_pin_and_a_new_one_of_four_to_twelve_digits_typed_the_same_twice() {
        PinVault vault = vault(Optional.of(FAST.hash("2468".toCharArray())));
        assertThat(vault.change("1111".toCharArray(), "13579".toCharArray(), T0))
                .isFalse();
        assertThat(vault.change("2468".toCharArray(), "13579".toCharArray(), T0))
                .isTrue();
        assertThat(vault.check("13579".toCharArray(), T0).matches()).isTrue();

        assertThat(PinVault.problem("123".toCharArray(), "123".toCharArray())).contains("pin.new.tooShort");
        assertThat(PinVault.problem("12a4".toCharArray(), "12a4".toCharArray())).contains("pin.new.tooShort");
        assertThat(PinVault.problem("1234".toCharArray(), "1243".toCharArray())).contains("pin.new.different");
        assertThat(PinVault.problem("1234".toCharArray(), "1234".toCharArray())).isEmpty();
        assertThatThrownBy(() -> vault.set("12".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }
}
