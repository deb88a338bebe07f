package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CodeAttemptsTest {

    private static final long SECOND = 1_000_000_000L;
    private final CodeAttempts attempts = new CodeAttempts();
    private long now = 123 * SECOND;

    private void wrong(int times) {
        for (int i = 0; i < times; i++) {
            attempts.wrong(now);
            now += SECOND;
        }
    }

    @Test
    void fourWrongCodesDoNotLock() {
        wrong(4);
        assertThat(attempts.isLocked(now)).isFalse();
        assertThat(attempts.wrongInRow()).isEqualTo(4);
    }

    @Test
    void theFifthWrongCodeLocksFor30Seconds() {
        wrong(5);
        // wrong(5) moved one second past the fifth attempt
        assertThat(attempts.lockedFor(now)).isEqualTo(Duration.ofSeconds(29));
        now += 29 * SECOND - 1;
        assertThat(attempts.isLocked(now)).isTrue();
        now += 1;
        assertThat(attempts.isLocked(now)).isFalse();
    }

    @Test
    void locksGrowAndStopGrowingAtFiveMinutes() {
        Duration[] expected = {
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5)
        };
        for (Duration lock : expected) {
            wrong(4);
            attempts.wrong(now);
            assertThat(attempts.lockedFor(now)).isEqualTo(lock);
            now += lock.toNanos();
        }
    }

    @Test
    void wrongCodesWhileLockedAreNotCounted() {
        wrong(5);
        wrong(10);
        now += 30 * SECOND;
        assertThat(attempts.isLocked(now)).isFalse();
        assertThat(attempts.wrongInRow()).isZero();
    }

    @Test
    void aRightCodeClearsCountAndEscalation() {
        wrong(5);
        now += 30 * SECOND;
        wrong(3);
        attempts.right();
        assertThat(attempts.wrongInRow()).isZero();
        wrong(5);
        assertThat(attempts.lockedFor(now - SECOND)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aQuietSpellForgetsTheLastPatientsMistakes() {
        wrong(5);
        now += 30 * SECOND;
        wrong(4);
        now += CodeAttempts.FORGET_AFTER.toNanos();
        wrong(4);
        assertThat(attempts.isLocked(now)).isFalse();
        attempts.wrong(now);
        assertThat(attempts.lockedFor(now)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void worksAcrossTheNanoTimeWrapAround() {
        now = Long.MAX_VALUE - 2 * SECOND;
        wrong(5);
        assertThat(attempts.isLocked(now)).isTrue();
        now += 30 * SECOND;
        assertThat(attempts.isLocked(now)).isFalse();
    }
}
