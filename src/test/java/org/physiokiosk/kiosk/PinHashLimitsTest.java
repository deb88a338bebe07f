package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The iteration counts at the edges of what PinHash accepts, in a hasher and in a stored string. */
class PinHashLimitsTest {

    private static final String SALT = Base64.getEncoder().encodeToString(new byte[PinHash.SALT_BYTES]);
    private static final String HASH = Base64.getEncoder().encodeToString(new byte[PinHash.HASH_BYTES]);

    private static String stored(long iterations) {
        return PinHash.ALGORITHM + "$" + iterations + "$" + SALT + "$" + HASH;
    }

    @Test
    void aHasherTakesOneUpToTheMaximumIterations() {
        PinHash single = new PinHash(1, new SecureRandom());
        String stored = single.hash("4711".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1$");
        assertThat(single.matches("4711".toCharArray(), stored)).isTrue();
        assertThat(new PinHash(PinHash.MAX_ITERATIONS, new SecureRandom()).needsRehash(stored(PinHash.MAX_ITERATIONS)))
                .isFalse();
        assertThatThrownBy(() -> new PinHash(0, new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PinHash(PinHash.MAX_ITERATIONS + 1, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredCountFromOneUpToTheMaximumIsWellFormed() {
        assertThat(PinHash.isWellFormed(stored(1))).isTrue();
        assertThat(PinHash.isWellFormed(stored(PinHash.MAX_ITERATIONS))).isTrue();
        assertThat(PinHash.isWellFormed(stored(0))).isFalse();
        assertThat(PinHash.isWellFormed(stored(PinHash.MAX_ITERATIONS + 1L))).isFalse();
    }
}
