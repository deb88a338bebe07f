package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettlingTimeTest {

    private static final long MS = 1_000_000L;
    private static final long START = 5_000 * MS;

    @Test
    void aPressBeforeAnyChangeCounts() {
        assertThat(new SettlingTime().acceptsPressAt(START)).isTrue();
    }

    @Test
    void aPressInTheQuietTimeAfterAChangeDoesNotCountAndOneAtItsEndDoes() {
        SettlingTime settling = new SettlingTime();
        settling.changed(START);
        assertThat(settling.acceptsPressAt(START)).as("the same moment").isFalse();
        assertThat(settling.acceptsPressAt(START + 80 * MS))
                .as("a double tap, 80 ms")
                .isFalse();
        assertThat(settling.acceptsPressAt(START + 399 * MS)).as("just inside").isFalse();
        assertThat(settling.acceptsPressAt(START + 400 * MS)).as("at the end").isTrue();
        assertThat(settling.acceptsPressAt(START + 1_500 * MS))
                .as("a deliberate tap")
                .isTrue();
        assertThat(SettlingTime.QUIET_NANOS).isEqualTo(400 * MS);
    }

    @Test
    void everyChangeStartsTheQuietTimeAgain() {
        SettlingTime settling = new SettlingTime();
        settling.changed(START);
        settling.changed(START + 300 * MS);
        assertThat(settling.acceptsPressAt(START + 500 * MS)).isFalse();
        assertThat(settling.acceptsPressAt(START + 700 * MS)).isTrue();
    }

    @Test
    void noQuietTimeAcceptsEveryPressAndANegativeOneIsRefused() {
        SettlingTime none = new SettlingTime(0);
        none.changed(START);
        assertThat(none.acceptsPressAt(START)).isTrue();
        assertThatThrownBy(() -> new SettlingTime(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
