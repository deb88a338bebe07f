package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinHashTest {

    /** Few iterations keep the tests fast; one test below uses the real count. */
    private final PinHash fast = new PinHash(1000, new SecureRandom());

    @Test
    void theRightPinMatchesAndAnyOtherDoesNot() {
        String stored = fast.hash("4711".toCharArray());
        assertThat(fast.matches("4711".toCharArray(), stored)).isTrue();
        assertThat(fast.matches("4712".toCharArray(), stored)).isFalse();
        assertThat(fast.matches("471".toCharArray(), stored)).isFalse();
        assertThat(fast.matches("47110".toCharArray(), stored)).isFalse();
        assertThat(fast.matches(new char[0], stored)).isFalse();
    }

    @Test
    void theStoredStringHasTheAgreedFormAndAFreshSaltEachTime() {
        String first = fast.hash("4711".toCharArray());
        String second = fast.hash("4711".toCharArray());
        assertThat(first)
                .matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+")
                .isNotEqualTo(second);
        String[] parts = first.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(first).doesNotContain("4711");
    }

    @Test
    void aKnownVectorStillMatches() {
        // Computed apart from Java (Python's hashlib.pbkdf2_hmac), so a change of algorithm or encoding is caught.
        byte[] salt = "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PinHash fixedSalt = new PinHash(1, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(salt, 0, bytes, 0, bytes.length);
            }
        });
        String stored = fixedSalt.hash("password".toCharArray());
        assertThat(stored)
                .isEqualTo("pbkdf2-sha256$1$c2FsdHNhbHRzYWx0c2FsdA==$sT1ml+mc1tF0XaCX7gPkvlATQedv6RYaeI3j1M0L4hk=");
        assertThat(fast.matches("password".toCharArray(), stored)).isTrue();
        assertThat(
                        new PinHash()
                                .matches(
                                        "4711".toCharArray(),
                                        "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$KKigSlCqlMELzzgQhJP042xvqR7fg9o2g3krx2AObOg="))
                .isTrue();
    }

    @Test
    void theRealCountIsUsedByDefaultAndStillChecks() {
        PinHash real = new PinHash();
        String stored = real.hash("2580".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(real.matches("2580".toCharArray(), stored)).isTrue();
        assertThat(real.needsRehash(stored)).isFalse();
    }

    @Test
    void aHashWithFewerIterationsStillMatchesButAsksForARehash() {
        String old = fast.hash("1234".toCharArray());
        PinHash stronger = new PinHash(2000, new SecureRandom());
        assertThat(stronger.matches("1234".toCharArray(), old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(fast.needsRehash(old)).isFalse();
    }

    @Test
    void anEmptyPinCannotBeHashed() {
        assertThatThrownBy(() -> fast.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "4711",
                "pbkdf2-sha256$1000$abc",
                "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAA",
                "pbkdf2-sha256$x$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=",
                "pbkdf2-sha256$999999999$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=",
                "pbkdf2-sha256$1000$c2FsdA==$c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdA==",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA=$c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ="
            })
    void aMalformedStoredStringIsAClearErrorNotAMatch(String stored) {
        assertThat(PinHash.isWellFormed(stored)).isFalse();
        assertThatThrownBy(() -> fast.matches("4711".toCharArray(), stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the stored PIN hash cannot be used: ");
    }

    @Test
    void aMissingStoredStringIsAnErrorToo() {
        assertThat(PinHash.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> fast.matches("1".toCharArray(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void surroundingWhiteSpaceFromASettingsFileIsTolerated() {
        String stored = fast.hash("4711".toCharArray());
        assertThat(PinHash.isWellFormed(" " + stored + "\n")).isTrue();
        assertThat(fast.matches("4711".toCharArray(), " " + stored + "\n")).isTrue();
    }

    @Test
    void anAbsurdIterationCountIsRefusedUpFront() {
        assertThatThrownBy(() -> new PinHash(0, new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PinHash(PinHash.MAX_ITERATIONS + 1, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
